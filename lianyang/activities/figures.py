"""The activities' counts for the operator's figures (`lianyang stats`): how many, never who.

An activity is upcoming until it starts and past once it has started; sign-ups are counted by status (a seat held,
attended, no-show, waiting, offered, cancelled) and pairings with local hosts by where they stand.
"""

from django.db.models import Count, Q
from django.utils import timezone

from lianyang.core.figures import counts_by

from .models import Activity, Enrolment, Pairing


def activity_figures() -> dict:
    """Activities (all, upcoming, past), enrolments by status, pairings by status (three queries)."""
    now = timezone.now()
    activities = Activity.objects.aggregate(
        count=Count("id"),
        upcoming=Count("id", filter=Q(starts_at__gt=now)),
        past=Count("id", filter=Q(starts_at__lte=now)),
    )
    return {
        "activities": activities,
        "enrolments_by_status": counts_by(Enrolment.objects, "status", Enrolment.Status.values),
        "pairings_by_status": counts_by(Pairing.objects, "status", Pairing.Status.values),
    }
