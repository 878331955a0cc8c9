"""Every read of registrations, their papers and the police batches, scoped to what the acting user may see.

DESIGN.md (Security): an officer or head sees their own station's registrations; a police liaison sees only the
registrations filed in batches of the station whose partner police station they belong to; a district
administrator sees none. Opening a registration or a batch, and fetching an uploaded paper, are audited
(PIPL art. 51).
"""

import datetime

from django.contrib.auth import get_user_model
from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from lianyang.accounts.access import staff_profile
from lianyang.accounts.models import CASEWORK_ROLES, Role
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.core.text import database_id
from lianyang.people.selectors import document_holder_ids, looks_like_document_number, name_matches

from .models import (
    OPEN_STATUSES,
    AccommodationRegistration,
    PoliceBatch,
    RegistrationAction,
    RegistrationNeeded,
    RegistrationUpload,
    Status,
)

# What a registration's page and the police files read of its related rows, in one query.
REGISTRATION_RELATED = (
    "resident",
    "document",
    "permit",
    "address__building__compound__area__station",
    "station",
    "assigned_to__staff_profile",
    "batch",
)


def _station_id(actor, roles) -> int | None:
    profile = staff_profile(actor)
    return profile.station_id if profile is not None and profile.role in roles else None


def registrations_visible_to(user) -> QuerySet[AccommodationRegistration]:
    """The registrations of the caseworker's own station; none for anyone else."""
    return AccommodationRegistration.objects.filter(station_id=_station_id(user, CASEWORK_ROLES))


def batches_visible_to(user) -> QuerySet[PoliceBatch]:
    """The station's filed batches: for its caseworkers, who file them, and its police liaison, who takes them."""
    return PoliceBatch.objects.filter(station_id=_station_id(user, {*CASEWORK_ROLES, Role.POLICE_LIAISON}))


def _get(queryset, pk):
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404 from None


# What a queue row shows: plain values, so the rows stay narrow however wide the records grow.
QUEUE_ROW = (
    "pk",
    "reference",
    "status",
    "deadline_at",
    "assigned_to_id",
    "resident__surname",
    "resident__given_names",
    "address__room",
    "address__building__number",
    "address__building__compound__name",
)


# The station still holds these: it must verify or file them before the deadline. A registration filed with the
# police or returned to the resident is out of the station's hands, however near its deadline.
STATION_HOLDS = (Status.SUBMITTED, Status.VERIFIED)
# How long before the deadline a held registration counts as at risk: a quarter of the law's 24 hours, time
# enough to verify and file it in the day's batch.
AT_RISK_WITHIN = datetime.timedelta(hours=6)


def deadline_at_risk(*, status: str, deadline_at: datetime.datetime, now: datetime.datetime) -> bool:
    """Whether the station may miss the deadline of a registration it holds (law art. 39: 24 hours)."""
    return status in STATION_HOLDS and deadline_at <= now + AT_RISK_WITHIN


def _query_matches(*, actor, query: str, request=None) -> Q:
    """A reference, a name in any script, or a document number (exact, through the blind index; audited)."""
    text = query.strip()
    condition = name_matches(text, field="resident__search_key")
    if text.isalnum():
        condition |= Q(reference__icontains=text)
    if looks_like_document_number(text):
        condition |= Q(resident_id__in=document_holder_ids(actor=actor, number=text, request=request))
    return condition


def _due(due: str, now: datetime.datetime) -> Q:
    """`at_risk`: held and the deadline within AT_RISK_WITHIN or past; `overdue`: held and past the deadline."""
    if due == "overdue":
        return Q(status__in=STATION_HOLDS, deadline_at__lte=now)
    return Q(status__in=STATION_HOLDS, deadline_at__lte=now + AT_RISK_WITHIN)


