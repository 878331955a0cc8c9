"""Registration needed: the duties the system opens by itself when a resident's facts outrun their registrations.

Exit and Entry Administration Law, art. 39, and Shanghai's procedures (docs/domain.md §1): a foreigner registers with
the police within 24 hours of arriving at a dwelling, and again after moving, after a new passport, a new visa or
residence permit, and, holding a visa, after every entry into China. A periodic scan (`tasks.py`) compares each
resident's address, arrival, documents and permits with their latest registration and opens a `RegistrationNeeded`
for the first cause not yet answered, with the station's deadline (24 hours unless the station sets another)
counted from the event. Each cause has a key (`passport:<document id>`…) that the database keeps unique, so the
same event never opens two duties, however often the scan runs and however many workers run it. The resident is
told in their language; `registration_submit` closes the resident's open duties.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from lianyang.core.passes import pass_run
from lianyang.notify.services import notification_send
from lianyang.people.models import IdentityDocument, Permit, Resident

from .models import OPEN_STATUSES, AccommodationRegistration, RegistrationNeeded, Status
from .news import every_chunk, in_chunks, residents_with_news
from .services import registration_deadline

Reason = RegistrationNeeded.Reason

# The registrations that answer a duty: open ones and registered ones; a rejected or withdrawn one does not.
ANSWERING_STATUSES = (*OPEN_STATUSES, Status.REGISTERED, Status.SUPERSEDED)

# Events older than this are not news: they were dealt with before the system knew of them (an imported record, a
# new deployment's first scan) and would only fill the station's list with long-overdue duties.
LOOK_BACK = datetime.timedelta(days=30)
PASS = "registration duties"  # its row in core.WorkerPass


@dataclass(frozen=True)
class Cause:
    """Why a resident must register (again): the reason, the event's key, and when it happened."""

    reason: str
    key: str
    since: datetime.datetime


