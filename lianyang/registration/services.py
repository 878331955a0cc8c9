"""Every write of the registration workflow: submit, correct, the station's and the police's steps.

Each step appends a `RegistrationAction`, moves the status only along `workflow.TRANSITIONS`, writes an audit
event and tells the resident in their language (after the commit, from the task worker).
"""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.community.services import address_create
from lianyang.notify.services import notification_send

from .models import (
    OPEN_STATUSES,
    AccommodationRegistration,
    PoliceBatch,
    RegistrationAction,
    RegistrationNeeded,
    Status,
)
from .reasons import REJECT_REASONS, RETURN_REASONS
from .workflow import NEEDS_REASON, next_status

Kind = RegistrationAction.Kind
MESSAGE_OF_STATUS = {
    Status.SUBMITTED: "registration_submitted",
    Status.RETURNED: "registration_returned",
    Status.VERIFIED: "registration_verified",
    Status.FILED: "registration_filed",
    Status.REGISTERED: "registration_registered",
    Status.REJECTED: "registration_rejected",
    Status.WITHDRAWN: "registration_withdrawn",
}


def registration_deadline(*, station, arrival_at: datetime.datetime) -> datetime.datetime:
    """Arrival plus the station's registration window: 24 hours by the law's text (art. 39), set per station."""
    return arrival_at + datetime.timedelta(hours=station.registration_deadline_hours)


def _reason_text(kind: str, reason_code: str) -> str:
    reasons = REJECT_REASONS if kind == Kind.REJECT else RETURN_REASONS
    return str(reasons.get(reason_code, ""))


def _tell_resident(registration: AccommodationRegistration, action: RegistrationAction) -> None:
    template = MESSAGE_OF_STATUS.get(registration.status)
    if template is None:
        return
    resident = registration.resident
    payload = {
        "reference": registration.reference,
        "deadline": timezone.localtime(registration.deadline_at).strftime("%Y-%m-%d %H:%M"),
        "reason_code": action.reason_code,
        "reason": "",
        "note": action.reason,
        "receipt": registration.police_receipt_number,
        "police_station": registration.station.police_station,
    }
    if action.reason_code:
        with translation.override(resident.preferred_language):
            payload["reason"] = _reason_text(action.kind, action.reason_code)
    notification_send(
        resident=resident, template=template, payload=payload, key=f"registration:{registration.pk}:action:{action.pk}"
    )


def _append(
    registration, *, kind: str, actor, reason_code: str = "", reason: str = "", request=None
) -> RegistrationAction:
    """Move `registration` by one step; the caller holds the row lock."""
    if kind in NEEDS_REASON and not (reason_code or reason.strip()):
        raise ValidationError({"reason_code": _("Please give a reason.")})
    registration.status = next_status(registration.status if registration.pk else None, kind)
    registration.save()
    action = RegistrationAction.objects.create(
        registration=registration, kind=kind, actor=actor, at=timezone.now(), reason_code=reason_code, reason=reason
    )
    audit_record(
        actor=actor,
        action=AuditEvent.Action.TRANSITION,
        obj=registration,
        station_id=registration.station_id,
        fields=[f"status:{registration.status}"],
        request=request,
    )
    transaction.on_commit(lambda: _tell_resident(registration, action))
    return action


def _check_submission(*, resident, address, document, proposed_compound=None) -> None:
    """What holds whoever writes: the room (or the compound of a flat not yet listed) is in the resident's
    station, the passport is the resident's."""
    errors = {}
    compound = address.building.compound if address is not None else proposed_compound
    if compound is None:
        errors["address"] = _("Please choose your flat, or say where it is if it is not listed.")
    elif compound.area.station_id != resident.station_id:
        errors["address"] = _("This room is not in the station's area. Please choose a room in one of its compounds.")
    if document is not None and document.resident_id != resident.pk:
        errors["document"] = _("This document belongs to someone else.")
    if errors:
        raise ValidationError(errors)


def _new_reference(model, prefix: str) -> str:
    """Prefix + date + six random digits, drawn until unused: easy to read out at the counter, and no way to
    count the station's cases from it."""
    while True:
        reference = f"{prefix}{timezone.localdate():%y%m%d}{secrets.randbelow(10**6):06d}"
        if not model.objects.filter(reference=reference).exists():
            return reference