def registration_queue(
    *, actor, statuses=OPEN_STATUSES, compound=None, officer=None, query: str = "", due: str = "", request=None
) -> "QuerySet[dict] | UrgentFirst":
    """The station's queue as rows of QUEUE_ROW, to be sliced, most urgent first: the registrations whose
    deadline the station may miss (law art. 39: 24 hours from arrival), then the rest, each by the nearest
    deadline."""
    now = timezone.now()
    registrations = registrations_visible_to(actor).filter(status__in=statuses)
    if due:
        registrations = registrations.filter(_due(due, now))
    if compound is not None:
        registrations = registrations.filter(address__building__compound=compound)
    if officer is not None:
        registrations = registrations.filter(assigned_to=officer)
    if query.strip():
        registrations = registrations.filter(_query_matches(actor=actor, query=query, request=request))
    if due:  # every row is at risk
        return registrations.order_by("deadline_at", "id").values(*QUEUE_ROW)
    at_risk = _due("at_risk", now)
    return UrgentFirst(
        registrations.filter(at_risk).order_by("deadline_at", "id").values(*QUEUE_ROW),
        registrations.exclude(at_risk).order_by("deadline_at", "id").values(*QUEUE_ROW),
    )


class UrgentFirst:
    """The rows of `urgent`, then those of `rest`, sliced as one list. Each part is read by an index in deadline
    order and stops at the page's end, where one ORDER BY over "at risk or not" sorted every open registration
    of the station first (25 ms a page at city scale, against 1 ms)."""

    def __init__(self, urgent: QuerySet, rest: QuerySet):
        self.urgent, self.rest = urgent, rest

    def __getitem__(self, window: slice) -> list[dict]:
        start, stop = window.start or 0, window.stop
        rows = list(self.urgent[start:stop])
        if len(rows) == stop - start:
            return rows
        # The urgent rows end within this window, or before it (then they are counted).
        urgent = start + len(rows) if rows or not start else self.urgent.count()
        return rows + list(self.rest[max(0, start - urgent) : stop - urgent])


def queue_officers(*, actor) -> QuerySet:
    """The station's caseworkers, to filter the queue by the one a registration is assigned to."""
    return (
        get_user_model()
        .objects.filter(
            staff_profile__station_id=_station_id(actor, CASEWORK_ROLES), staff_profile__role__in=CASEWORK_ROLES
        )
        .select_related("staff_profile")
        .order_by("staff_profile__display_name", "id")
    )


def assignable_officer(*, actor, pk) -> object | None:
    """One of the station's caseworkers by id, or None: the only people a registration may be assigned to."""
    officer = database_id(pk)
    return queue_officers(actor=actor).filter(pk=officer).first() if officer is not None else None


def verified_registrations(*, actor) -> QuerySet[AccommodationRegistration]:
    """What may be filed with the police now: the station's verified registrations."""
    return registrations_visible_to(actor).filter(status=Status.VERIFIED)


def registration_get(*, actor, pk, request=None) -> AccommodationRegistration:
    """Open one registration: 404 unless it is the caseworker's station's; every opening is audited."""
    registration = _get(registrations_visible_to(actor).select_related(*REGISTRATION_RELATED), pk)
    audit_record(
        actor=actor,
        action=AuditEvent.Action.VIEW,
        obj=registration,
        station_id=registration.station_id,
        request=request,
    )
    return registration


def registration_find(*, actor, pk) -> AccommodationRegistration:
    """The registration a step is taken on; the step itself is audited by its service."""
    return _get(registrations_visible_to(actor), pk)


def registration_submitted_with(*, actor, submission_key: str) -> AccommodationRegistration | None:
    """The registration an entry form already made, when the same form is sent again."""
    return registrations_visible_to(actor).filter(submission_key=submission_key).first()


def registration_actions(*, registration) -> list[RegistrationAction]:
    """The append-only history, oldest first, with who took each step."""
    return list(registration.actions.select_related("actor__staff_profile").order_by("at", "id"))


def registration_uploads(*, registration) -> list[RegistrationUpload]:
    return list(registration.uploads.order_by("kind", "id"))


def registration_upload_get(*, actor, pk, request=None):
    """One uploaded paper, for a caseworker of its registration's station; fetching it is audited as a view."""
    upload = _get(
        RegistrationUpload.objects.select_related("registration").filter(
            registration__in=registrations_visible_to(actor)
        ),
        pk,
    )
    audit_record(
        actor=actor,
        action=AuditEvent.Action.VIEW,
        obj=upload,
        station_id=upload.registration.station_id,
        fields=[upload.kind],
        request=request,
    )
    return upload


