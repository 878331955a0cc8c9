"""Every read of service requests, scoped to what the acting user may see.

DESIGN.md (Security), PIPL art. 6: an officer or head sees their own station's requests only; a resident only their
own, and never the station's internal notes; other roles none. Opening a request is audited.
"""

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from lianyang.accounts.access import staff_profile
from lianyang.accounts.models import CASEWORK_ROLES, StaffProfile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.core.text import database_id

from ..models import OPEN_STATUSES, RUNNING_STATUSES, CannedReply, Message, RequestAttachment, ServiceRequest
from .search import text_matches

Status = ServiceRequest.Status
TABS = ("mine", "unassigned", "near_breach", "waiting", "all")


def requests_visible_to(user) -> QuerySet[ServiceRequest]:
    profile = staff_profile(user)
    if profile is not None:
        if profile.role in CASEWORK_ROLES:
            return ServiceRequest.objects.filter(station_id=profile.station_id)
        return ServiceRequest.objects.none()
    if user.is_authenticated:
        return ServiceRequest.objects.filter(resident__user=user)
    return ServiceRequest.objects.none()


def _near_breach(now) -> Q:
    """Running requests whose warning has started: not answered past the first answer's warning, or past the
    resolution's warning (breached ones included)."""
    return Q(status__in=RUNNING_STATUSES) & (
        Q(first_responded_at__isnull=True, first_response_warn_at__lte=now) | Q(resolution_warn_at__lte=now)
    )


def _breached(now) -> Q:
    return Q(status__in=RUNNING_STATUSES) & (
        Q(first_responded_at__isnull=True, first_response_due__lt=now) | Q(resolution_due__lt=now)
    )


def _tab(tab: str, user, now) -> Q:
    return {
        "mine": Q(assignee=user, status__in=OPEN_STATUSES),
        "unassigned": Q(assignee__isnull=True, status__in=OPEN_STATUSES),
        "near_breach": _near_breach(now),
        "waiting": Q(status=Status.WAITING),
    }.get(tab, Q())


def inbox_counts(*, actor) -> dict:
    """How many requests each tab holds, and how many are breached, in two queries read from indexes alone: one
    aggregate over the station's open requests (a few hundred, request_open_counts_idx), and the count of all of
    them, not an aggregate over the year of closed requests. Rows are counted by `status`, a column of the index
    and never empty (counting the key would read every row from the table)."""
    now = timezone.now()
    requests = requests_visible_to(actor)
    counts = requests.filter(status__in=OPEN_STATUSES).aggregate(
        **{tab: Count("status", filter=_tab(tab, actor, now)) for tab in TABS if tab != "all"},
        breached=Count("status", filter=_breached(now)),
    )
    counts["all"] = requests.count()
    return counts


# What a row of the inbox shows (inbox.html, selectors.flag), and nothing more: a page of 50 rows reads these
# columns only, not the requests', residents' and officers' every field.
INBOX_COLUMNS = (
    "subject", "status", "category", "language", "channel", "created_at", "first_responded_at",
    "first_response_due", "first_response_warn_at", "resolution_due", "resolution_warn_at", "assignee_id",
    "resident__surname", "resident__given_names", "resident__native_name",
    "assignee__staff_profile__display_name",
)  # fmt: skip


def inbox(
    *,
    actor,
    tab: str = "mine",
    status: str = "",
    category: str = "",
    language: str = "",
    channel: str = "",
    query: str = "",
) -> QuerySet[ServiceRequest]:
    """One tab of the officer's inbox with its filters, each row with its resident and officer; open requests by
    their resolution time (the nearest first), the others newest first. `query` finds words of the subject or text
    in any script, or the resident's name (search.py)."""
    now = timezone.now()
    requests = (
        requests_visible_to(actor)
        .filter(_tab(tab, actor, now))
        .select_related("resident", "assignee__staff_profile")
        .only(*INBOX_COLUMNS)
    )
    for field, value in (("status", status), ("category", category), ("language", language), ("channel", channel)):
        if value:
            requests = requests.filter(**{field: value})
    if query.strip():
        requests = requests.filter(text_matches(query))
    if tab in ("mine", "near_breach", "unassigned"):
        return requests.order_by("resolution_due", "id")
    return requests.order_by("-created_at", "-id")


def flag(service_request: ServiceRequest, now=None) -> str:
    """ "breached", "near" or "" for a row of the inbox: its targets against the clock, for a running request."""
    now = now or timezone.now()
    if service_request.status not in RUNNING_STATUSES:
        return ""
    unanswered = service_request.first_responded_at is None
    if service_request.resolution_due < now or (unanswered and service_request.first_response_due < now):
        return "breached"
    if service_request.resolution_warn_at <= now or (unanswered and service_request.first_response_warn_at <= now):
        return "near"
    return ""