@transaction.atomic
def registration_submit(
    *,
    actor,
    resident,
    address,
    arrival_at: datetime.datetime,
    submission_key: str,
    channel: str,
    host_name: str,
    host_phone: str,
    host_relation: str,
    host_id_kind: str,
    proof_kind: str,
    host_id_number: str = "",
    document=None,
    permit=None,
    entry_date: datetime.date | None = None,
    entry_port: str = "",
    entry_port_other: str = "",
    purpose: str = AccommodationRegistration.Purpose.WORK,
    planned_departure: datetime.date | None = None,
    previous_address: str = "",
    address_abroad: str = "",
    proposed_compound=None,
    proposed_building: str = "",
    proposed_unit: str = "",
    proposed_room: str = "",
    assigned_to=None,
    request=None,
) -> AccommodationRegistration:
    """Open a registration with its deadline (art. 39) and close the duties it answers: the ledger's write.

    Channels register through `intake.stay_register`, which checks every rule of the answers first; this
    write is also how the demo builds past stays that today's dates would refuse. The same `submission_key`
    twice (a double click, a retried request) gives the first registration back. A second open registration
    for the same resident and address is refused. `address` is None for a flat not yet in the station's list,
    which the `proposed_*` answers describe until an officer confirms it.
    """
    existing = AccommodationRegistration.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        if existing.resident_id != resident.pk:
            # A one-time key copied from another form: it belongs to someone else's registration.
            raise ValidationError(_("This form is out of date. Reload the page and send it again."), code="stale_form")
        return existing
    _check_submission(resident=resident, address=address, document=document, proposed_compound=proposed_compound)
    open_here = AccommodationRegistration.objects.filter(resident=resident, address=address, status__in=OPEN_STATUSES)
    if address is not None and open_here.exists():
        raise ValidationError(
            _("This resident already has an open registration for this address."), code="duplicate_registration"
        )
    registration = AccommodationRegistration(
        station_id=resident.station_id,
        resident=resident,
        address=address,
        document=document,
        permit=permit,
        arrival_at=arrival_at,
        deadline_at=registration_deadline(station=resident.station, arrival_at=arrival_at),
        channel=channel,
        submission_key=submission_key,
        status=None,
        entry_date=entry_date,
        entry_port=entry_port,
        entry_port_other=entry_port_other,
        purpose=purpose,
        planned_departure=planned_departure,
        previous_address=previous_address,
        address_abroad=address_abroad,
        proposed_compound=proposed_compound,
        proposed_building=proposed_building,
        proposed_unit=proposed_unit,
        proposed_room=proposed_room,
        host_name=host_name,
        host_phone=host_phone,
        host_relation=host_relation,
        host_id_kind=host_id_kind,
        host_id_number=host_id_number,
        proof_kind=proof_kind,
        assigned_to=assigned_to,
    )
    registration.full_clean(exclude=["reference", "status", "verify_token", "submission_key"])
    registration.reference = _new_reference(AccommodationRegistration, "R")
    try:
        with transaction.atomic():
            _append(registration, kind=Kind.SUBMIT, actor=actor, request=request)
    except IntegrityError:
        raise ValidationError(
            _("This resident already has an open registration for this address."), code="duplicate_registration"
        ) from None
    RegistrationNeeded.objects.filter(resident=resident, closed_at__isnull=True).update(
        registration=registration, closed_at=timezone.now()
    )
    return registration


def _locked(registration) -> AccommodationRegistration:
    return (
        AccommodationRegistration.objects.select_for_update()
        .select_related("resident", "station")
        .get(pk=registration.pk)
    )


@transaction.atomic
def registration_step(*, actor, registration, kind: str, reason_code: str = "", reason: str = "", request=None):
    """The station's and the resident's steps: return for correction, verify, reject, withdraw."""
    if kind not in {Kind.RETURN, Kind.VERIFY, Kind.REJECT, Kind.WITHDRAW}:
        raise ValidationError(_("This step is not possible here."))
    registration = _locked(registration)
    if kind == Kind.VERIFY and registration.address_id is None:
        raise ValidationError(
            _("The resident's flat is not yet in the station's list. Confirm the address before verifying."),
            code="address_unconfirmed",
        )
    _append(registration, kind=kind, actor=actor, reason_code=reason_code, reason=reason, request=request)
    return registration


# What a correction may change: the stay's answers, never its status, batch or receipt.
CORRECTABLE = (
    "address", "arrival_at", "entry_date", "entry_port", "entry_port_other", "purpose", "planned_departure",
    "previous_address", "address_abroad", "host_name", "host_phone", "host_relation", "host_id_kind",
    "host_id_number", "proof_kind", "proposed_compound", "proposed_building", "proposed_unit", "proposed_room",
)  # fmt: skip


@transaction.atomic
def registration_resubmit(*, actor, registration, request=None, **changes) -> AccommodationRegistration:
    """The resident's correction of a returned registration, sent back to the station's queue.

    Only the `CORRECTABLE` answers can change; channels correct through `intake.stay_correct`, which checks
    the rules of the answers first.
    """
    unknown = set(changes) - set(CORRECTABLE)
    if unknown:
        raise TypeError(f"Not a correctable field: {', '.join(sorted(unknown))}")
    registration = _locked(registration)
    for name, value in changes.items():
        setattr(registration, name, value)
    if "arrival_at" in changes:
        registration.deadline_at = registration_deadline(
            station=registration.station, arrival_at=registration.arrival_at
        )
    _check_submission(
        resident=registration.resident,
        address=registration.address,
        document=registration.document,
        proposed_compound=registration.proposed_compound,
    )
    _append(registration, kind=Kind.RESUBMIT, actor=actor, request=request)
    return registration


