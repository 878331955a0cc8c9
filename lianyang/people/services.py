"""Every write to residents, households, documents and permits. Each one is audited (PIPL art. 51)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries

from lianyang.accounts.access import staff_profile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.community.models import Address
from lianyang.core.crypto import blind_index, typed_number
from lianyang.core.names import search_key

from .models import AttentionReason, Consent, Household, IdentityDocument, Permit, Resident
from .signals import consent_withdrawn


def resident_search_key(resident: Resident) -> str:
    """Keys for every name in both orders, so "Kim Minjun", "minjun kim", 김민준 and 田中 all find their person."""
    surname, given = resident.surname, resident.given_names
    return search_key(f"{surname} {given}", f"{given} {surname}", resident.native_name, resident.chinese_name)


def _full_clean(instance, *, exclude=(), country_fields=()) -> None:
    """Model validation, with country codes looked up in django-countries' table rather than its translated
    choice list (ten times faster, which the demo's 5,000 residents feel) and without re-fetching the related
    rows the caller handed in (`exclude`)."""
    errors = {}
    try:
        instance.full_clean(exclude=[*exclude, *country_fields], validate_constraints=False)
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    for name in country_fields:
        code = getattr(instance, name).code
        if code not in countries.countries:
            errors.setdefault(name, []).append(ValidationError(_("Choose a country from the list.")))
    if errors:
        raise ValidationError(errors)


def _check_address_in_station(resident: Resident) -> None:
    in_station = Address.objects.filter(pk=resident.address_id, building__compound__area__station=resident.station_id)
    if resident.address_id and not in_station.exists():
        raise ValidationError({"address": _("This address is not in the station's area.")})
    if resident.household_id and resident.household.station_id != resident.station_id:
        raise ValidationError({"household": _("This household belongs to another station.")})


def _save_resident(resident: Resident) -> None:
    resident.surname = resident.surname.strip().upper()
    resident.given_names = resident.given_names.strip().upper()
    _full_clean(resident, exclude=["user", "station", "address", "household"], country_fields=["nationality"])
    _check_address_in_station(resident)
    resident.search_key = resident_search_key(resident)
    resident.attention_reasons = [reason for reason in AttentionReason.values if reason in resident.attention_reasons]
    resident.needs_attention = bool(resident.attention_reasons)
    resident.save()


@transaction.atomic
def resident_create(*, actor, station, request=None, **fields) -> Resident:
    """Record a new resident of `station`. Names are kept upper case, exactly as the passport prints them."""
    resident = Resident(station=station, **fields)
    _save_resident(resident)
    audit_record(
        actor=actor,
        action=AuditEvent.Action.CREATE,
        obj=resident,
        station_id=station.pk,
        fields=sorted(fields),
        request=request,
    )
    return resident


@transaction.atomic
def resident_update(*, actor, resident: Resident, request=None, **fields) -> Resident:
    """Change a resident's record; the audit event names the fields that changed, not their values."""
    changed = [name for name, value in fields.items() if getattr(resident, name) != value]
    for name in changed:
        setattr(resident, name, fields[name])
    if not changed:
        return resident
    _save_resident(resident)
    audit_record(
        actor=actor,
        action=AuditEvent.Action.UPDATE,
        obj=resident,
        station_id=resident.station_id,
        fields=changed,
        request=request,
    )
    return resident


@transaction.atomic
def household_create(*, actor, station, address=None, members=(), contact_person=None, request=None) -> Household:
    """A household at an address of the station; its members move there with it."""
    if address is not None and address.building.compound.area.station_id != station.pk:
        raise ValidationError({"address": _("This address is not in the station's area.")})
    household = Household.objects.create(station=station, address=address, contact_person=contact_person)
    for member in members:
        if member.station_id != station.pk:
            raise ValidationError(_("A member of this household belongs to another station."))
        member.household = household
        if address is not None:
            member.address = address
        member.save(update_fields=["household", "address", "updated_at"])
    audit_record(
        actor=actor,
        action=AuditEvent.Action.CREATE,
        obj=household,
        station_id=station.pk,
        fields=["address", "contact_person", "members"],
        request=request,
    )
    return household


@transaction.atomic
def household_update(*, actor, household: Household, address=None, contact_person=None, request=None) -> Household:
    """Move a household (and its members) or name another contact person, who must be one of its members."""
    if address is not None and address.building.compound.area.station_id != household.station_id:
        raise ValidationError({"address": _("This address is not in the station's area.")})
    if contact_person is not None and contact_person.household_id != household.pk:
        raise ValidationError({"contact_person": _("The contact person must be a member of the household.")})
    household.address = address
    household.contact_person = contact_person
    household.save()
    if address is not None:
        household.members.update(address=address, updated_at=timezone.now())
    audit_record(
        actor=actor,
        action=AuditEvent.Action.UPDATE,
        obj=household,
        station_id=household.station_id,
        fields=["address", "contact_person"],
        request=request,
    )
    return household


@transaction.atomic
def document_add(*, actor, resident: Resident, number: str, request=None, **fields) -> IdentityDocument:
    """Record an identity document. Its number is stored encrypted and found through its blind index."""
    document = IdentityDocument(resident=resident, number=typed_number(number), **fields)
    document.number_index = blind_index(number)
    _full_clean(document, exclude=["number_index", "resident"], country_fields=["issuing_state"])
    document.save()
    audit_record(
        actor=actor,
        action=AuditEvent.Action.CREATE,
        obj=document,
        station_id=resident.station_id,
        fields=sorted(["number", *fields]),
        request=request,
    )
    return document


@transaction.atomic
def permit_add(*, actor, resident: Resident, number: str, request=None, **fields) -> Permit:
    """Record a visa or residence permit (Exit and Entry Administration Law, arts. 30-32)."""
    permit = Permit(resident=resident, number=typed_number(number), **fields)
    permit.number_index = blind_index(number)
    _full_clean(permit, exclude=["number_index", "resident", "document"])
    permit.save()
    audit_record(
        actor=actor,
        action=AuditEvent.Action.CREATE,
        obj=permit,
        station_id=resident.station_id,
        fields=sorted(["number", *fields]),
        request=request,
    )
    return permit


@transaction.atomic
def consent_set(*, actor, resident: Resident, purpose: str, given: bool, request=None) -> Consent:
    """Give or withdraw consent for one purpose (PIPL art. 15: withdrawing is as easy as giving). A withdrawal is
    announced (`signals.consent_withdrawn`) so that what rests on the consent, a pairing with a local host, ends with
    it, whichever page withdrew it."""
    now = timezone.now()
    consent, _created = Consent.objects.get_or_create(resident=resident, purpose=purpose, defaults={"given_at": now})
    if given:
        consent.given_at, consent.withdrawn_at = now, None
    else:
        consent.withdrawn_at = now
    consent.save()
    audit_record(
        actor=actor,
        action=AuditEvent.Action.UPDATE,
        obj=consent,
        station_id=resident.station_id,
        fields=["given_at" if given else "withdrawn_at"],
        request=request,
    )
    if not given:
        consent_withdrawn.send(sender=Consent, resident=resident, purpose=purpose, actor=actor, request=request)
    return consent


@transaction.atomic
def resident_account_open(*, actor, email: str, language: str, request=None):
    """The portal account a new arrival registers their stay with: the one of this e-mail address, or a new one.

    Exit and Entry Administration Law, art. 39: a foreigner registers within 24 hours of arrival, often before
    the station has met them, so "Register my stay" opens an account at its first step; the one-time code
    e-mailed to the address proves it is theirs. Staff and disabled accounts get none: staff log in with a
    second factor (DESIGN.md, Security), never with an e-mailed code.
    """
    email = email.strip().lower()
    user_model = get_user_model()
    user = user_model.objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).order_by("id").first()
    if user is not None:
        return user if user.is_active and staff_profile(user) is None else None
    user = user_model.objects.create_user(username=email, email=email, password=None, language=language)
    audit_record(actor=actor, action=AuditEvent.Action.CREATE, obj=user, fields=["email", "language"], request=request)
    return user