def registration_host_id_reveal(*, actor, pk, request=None) -> AccommodationRegistration:
    """The host's full ID number, shown once on request; audited as a reveal (PIPL art. 51)."""
    registration = _get(registrations_visible_to(actor), pk)
    audit_record(
        actor=actor,
        action=AuditEvent.Action.REVEAL,
        obj=registration,
        station_id=registration.station_id,
        fields=["host_id_number"],
        request=request,
    )
    return registration


def open_registrations_of(*, actor, resident, address=None) -> list[AccommodationRegistration]:
    """The resident's open registrations (at `address` when given), to warn of a duplicate before entering one."""
    registrations = registrations_visible_to(actor).filter(resident=resident, status__in=OPEN_STATUSES)
    if address is not None:
        registrations = registrations.filter(address=address)
    return list(registrations.select_related("address__building__compound").order_by("deadline_at"))


def batch_list(*, actor) -> QuerySet[PoliceBatch]:
    """The station's batches, newest first, with how many of their registrations the police have registered."""
    return (
        batches_visible_to(actor)
        .select_related("filed_by__staff_profile")
        .annotate(
            registration_count=_batch_count(actor),
            registered_count=Count("registrations", filter=Q(registrations__status=Status.REGISTERED)),
        )
        .order_by("-filed_at", "-id")
    )


def batch_filed_with(*, actor, filing_key: str) -> PoliceBatch | None:
    """The batch a filing form already made, when the same form is sent again."""
    return batches_visible_to(actor).filter(filing_key=filing_key).first() if filing_key else None


def batch_size(*, batch) -> int:
    return batch.registrations.count()


def batch_get(*, actor, pk, request=None) -> PoliceBatch:
    """Open one batch: 404 unless it is of the viewer's station; audited, as it lists residents' names."""
    batch = _get(batches_visible_to(actor).select_related("station", "filed_by__staff_profile"), pk)
    audit_record(actor=actor, action=AuditEvent.Action.VIEW, obj=batch, station_id=batch.station_id, request=request)
    return batch


# What the police hold: filed with them and waiting, or registered by them.
WITH_THE_POLICE = (Status.FILED, Status.REGISTERED)


def _for_reader(registrations: QuerySet, actor) -> QuerySet:
    """The police liaison sees a registration only while it is with the police: once the police return it (and
    the resident corrects it), or it is rejected or withdrawn, it is no longer theirs to read (PIPL art. 6: no
    more than the purpose needs). The station's caseworkers keep the batch's whole history."""
    return registrations if _reads_whole_batch(actor) else registrations.filter(status__in=WITH_THE_POLICE)


def _reads_whole_batch(actor) -> bool:
    profile = staff_profile(actor)
    return profile is not None and profile.role in CASEWORK_ROLES


def _batch_count(actor) -> Count:
    """How many of a batch's registrations `actor` may read (_for_reader): all of them for caseworkers, those
    still with the police for the liaison."""
    if _reads_whole_batch(actor):
        return Count("registrations")
    return Count("registrations", filter=Q(registrations__status__in=WITH_THE_POLICE))


def batch_registrations(*, actor, batch) -> list[AccommodationRegistration]:
    """The registrations filed in `batch` that `actor` may read, in the order the police files list them."""
    registrations = _for_reader(batch.registrations.all(), actor)
    return list(registrations.select_related(*REGISTRATION_RELATED).order_by("reference"))


def batch_export(*, actor, pk, file_format: str, request=None) -> tuple[PoliceBatch, list[AccommodationRegistration]]:
    """A batch and its registrations for the police files; each download is audited as an export."""
    batch = _get(batches_visible_to(actor), pk)
    audit_record(
        actor=actor,
        action=AuditEvent.Action.EXPORT,
        obj=batch,
        station_id=batch.station_id,
        fields=[file_format],
        request=request,
    )
    return batch, batch_registrations(actor=actor, batch=batch)


