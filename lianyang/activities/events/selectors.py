"""Reads of activities and sign-ups, scoped by who asks: a resident sees their own station's activities and their
own (and their household's) sign-ups; staff see their own station's. Rosters name residents, so opening one is
audited (PIPL art. 51)."""

from django.db.models import Count, Q
from django.http import Http404
from django.utils import timezone

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from ..models import SEAT_HOLDING, Activity, CalendarFeed, Enrolment

Status = Enrolment.Status
NOT_FOUND = (Activity.DoesNotExist, Enrolment.DoesNotExist, ValueError, TypeError, OverflowError)


def _counted(activities):
    return activities.annotate(
        taken=Count("enrolments", filter=Q(enrolments__status__in=SEAT_HOLDING)),
        waiting=Count("enrolments", filter=Q(enrolments__status=Status.WAITLISTED)),
    )


def activities_upcoming(*, resident, limit: int = 50) -> list[Activity]:
    """The activities of the resident's station that have not started, soonest first, with seats counted and
    their translations fetched in one query."""
    rows = (
        _counted(Activity.objects.filter(station_id=resident.station_id, starts_at__gt=timezone.now()))
        .prefetch_related("translations")
        .order_by("starts_at", "id")[:limit]
    )
    return list(rows)


def activity_for_resident(*, resident, pk) -> Activity:
    """One activity of the resident's station (404 for another station's: it does not exist for them)."""
    try:
        return (
            _counted(Activity.objects.filter(station_id=resident.station_id))
            .prefetch_related("translations")
            .get(pk=pk)
        )
    except NOT_FOUND:
        raise Http404 from None


def enrolments_of(*, resident, activity=None) -> list[Enrolment]:
    """The resident's own sign-ups and those they made for their household, newest activity first."""
    rows = Enrolment.objects.filter(Q(resident=resident) | Q(signed_up_by=resident))
    if activity is not None:
        rows = rows.filter(activity=activity)
    return list(
        rows.select_related("activity", "resident")
        .prefetch_related("activity__translations")
        .order_by("-activity__starts_at", "id")
    )


def enrolment_for_resident(*, resident, pk) -> Enrolment:
    """One of the resident's sign-ups (their own or one they made); 404 for anyone else's."""
    try:
        return (
            Enrolment.objects.filter(Q(resident=resident) | Q(signed_up_by=resident))
            .select_related("activity", "resident")
            .get(pk=pk)
        )
    except NOT_FOUND:
        raise Http404 from None


def feed_enrolments(*, token: str) -> tuple[CalendarFeed, list[Enrolment]] | None:
    """The calendar feed of `token` and the seats it lists (confirmed or offered, from a month back); None for an
    unknown or revoked token."""
    feed = CalendarFeed.objects.select_related("resident").filter(token=token).first() if token else None
    if feed is None:
        return None
    since = timezone.now() - timezone.timedelta(days=31)
    rows = (
        Enrolment.objects.filter(
            resident=feed.resident,
            status__in=(Status.CONFIRMED, Status.OFFERED, Status.ATTENDED),
            activity__starts_at__gte=since,
        )
        .select_related("activity")
        .prefetch_related("activity__translations")
    )
    return feed, list(rows)


def station_activities(*, station_id: int, upcoming: bool = True, limit: int = 100) -> list[Activity]:
    """The station's activities for its officers, with seats taken and the waiting list counted."""
    now = timezone.now()
    rows = Activity.objects.filter(station_id=station_id)
    rows = (
        rows.filter(ends_at__gt=now).order_by("starts_at", "id")
        if upcoming
        else rows.filter(ends_at__lte=now).order_by("-starts_at", "-id")
    )
    return list(_counted(rows).prefetch_related("translations")[:limit])


def station_activity(*, station_id: int, pk) -> Activity:
    try:
        return _counted(Activity.objects.filter(station_id=station_id)).get(pk=pk)
    except NOT_FOUND:
        raise Http404 from None


def station_enrolment(*, activity: Activity, pk) -> Enrolment:
    """One enrolment of `activity` (already scoped to the officer's station); 404 for any other."""
    try:
        return activity.enrolments.select_related("activity").get(pk=pk)
    except NOT_FOUND:
        raise Http404 from None


def roster(*, actor, activity: Activity, request=None) -> list[Enrolment]:
    """Everyone enrolled in `activity`, seats first then the waiting list in its order; the opening is audited."""
    audit_record(
        actor=actor,
        action=AuditEvent.Action.VIEW,
        obj=activity,
        station_id=activity.station_id,
        fields=["roster"],
        request=request,
    )
    order = {Status.ATTENDED: 0, Status.CONFIRMED: 1, Status.NO_SHOW: 2, Status.OFFERED: 3, Status.WAITLISTED: 4}
    rows = list(activity.enrolments.select_related("resident").order_by("queued_at", "id"))
    return sorted(rows, key=lambda row: order.get(row.status, 5))
