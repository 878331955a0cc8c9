"""Picking a room: compound, then building, then room, or typing it, never scrolling a list of every room.

A station has a couple of thousand rooms. The picker shows the station's compounds; once one is chosen, its
buildings; once a building is chosen, its rooms (HTMX loads each list as the choice is made; without JavaScript,
sending the form shows the next list with a message to choose from it, and nothing is saved). A text box offers
type-ahead ("Lianyang Garden 12-301"): what is typed there is looked up when the form is sent. Buildings and rooms
are in natural order: building 2 before building 10.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lianyang.core.sorting import natural_key
from lianyang.core.text import database_id

from .models import Address, Building, Compound

PARTS = ("compound", "building", "text")


def address_label(*, compound: str, building: str, unit: str, room: str) -> str:
    """How a room is typed and offered: `Compound 12-301`, or `Compound 12-2-301` with a unit."""
    return f"{compound} {building}-{unit}-{room}" if unit else f"{compound} {building}-{room}"


class AddressPlaces:
    """The compounds, buildings and rooms among `addresses` (a station-scoped queryset), for one picker."""

    def __init__(self, addresses):
        self.addresses = addresses

    def compounds(self) -> list[tuple[int, str]]:
        rows = (
            Compound.objects.filter(pk__in=self.addresses.values("building__compound"))
            .order_by("name")
            .values_list("pk", "name")
        )
        return list(rows)

    def buildings(self, compound_id: int | None) -> list[tuple[int, str]]:
        if compound_id is None:
            return []
        rows = Building.objects.filter(
            compound_id=compound_id, pk__in=self.addresses.filter(building__compound_id=compound_id).values("building")
        ).values_list("pk", "number")
        return sorted(rows, key=lambda row: natural_key(row[1]))

    def rooms(self, building_id: int | None) -> list[tuple[int, str]]:
        if building_id is None:
            return []
        rows = self.addresses.filter(building_id=building_id).values_list("pk", "unit", "room")
        rows = sorted(rows, key=lambda row: (natural_key(row[1]), natural_key(row[2])))
        return [(pk, f"{unit}-{room}" if unit else room) for pk, unit, room in rows]

    def consistent(self, chosen: dict) -> tuple[int | None, int | None, int | None]:
        """The compound, building and room chosen, as far as they agree: a room of another building than the one
        now chosen (the compound or building was changed after it) is no longer chosen."""
        compound, building, room = (database_id(chosen.get(part)) for part in ("compound", "building", "room"))
        if room is None:
            return compound, building, None
        placed = self.addresses.filter(pk=room).values_list("building__compound_id", "building_id").first()
        if placed is None or compound not in (None, placed[0]) or building not in (None, placed[1]):
            return compound, building, None
        return placed[0], placed[1], room

    def suggestions(self, text: str, limit: int = 15) -> list[str]:
        """Rooms as typed so far: `测试` → its rooms; `测试小区 1` → building 1…; `测试小区 1-1` → room 101…"""
        compound, _space, rest = text.strip().rpartition(" ")
        if not compound:
            compound, rest = rest, ""
        if not compound:
            return []
        rows = self.addresses.filter(building__compound__name__istartswith=compound)
        building, dash, room = rest.partition("-")
        if dash:
            rows = rows.filter(building__number=building, room__istartswith=room.rpartition("-")[2])
        elif building:
            rows = rows.filter(building__number__istartswith=building)
        rows = rows.order_by("building__compound__name", "building__number", "unit", "room").values_list(
            "building__compound__name", "building__number", "unit", "room"
        )
        labels = [address_label(compound=c, building=b, unit=u, room=r) for c, b, u, r in rows[: limit * 4]]
        return sorted(labels, key=natural_key)[:limit]

    def find(self, text: str) -> Address | None:
        """The room typed as a suggestion offers it, or None."""
        compound, _space, rest = text.strip().rpartition(" ")
        parts = rest.split("-")
        if not compound or len(parts) not in (2, 3):
            return None
        unit = parts[1] if len(parts) == 3 else ""
        return self.addresses.filter(
            building__compound__name=compound, building__number=parts[0], unit=unit, room=parts[-1]
        ).first()


class AddressPicker(forms.Widget):
    """Three selects (compound, building, room) and a type-ahead box; the room select carries the field's name."""

    template_name = "community/widgets/address_picker.html"
    places: AddressPlaces | None = None

    def value_from_datadict(self, data, files, name):
        return {"room": data.get(name, ""), **{part: data.get(f"{name}_{part}", "") for part in PARTS}}

    def value_omitted_from_data(self, data, files, name):
        return name not in data and not any(f"{name}_{part}" in data for part in PARTS)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = value if isinstance(value, dict) else {"room": getattr(value, "pk", value)}
        compound, building, room = self.places.consistent(chosen)
        buildings = self.places.buildings(compound)
        if building not in {pk for pk, _number in buildings}:
            building = None
        context["widget"]["picker"] = {
            "compounds": self.places.compounds(),
            "buildings": buildings,
            "rooms": self.places.rooms(building),
            "compound": compound,
            "building": building,
            "room": room,
            "text": chosen.get("text", ""),
            "reload": reverse("community:address_picker"),
            "suggest": reverse("community:address_suggestions"),
        }
        return context

    def id_for_label(self, id_):
        return f"{id_}_compound" if id_ else id_


class AddressField(forms.Field):
    """A room of the station, chosen with `AddressPicker`; cleans to an `Address` among `addresses`."""

    widget = AddressPicker
    default_error_messages = {
        "required": _("Choose the compound, the building and the room."),
        "building": _("Now choose the building."),
        "room": _("Now choose the room."),
        "invalid": _("This room is not in the station's list. Choose it from the lists."),
        "not_found": _("The station has no room called “%(text)s”. Choose one of the suggestions, or use the lists."),
    }

    def __init__(self, *, addresses=None, **kwargs):
        super().__init__(**kwargs)
        self.addresses = addresses if addresses is not None else Address.objects.none()

    @property
    def addresses(self):
        return self._addresses

    @addresses.setter
    def addresses(self, queryset):
        self._addresses = queryset
        self.widget.places = AddressPlaces(queryset)

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.addresses = self._addresses
        return result

    def clean(self, value):
        value = value if isinstance(value, dict) else {"room": value}
        room, text = database_id(value.get("room")), str(value.get("text") or "").strip()
        if text:
            address = self.widget.places.find(text)
            if address is None:
                raise ValidationError(self.error_messages["not_found"], code="not_found", params={"text": text[:80]})
            return address
        if room is None and str(value.get("room") or "").strip():
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if room is not None:
            compound, building, agreed = self.widget.places.consistent(value)
            address = self._addresses.filter(pk=agreed).select_related("building__compound").first() if agreed else None
            if address is not None:
                return address
            if value.get("building") or value.get("compound"):
                # The compound or building was changed after the room was chosen: choose again from the new lists.
                raise ValidationError(self.error_messages["room" if building else "building"], code="changed")
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if database_id(value.get("building")) is not None:
            raise ValidationError(self.error_messages["room"], code="room")
        if database_id(value.get("compound")) is not None:
            raise ValidationError(self.error_messages["building"], code="building")
        if self.required:
            raise ValidationError(self.error_messages["required"], code="required")
        return None

    def has_changed(self, initial, data):
        room = database_id(data.get("room")) if isinstance(data, dict) else database_id(data)
        return database_id(getattr(initial, "pk", initial)) != room