def filed_registration_get(*, actor, batch_pk, pk, audit: str | None = None, request=None) -> AccommodationRegistration:
    """A registration filed in one of the viewer's station's batches, 404 for anything else.

    `audit` names the audit action when the caller shows or exports it; a step's service audits itself.
    """
    filed = AccommodationRegistration.objects.filter(batch_id=batch_pk, batch__in=batches_visible_to(actor))
    registration = _get(_for_reader(filed, actor).select_related(*REGISTRATION_RELATED), pk)
    if audit is not None:
        audit_record(actor=actor, action=audit, obj=registration, station_id=registration.station_id, request=request)
    return registration


def filed_registrations_by_reference(*, actor, references) -> dict[str, AccommodationRegistration]:
    """The station's registrations named in a police result sheet, by reference number."""
    station_id = _station_id(actor, {Role.POLICE_LIAISON})
    return {
        registration.reference: registration
        for registration in AccommodationRegistration.objects.filter(
            station_id=station_id, reference__in=list(references)
        ).select_related("batch")
    }


# --- The resident's own registrations, for the portal's "Register my stay" (DESIGN.md, Security: a resident
# sees only their own data). Separate from the staff reads above: scoped by the account, not by the station.


def registrations_of_resident(*, actor) -> QuerySet[AccommodationRegistration]:
    """The registrations of the resident whose account `actor` is, newest first; none for anyone else."""
    if not actor.is_authenticated:
        return AccommodationRegistration.objects.none()
    return (
        AccommodationRegistration.objects.filter(resident__user=actor)
        .select_related("address__building__compound")
        .order_by("-created_at", "-id")
    )


def registration_for_resident(*, actor, reference, request=None) -> AccommodationRegistration:
    """One of the resident's own registrations by its reference: 404 for anyone else's; audited as a view."""
    try:
        registration = (
            registrations_of_resident(actor=actor)
            .select_related("resident", "station", "document", "permit", "address__building__compound__area__station")
            .get(reference=str(reference)[:20])
        )
    except AccommodationRegistration.DoesNotExist:
        raise Http404 from None
    audit_record(
        actor=actor,
        action=AuditEvent.Action.VIEW,
        obj=registration,
        station_id=registration.station_id,
        request=request,
    )
    return registration


def registration_of_resident_submitted_with(*, actor, submission_key: str) -> AccommodationRegistration | None:
    """The registration the resident's form already made, when the same form is sent again."""
    return registrations_of_resident(actor=actor).filter(submission_key=submission_key).first()


# --- The start page's work list: counts of the queue's heaps, and the duties the worker opened.


def queue_figures(*, actor) -> dict:
    """How many of the station's open registrations wait for each of its steps, and how many are at risk."""
    now = timezone.now()
    return (
        registrations_visible_to(actor)
        .filter(status__in=OPEN_STATUSES)
        .aggregate(
            to_check=Count("id", filter=Q(status=Status.SUBMITTED)),
            to_file=Count("id", filter=Q(status=Status.VERIFIED)),
            with_police=Count("id", filter=Q(status=Status.FILED)),
            at_risk=Count("id", filter=_due("at_risk", now)),
            overdue=Count("id", filter=_due("overdue", now)),
        )
    )


# What a row of the duties list shows, as plain values.
DUTY_ROW = ("pk", "reason", "since", "deadline_at", "resident_id", "resident__surname", "resident__given_names")


def open_duties(*, actor) -> QuerySet[dict]:
    """The station's open registration duties (arrivals, moves, new passports and permits, entries), the nearest
    deadline first, as rows of DUTY_ROW. A duty closes when a registration is submitted for the resident."""
    return (
        RegistrationNeeded.objects.filter(station_id=_station_id(actor, CASEWORK_ROLES), closed_at__isnull=True)
        .order_by("deadline_at", "id")
        .values(*DUTY_ROW)
    )


def batches_awaiting_receipt(*, actor) -> QuerySet[dict]:
    """The station's batches still holding registrations the police have not yet given a receipt for, the oldest
    filing first: the police liaison's work list."""
    return (
        batches_visible_to(actor)
        .annotate(
            waiting=Count("registrations", filter=Q(registrations__status=Status.FILED)),
            registration_count=_batch_count(actor),
        )
        .filter(waiting__gt=0)
        .order_by("filed_at", "id")
        .values("pk", "reference", "filed_at", "waiting", "registration_count")
    )