@transaction.atomic
def registration_confirm_address(
    *, actor, registration, building_number: str, unit: str, room: str, request=None
) -> AccommodationRegistration:
    """An officer confirms the flat a resident named that was not in the station's list (checked against the
    papers, or on a visit): the flat is found or added in the compound the resident chose, and becomes the
    registration's address, so it can be verified and filed. The resident's own words stay on the record."""
    registration = _locked(registration)
    if registration.address_id is not None:
        raise ValidationError(_("This registration's address is already confirmed."), code="address_confirmed")
    if not registration.is_open:
        raise ValidationError(_("This registration is closed; its address can no longer change."))
    address = address_create(
        actor=actor,
        compound=registration.proposed_compound,
        building_number=building_number,
        unit=unit,
        room=room,
        request=request,
    )
    if AccommodationRegistration.objects.filter(
        resident_id=registration.resident_id, address=address, status__in=OPEN_STATUSES
    ).exists():
        raise ValidationError(_("This resident already has an open registration for this address."))
    registration.address = address
    registration.save(update_fields=["address", "updated_at"])
    audit_record(
        actor=actor,
        action=AuditEvent.Action.UPDATE,
        obj=registration,
        station_id=registration.station_id,
        fields=["address"],
        request=request,
    )
    return registration


@transaction.atomic
def registrations_file(*, actor, station, registrations, filing_key: str, request=None) -> PoliceBatch:
    """File verified registrations with the partner police station as one batch.

    Idempotent: the filing form carries `filing_key`; a retried or double-clicked filing returns the batch it
    made the first time and files nothing twice. Registrations no longer verified are left out.
    """
    batch = PoliceBatch.objects.filter(filing_key=filing_key, station=station).first()
    if batch is not None:
        return batch
    locked = list(
        AccommodationRegistration.objects.select_for_update()
        .select_related("resident", "station")
        .filter(pk__in=[r.pk for r in registrations], station=station, status=Status.VERIFIED)
    )
    if not locked:
        raise ValidationError(_("Choose at least one verified registration to file."))
    now = timezone.now()
    try:
        with transaction.atomic():
            batch = PoliceBatch.objects.create(
                station=station,
                reference=_new_reference(PoliceBatch, "B"),
                filed_at=now,
                filed_by=actor,
                filing_key=filing_key,
            )
    except IntegrityError:
        # The same filing arrived twice at once: the first one made the batch.
        batch = PoliceBatch.objects.filter(filing_key=filing_key, station=station).first()
        if batch is None:
            raise ValidationError(_("This filing form is out of date. Reload the queue and file again.")) from None
        return batch
    for registration in locked:
        registration.batch = batch
        _append(registration, kind=Kind.FILE, actor=actor, request=request)
    audit_record(
        actor=actor,
        action=AuditEvent.Action.EXPORT,
        obj=batch,
        station_id=station.pk,
        fields=["registrations"],
        request=request,
    )
    return batch


@transaction.atomic
def registration_record_receipt(*, actor, registration, number: str, received_on: datetime.date, request=None):
    """The police's receipt: the stay is registered, and the resident's earlier registered stays are superseded."""
    number = number.strip()
    if not number:
        raise ValidationError({"number": _("Enter the police receipt number.")})
    if received_on > timezone.localdate():
        raise ValidationError({"received_on": _("The receipt date cannot be in the future.")})
    registration = _locked(registration)
    registration.police_receipt_number = number
    registration.police_receipt_date = received_on
    _append(registration, kind=Kind.REGISTER, actor=actor, request=request)
    for older in (
        AccommodationRegistration.objects.select_for_update()
        .filter(resident=registration.resident, status=Status.REGISTERED)
        .exclude(pk=registration.pk)
    ):
        _append(older, kind=Kind.SUPERSEDE, actor=actor, request=request)
    return registration


@transaction.atomic
def registration_police_return(*, actor, registration, reason: str, request=None):
    """The police send a filed registration back; the station and the resident are told why."""
    registration = _locked(registration)
    _append(registration, kind=Kind.POLICE_RETURN, actor=actor, reason_code="other", reason=reason, request=request)
    return registration


@transaction.atomic
def registration_assign(*, actor, registration, officer, request=None) -> AccommodationRegistration:
    """Give a registration to one of its station's caseworkers (the station head's or the officer's own choice).

    Only an officer or head of the registration's station may hold it; the change is audited (PIPL art. 51).
    """
    profile = getattr(officer, "staff_profile", None)
    if profile is None or profile.station_id != registration.station_id or not profile.does_casework:
        raise ValidationError({"officer": _("Choose an officer of this station.")})
    registration = _locked(registration)
    if registration.assigned_to_id == officer.pk:
        return registration
    registration.assigned_to = officer
    registration.save(update_fields=["assigned_to", "updated_at"])
    audit_record(
        actor=actor,
        action=AuditEvent.Action.UPDATE,
        obj=registration,
        station_id=registration.station_id,
        fields=["assigned_to"],
        request=request,
    )
    return registration
