"""Reminders of the residence-permit rules, each sent at most once per person, item and step.

- Exit and Entry Administration Law, art. 30: holders of Z, X1, J1, Q1 and S1 visas apply for a residence permit
  within 30 days of entry.
- Art. 32: a residence permit is renewed by applying at least 30 days before it expires; the station reminds at
  60, 45 and 30 days before (docs/domain.md §2).
- Art. 33: a residence-permit holder whose passport, address or employer changes reports it to the Exit-Entry
  bureau within 10 days, after first registering the stay anew (docs/domain.md §1).

No document number is read (nor decrypted): a reminder names the item by its dates. Each reminder's notification
key names the item and the step (`permit:<id>:expiry:60`), so repeated passes,
retried jobs and several workers send it once. The pass runs in the task worker, never inside a request, and each
reminder is rendered in the resident's language when it is delivered.
"""

import datetime

from django.db.models import Exists, F, OuterRef
from django.utils import timezone

from lianyang.audit.models import AuditEvent
from lianyang.core.passes import pass_run
from lianyang.notify.services import notification_send
from lianyang.people.models import IdentityDocument, Permit, Resident

from .duties import ANSWERING_STATUSES
from .models import AccommodationRegistration
from .news import every_chunk, in_chunks, residents_with_news

Kind = Permit.Kind
VISAS_LEADING_TO_RESIDENCE = (Kind.VISA_Z, Kind.VISA_X1, Kind.VISA_J1, Kind.VISA_Q1, Kind.VISA_S1)
RESIDENCE_PERMITS = (Kind.RP_WORK, Kind.RP_STUDY, Kind.RP_JOURNALIST, Kind.RP_FAMILY, Kind.RP_PRIVATE)
APPLY_WITHIN = datetime.timedelta(days=30)
RENEW_BEFORE = datetime.timedelta(days=30)
EXPIRY_STEPS = (60, 45, 30)
REPORT_WITHIN = datetime.timedelta(days=10)

LIVING_HERE = Resident.Status.ACTIVE
PASS = "reminders"  # its row in core.WorkerPass


def _day(value: datetime.date) -> str:
    return value.isoformat()


def _residence_permit_in_force(today: datetime.date, *, holder: str = "resident") -> Exists:
    """Whether the outer row's `holder` has a residence permit in force on `today`."""
    return Exists(
        Permit.objects.filter(
            resident=OuterRef(holder), kind__in=RESIDENCE_PERMITS, valid_from__lte=today, valid_until__gte=today
        )
    )


def permit_application_reminders(ids: list[int], today: datetime.date) -> int:
    """Art. 30: a Z, X1, J1, Q1 or S1 visa holder who entered on it applies for a residence permit within 30 days."""
    visas = (
        Permit.objects.filter(
            resident_id__in=ids,
            kind__in=VISAS_LEADING_TO_RESIDENCE,
            resident__status=LIVING_HERE,
            resident__arrival_date__gt=today - APPLY_WITHIN,
            resident__arrival_date__lte=today,
            resident__arrival_date__gte=F("valid_from"),
        )
        .filter(resident__arrival_date__lte=F("valid_until"))
        .exclude(Exists(Permit.objects.filter(resident=OuterRef("resident"), kind__in=RESIDENCE_PERMITS)))
        .select_related("resident")
        .defer("number")
    )
    return sum(
        bool(
            notification_send(
                resident=visa.resident,
                template="residence_permit_apply",
                payload={
                    "entry": _day(visa.resident.arrival_date),
                    "deadline": _day(visa.resident.arrival_date + APPLY_WITHIN),
                },
                key=f"permit:{visa.pk}:apply",
            )
        )
        for visa in visas
    )


def permit_expiry_reminders(ids: list[int], today: datetime.date) -> int:
    """Art. 32: renew at least 30 days before expiry; one reminder at each of 60, 45 and 30 days before.

    A pass that finds a permit between two steps sends the latest step it has reached, once: a worker that was down
    on day 60 reminds on day 59, and on day 44 sends the 45-day reminder only.
    """
    renewed = Permit.objects.filter(
        resident=OuterRef("resident"), kind__in=RESIDENCE_PERMITS, valid_until__gt=OuterRef("valid_until")
    )
    permits = (
        Permit.objects.filter(
            resident_id__in=ids,
            kind__in=RESIDENCE_PERMITS,
            resident__status=LIVING_HERE,
            valid_until__gte=today,
            valid_until__lte=today + datetime.timedelta(days=max(EXPIRY_STEPS)),
        )
        .exclude(Exists(renewed))
        .select_related("resident")
        .defer("number")
    )
    return sum(
        bool(
            notification_send(
                resident=permit.resident,
                template="residence_permit_expiry",
                payload={"expiry": _day(permit.valid_until), "renew_by": _day(permit.valid_until - RENEW_BEFORE)},
                key=f"permit:{permit.pk}:expiry:{_expiry_step((permit.valid_until - today).days)}",
            )
        )
        for permit in permits
    )


