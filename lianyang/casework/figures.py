"""The casework's counts for the operator's figures (`lianyang stats`): how many, never who.

A request is breached when it missed a target of its service level (casework/levels): its first answer came after
`first_response_due`, it was closed after `resolution_due`, or it is still running past either. Waiting for the
resident stops the clock, so a waiting request is not counted; nor is a merged duplicate, answered in the request
it was merged into. Visit coverage is the share of households within their visit policy (casework/visits), each
station's as its head sees it on the coverage page.
"""

from django.db.models import F, Q
from django.utils import timezone

from lianyang.accounts.models import Role, StaffProfile
from lianyang.core.figures import counts_by

from .models import RUNNING_STATUSES, ServiceRequest, Visit
from .visits.selectors import visit_coverage


def breached() -> Q:
    """The requests that missed a target, answered or closed late or still running past due."""
    now = timezone.now()
    late_answer = Q(first_responded_at__gt=F("first_response_due")) | Q(
        first_responded_at__isnull=True, first_response_due__lt=now, status__in=RUNNING_STATUSES
    )
    late_resolution = Q(status=ServiceRequest.Status.CLOSED, closed_at__gt=F("resolution_due")) | Q(
        status__in=RUNNING_STATUSES, resolution_due__lt=now
    )
    return ~Q(status=ServiceRequest.Status.MERGED) & (late_answer | late_resolution)


def request_figures() -> dict:
    """Requests by status, and how many missed a service level (two queries)."""
    return {
        "requests": ServiceRequest.objects.count(),
        "requests_by_status": counts_by(ServiceRequest.objects, "status", ServiceRequest.Status.values),
        "requests_breached": ServiceRequest.objects.filter(breached()).count(),
    }


def visit_figures() -> dict:
    """Visits by outcome ("planned" for those not yet made), and the share of households visited within their
    policy over every station with a head, as a percentage with one decimal (100 when there is no household)."""
    by_outcome = counts_by(Visit.objects, "outcome", ["", *Visit.Outcome.values])
    within = households = 0
    for head in StaffProfile.objects.filter(role=Role.HEAD, user__is_active=True).select_related("user"):
        total = visit_coverage(actor=head.user).total
        within, households = within + total.within, households + total.households
    return {
        "visits_by_outcome": {"planned" if key == "" else key: count for key, count in by_outcome.items()},
        "visit_coverage": round(100 * within / households, 1) if households else 100.0,
    }