def _opened(actor, obj, service_request, request):
    """`obj` (a request, or one of its files) as found for `actor`: 404 when not found, else audited as a view."""
    if obj is None:
        raise Http404
    audit_record(
        actor=actor, action=AuditEvent.Action.VIEW, obj=obj, station_id=service_request.station_id, request=request
    )
    return obj


def own_requests(user) -> QuerySet[ServiceRequest]:
    """The requests of the resident whose account `user` is: what the portal shows, to them and to nobody else."""
    if not user.is_authenticated:
        return ServiceRequest.objects.none()
    return ServiceRequest.objects.filter(resident__user=user)


def request_get(*, actor, pk, own: bool = False, request=None) -> ServiceRequest:
    """Open one request: 404 unless visible to `actor` (with `own`, unless it is the actor's own, as on the
    portal); every opening is audited."""
    pk = database_id(pk)
    service_request = (
        (own_requests(actor) if own else requests_visible_to(actor))
        .select_related("resident", "station", "assignee__staff_profile", "merged_into")
        .filter(pk=pk)
        .first()
        if pk is not None
        else None
    )
    return _opened(actor, service_request, service_request, request)


def thread_of(*, actor, service_request: ServiceRequest) -> list[Message]:
    """The request's thread as `actor` may read it: staff see the internal notes, the resident never does."""
    messages = service_request.messages.select_related("author__staff_profile").prefetch_related("attachments")
    if staff_profile(actor) is None:
        messages = messages.exclude(kind=Message.Kind.NOTE)
    return list(messages)


def request_attachments(*, service_request: ServiceRequest) -> list[RequestAttachment]:
    """The files sent with the request itself (those sent with a message are on the message)."""
    return list(service_request.attachments.filter(message__isnull=True))


def attachment_get(*, actor, pk, own: bool = False, request=None) -> RequestAttachment:
    """One attachment for a viewer who may see its request (with `own`, only their own request's), and not one of
    an internal note to a resident."""
    pk = database_id(pk)
    visible = own_requests(actor) if own else requests_visible_to(actor)
    attachments = RequestAttachment.objects.select_related("request").filter(request__in=visible, pk=pk)
    if staff_profile(actor) is None:
        attachments = attachments.exclude(message__kind=Message.Kind.NOTE)
    attachment = attachments.first() if pk is not None else None
    return _opened(actor, attachment, attachment and attachment.request, request)


def canned_replies_for(*, actor, language: str) -> list[CannedReply]:
    """The station's canned replies in `language` (the resident's), for the officer to choose from."""
    profile = staff_profile(actor)
    if profile is None or profile.role not in CASEWORK_ROLES:
        return []
    primary = language.split("-")[0]
    return list(
        CannedReply.objects.filter(station_id=profile.station_id)
        .filter(Q(language=language) | Q(language=primary))
        .order_by("title", "id")
    )


def canned_replies_of_station(*, actor) -> QuerySet[CannedReply]:
    profile = staff_profile(actor)
    if profile is None or profile.role not in CASEWORK_ROLES:
        return CannedReply.objects.none()
    return CannedReply.objects.filter(station_id=profile.station_id).order_by("language", "title", "id")


def caseworkers_of(*, actor) -> list[StaffProfile]:
    """The station's caseworkers a request can be handed to."""
    profile = staff_profile(actor)
    if profile is None or profile.role not in CASEWORK_ROLES:
        return []
    return list(
        StaffProfile.objects.filter(station_id=profile.station_id, role__in=CASEWORK_ROLES, user__is_active=True)
        .select_related("user")
        .order_by("display_name")
    )


def merge_candidates(*, actor, service_request: ServiceRequest) -> list[ServiceRequest]:
    """The resident's other open requests, which a duplicate may be merged into."""
    return list(
        requests_visible_to(actor)
        .filter(resident_id=service_request.resident_id, status__in=OPEN_STATUSES)
        .exclude(pk=service_request.pk)
        .only("pk", "subject", "created_at")
        .order_by("-created_at")
    )


def my_requests(*, actor) -> QuerySet[ServiceRequest]:
    """A resident's own requests, the newest first."""
    return own_requests(actor).defer("text", "search_text").order_by("-created_at", "-id")


START_PAGE_FIELDS = (
    "subject", "status", "resident", "first_responded_at", "first_response_due", "first_response_warn_at",
    "resolution_due", "resolution_warn_at", "resident__surname", "resident__given_names",
)  # fmt: skip


def start_page_requests(*, actor, limit: int) -> dict:
    """The start page's lists: the officer's open requests and the station's near breach, nearest due first."""
    now = timezone.now()
    # Only what the rows print and flag() reads: a resident's record alone is some forty columns.
    requests = requests_visible_to(actor).select_related("resident").only(*START_PAGE_FIELDS)
    mine = requests.filter(_tab("mine", actor, now)).order_by("resolution_due", "id")
    near = requests.filter(_near_breach(now)).order_by("resolution_due", "id")
    return {"mine": list(mine[: limit + 1]), "near_breach": list(near[: limit + 1])}