def _expiry_step(days_left: int) -> int:
    """The latest step reached: 60 from 60 days before expiry, 45 from 45 days, 30 from 30 days to the end."""
    return min(step for step in EXPIRY_STEPS if days_left <= step)


def _change_report(resident, *, template: str, changed_on: datetime.date, key: str, **payload) -> int:
    payload["deadline"] = _day(changed_on + REPORT_WITHIN)
    return bool(notification_send(resident=resident, template=template, payload=payload, key=key))


def passport_change_reminders(ids: list[int], now: datetime.datetime) -> int:
    """Art. 33: a residence-permit holder's new passport (the permit is in the old one), counted from its recording."""
    today = timezone.localdate(now)
    permit_in_an_older_passport = Permit.objects.filter(
        resident=OuterRef("resident"),
        kind__in=RESIDENCE_PERMITS,
        valid_from__lte=today,
        valid_until__gte=today,
        created_at__lt=OuterRef("created_at"),
    ).exclude(document=OuterRef("pk"))
    documents = (
        IdentityDocument.objects.filter(
            resident_id__in=ids, resident__status=LIVING_HERE, created_at__gte=now - REPORT_WITHIN
        )
        .filter(Exists(permit_in_an_older_passport))
        .select_related("resident")
        .defer("number", "mrz")
    )
    return sum(
        _change_report(
            document.resident,
            template="change_report_passport",
            changed_on=timezone.localdate(document.created_at),
            key=f"document:{document.pk}:change_report",
        )
        for document in documents
    )


def address_change_reminders(ids: list[int], now: datetime.datetime) -> int:
    """Art. 33: a residence-permit holder's registration at a new address, counted from the arrival there."""
    today = timezone.localdate(now)
    registered_elsewhere_before = AccommodationRegistration.objects.filter(
        resident=OuterRef("resident"), status__in=ANSWERING_STATUSES, created_at__lt=OuterRef("created_at")
    ).exclude(address=OuterRef("address"))
    registrations = (
        AccommodationRegistration.objects.filter(
            resident_id__in=ids,
            status__in=ANSWERING_STATUSES,
            resident__status=LIVING_HERE,
            arrival_at__gte=now - REPORT_WITHIN,
        )
        .filter(Exists(registered_elsewhere_before), _residence_permit_in_force(today))
        .select_related("resident")
        .defer("host_id_number")
    )
    return sum(
        _change_report(
            registration.resident,
            template="change_report_address",
            changed_on=timezone.localdate(registration.arrival_at),
            key=f"registration:{registration.pk}:change_report",
            reference=registration.reference,
        )
        for registration in registrations
    )


def employer_change_reminders(ids: list[int], now: datetime.datetime) -> int:
    """Art. 33: a residence-permit holder's new employer or school, counted from its recording.

    The record keeps no history of the employer; the audit log names each change of it, with its time.
    """
    today = timezone.localdate(now)
    updates = AuditEvent.objects.filter(
        action=AuditEvent.Action.UPDATE,
        object_type=Resident._meta.label_lower,
        object_id__in=[str(pk) for pk in ids],
        created_at__gte=now - REPORT_WITHIN,
    ).values_list("pk", "object_id", "fields", "created_at")
    changes = [(pk, int(object_id), at) for pk, object_id, fields, at in updates if "employer" in fields]
    holders = Resident.objects.filter(pk__in={resident_id for _pk, resident_id, _at in changes}, status=LIVING_HERE)
    holders = {r.pk: r for r in holders.filter(_residence_permit_in_force(today, holder="pk"))}
    return sum(
        _change_report(
            holders[resident_id],
            template="change_report_employer",
            changed_on=timezone.localdate(at),
            key=f"resident:{resident_id}:employer:{event_pk}:change_report",
        )
        for event_pk, resident_id, at in changes
        if resident_id in holders
    )


def reminders_pass(*, now: datetime.datetime | None = None) -> int:
    """Every reminder due at `now`; the number of reminders sent for the first time.

    A worker pass (core/passes.py): one worker at a time, in chunks of residents. The first pass reads every
    resident living here; each later one only the residents with news since the last (`news.residents_with_news`).
    A reminder falls due either by a change of a row (a new passport, a registered move, a new employer, a new
    visa) or by the calendar alone, with no row changing: an arrival date passed (apply within 30 days), a
    permit's expiry come within 60, 45 or 30 days, a permit come into force. So the later passes read, besides
    the rows changed since the watermark, the rows whose dates entered those windows between the watermark's day
    and today. A worker that finds another running the pass sends nothing.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)

    def chunks(since, after):
        if since is None:
            return every_chunk(Resident.objects.filter(status=LIVING_HERE), after)
        return in_chunks(residents_with_news(since, now, days_ahead=EXPIRY_STEPS), after)

    def work(ids: list[int]) -> int:
        return (
            permit_application_reminders(ids, today)
            + permit_expiry_reminders(ids, today)
            + passport_change_reminders(ids, now)
            + address_change_reminders(ids, now)
            + employer_change_reminders(ids, now)
        )

    return pass_run(PASS, now=now, chunks=chunks, work=work) or 0
