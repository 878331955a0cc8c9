"""Writes of the place tree: the buildings and flats a resident names that the station's list did not have yet."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.core.text import short_text_problem

from .models import Address, Building, Compound

# As long as the fields that hold them.
LONGEST = 20


def _cleaned(*, building_number: str, unit: str, room: str) -> dict[str, str]:
    values = {"building_number": building_number.strip(), "unit": unit.strip(), "room": room.strip()}
    errors = {}
    for name, value in values.items():
        if not value and name != "unit":
            errors[name] = _("Please fill this in.")
        elif value and (problem := short_text_problem(value, longest=LONGEST)):
            errors[name] = problem
    if errors:
        raise ValidationError(errors)
    return values


@transaction.atomic
def address_create(*, actor, compound: Compound, building_number: str, unit: str, room: str, request=None) -> Address:
    """The flat (and its building) in `compound`, found when the list has it, else added; an addition is
    audited. Building numbers, units and rooms are short plain text, as printed on the door."""
    values = _cleaned(building_number=building_number, unit=unit, room=room)
    station_id = compound.area.station_id
    building, building_added = Building.objects.get_or_create(compound=compound, number=values["building_number"])
    if building_added:
        audit_record(
            actor=actor, action=AuditEvent.Action.CREATE, obj=building, station_id=station_id, fields=["number"],
            request=request,
        )  # fmt: skip
    address, added = Address.objects.get_or_create(building=building, unit=values["unit"], room=values["room"])
    if added:
        audit_record(
            actor=actor, action=AuditEvent.Action.CREATE, obj=address, station_id=station_id, fields=["unit", "room"],
            request=request,
        )  # fmt: skip
    return address