def _start_of(day: datetime.date) -> datetime.datetime:
    """A day's first moment, in the station's time zone: the deadline of a dated event runs from there."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _holds_only_a_visa(resident: Resident, today: datetime.date) -> bool:
    """A visa and no residence permit in force: such a resident registers again after every entry (docs/domain.md
    §1)."""
    in_force = [permit for permit in resident.held_permits if permit.valid_from <= today <= permit.valid_until]
    return any(permit.is_visa for permit in in_force) and not any(not permit.is_visa for permit in in_force)


def _unanswered_causes(resident: Resident, *, today: datetime.date) -> list[Cause]:
    """Every event of `resident` that no registration answers yet, the most fundamental first.

    Reads `resident.answering` (the answering registrations, newest first), `held_documents` and `held_permits`, as
    prefetched by `_residents_with_papers`.
    """
    registrations = resident.answering
    if not registrations:
        if resident.arrival_date is None:
            return []
        key = f"arrival:{resident.pk}:{resident.arrival_date:%Y%m%d}"
        return [Cause(Reason.ARRIVAL, key, _start_of(resident.arrival_date))]
    latest = registrations[0]
    causes = []
    if resident.address_id and resident.address_id != latest.address_id:
        # The record has no moving date; the scan sees the change within one pass of its saving.
        causes.append(Cause(Reason.MOVE, f"move:{resident.pk}:{latest.pk}:{resident.address_id}", resident.updated_at))
    if (
        resident.arrival_date
        and resident.arrival_date > timezone.localdate(latest.arrival_at)
        and _holds_only_a_visa(resident, today)
    ):
        key = f"entry:{resident.pk}:{resident.arrival_date:%Y%m%d}"
        causes.append(Cause(Reason.ENTRY, key, _start_of(resident.arrival_date)))
    registered_documents = {registration.document_id for registration in registrations}
    causes += [
        Cause(Reason.NEW_PASSPORT, f"passport:{document.pk}", document.created_at)
        for document in resident.held_documents
        if document.created_at > latest.created_at
        and document.pk not in registered_documents
        and document.expiry_date >= today
    ]
    registered_permits = {registration.permit_id for registration in registrations}
    causes += [
        Cause(Reason.NEW_PERMIT, f"permit:{permit.pk}", permit.created_at)
        for permit in resident.held_permits
        if permit.created_at > latest.created_at and permit.pk not in registered_permits and permit.valid_until >= today
    ]
    return causes


def _news_in_look_back(since: datetime.datetime) -> QuerySet[Resident]:
    """Residents living here whose record, arrival, documents or permits changed since `since`: a full pass."""
    return Resident.objects.filter(status=Resident.Status.ACTIVE).filter(
        Q(updated_at__gte=since)
        | Q(arrival_date__gte=timezone.localdate(since))
        | Exists(IdentityDocument.objects.filter(resident=OuterRef("pk"), created_at__gte=since))
        | Exists(Permit.objects.filter(resident=OuterRef("pk"), created_at__gte=since))
    )


def _residents_with_papers(ids: list[int]) -> QuerySet[Resident]:
    """The residents `ids` living here, with what `_unanswered_causes` reads and nothing more: no document number
    is decrypted, and the papers are plain lists (`to_attr`)."""
    answering = AccommodationRegistration.objects.filter(status__in=ANSWERING_STATUSES).order_by("-created_at", "-id")
    return (
        Resident.objects.filter(pk__in=ids, status=Resident.Status.ACTIVE)
        .select_related("station")
        .prefetch_related(
            Prefetch(
                "registrations",
                queryset=answering.only("resident", "address", "document", "permit", "arrival_at", "created_at"),
                to_attr="answering",
            ),
            Prefetch(
                "documents",
                queryset=IdentityDocument.objects.only("resident", "created_at", "expiry_date"),
                to_attr="held_documents",
            ),
            Prefetch(
                "permits",
                queryset=Permit.objects.only("resident", "kind", "created_at", "valid_from", "valid_until"),
                to_attr="held_permits",
            ),
            Prefetch(
                "registration_duties",
                queryset=RegistrationNeeded.objects.only("resident", "cause_key", "closed_at"),
                to_attr="duties",
            ),
        )
        .order_by("pk")
    )


@transaction.atomic
def _duty_open(resident: Resident, cause: Cause) -> RegistrationNeeded | None:
    duty, created = RegistrationNeeded.objects.get_or_create(
        cause_key=cause.key,
        defaults={
            "station_id": resident.station_id,
            "resident": resident,
            "reason": cause.reason,
            "since": cause.since,
            "deadline_at": registration_deadline(station=resident.station, arrival_at=cause.since),
        },
    )
    if not created:
        return None
    notification_send(
        resident=resident,
        template=f"registration_needed_{cause.reason}",
        payload={"deadline": timezone.localtime(duty.deadline_at).strftime("%Y-%m-%d %H:%M")},
        key=f"registration-needed:{duty.pk}",
    )
    return duty


def registration_duties_open(*, now: datetime.datetime | None = None) -> list[RegistrationNeeded]:
    """Open a duty for each resident with an unanswered cause and no open duty, and tell them. Safe to repeat.

    Duties of residents who have moved away or left China close without a registration.

    One duty at a time per resident: the registration that answers it is measured again by the next scan, so a
    move that also brought a new passport asks for one registration, not two.

    The scan is a worker pass (core/passes.py): one worker at a time, in chunks of residents. The first reads
    every resident with news within `LOOK_BACK`; each later one only the residents with news since the last
    (`news.residents_with_news`: a changed row, or an arrival date or permit date the calendar has reached), which
    is where every new cause comes from. A worker that finds another running the scan opens nothing.
    """
    now = now or timezone.now()
    look_back = now - LOOK_BACK
    today = timezone.localdate(now)
    RegistrationNeeded.objects.filter(closed_at__isnull=True).exclude(resident__status=Resident.Status.ACTIVE).update(
        closed_at=now
    )
    opened = []

    def chunks(since, after):
        if since is None or since < look_back:
            return every_chunk(_news_in_look_back(look_back), after)
        return in_chunks(residents_with_news(since, now), after)

    def work(ids: list[int]) -> int:
        before = len(opened)
        for resident in _residents_with_papers(ids):
            duties = resident.duties
            if any(duty.closed_at is None for duty in duties):
                continue
            known = {duty.cause_key for duty in duties}
            causes = _unanswered_causes(resident, today=today)
            cause = next((c for c in causes if c.key not in known and c.since >= look_back), None)
            if cause is not None and (duty := _duty_open(resident, cause)) is not None:
                opened.append(duty)
        return len(opened) - before

    pass_run(PASS, now=now, chunks=chunks, work=work)
    return opened


def duties_open(*, station_id: int) -> QuerySet[RegistrationNeeded]:
    """The station's open duties, the nearest deadline first (the staff queue scopes them to the acting user)."""
    return (
        RegistrationNeeded.objects.filter(station_id=station_id, closed_at__isnull=True)
        .select_related("resident")
        .order_by("deadline_at", "id")
    )
