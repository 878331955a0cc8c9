"""The registry of measured pages: one `Page` each, with the floor's one essential query.

A later feature adds its page with one line in PAGES. `url` and `data` are formatted with the context
(bench/context.py: the busiest station, its staff, a resident, names that exist, ...); `floor` takes the same
context (as strings) and returns the rows of the page's essential indexed query, which the floor view
(bench/urls.py) renders with a minimal template on the same server.
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils import timezone

from lianyang.activities.models import Activity
from lianyang.casework.models import OPEN_STATUSES as OPEN_REQUESTS
from lianyang.casework.models import RUNNING_STATUSES, Message, ServiceRequest
from lianyang.casework.requests.search import text_matches
from lianyang.civic.models import CampaignTally, WasteItem
from lianyang.core.names import query_keys
from lianyang.notify.models import Notification
from lianyang.people.models import IdentityDocument, Permit, Resident
from lianyang.publishing.models import HandbookEntry, Notice
from lianyang.registration.models import OPEN_STATUSES, AccommodationRegistration, PoliceBatch

# p95 targets with 8 clients at city scale (issue 4); the nation's is 300 ms for every page.
TARGET_MS = {"staff": 150, "portal": 100, "search": 50}
NATION_TARGET_MS = 300


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    role: str  # whose session: "head", "officer" (the most open requests), "liaison", "resident", "asker" (requests)
    floor: Callable[[dict], object]
    kind: str = "staff"  # staff | portal | search: which target applies
    method: str = "GET"
    data: str = ""  # the POST body (url-encoded), formatted like `url`


def _residents(c, **filters):
    rows = Resident.objects.filter(station_id=c["station"], **filters).order_by("surname", "given_names", "id")
    return rows.values_list("id", "surname", "given_names", "nationality")[:50]


def _search(c, q):
    return _residents(c, search_key__contains=query_keys(c[q])[0])


def _expiring(c):
    permits = Permit.objects.filter(valid_until__gte=c["today"], valid_until__lte=c["in_30_days"])
    return _residents(c, id__in=permits.values("resident_id"))


def _registrations(c):
    rows = AccommodationRegistration.objects.filter(station_id=c["station"], status__in=OPEN_STATUSES)
    return rows.order_by("deadline_at", "id").values_list("id", "reference", "resident__surname", "deadline_at")[:50]


def _open_by_status(c):
    rows = AccommodationRegistration.objects.filter(station_id=c["station"], status__in=OPEN_STATUSES)
    return rows.values("status").annotate(count=Count("id")).values_list("status", "count")


def _own_registrations(c, **filters):
    rows = AccommodationRegistration.objects.filter(resident__user_id=c["portal_user"], **filters)
    return rows.order_by("-created_at", "-id").values_list("id", "reference", "status", "deadline_at")[:50]


def _inbox(c, *conditions, order=("-created_at", "-id"), **filters):
    rows = ServiceRequest.objects.filter(*conditions, station_id=c["station"], **filters).order_by(*order)
    return rows.values_list("id", "subject", "resident__surname", "resolution_due")[:50]


def _near_breach(c):
    now = timezone.now()
    warned = Q(first_responded_at__isnull=True, first_response_warn_at__lte=now) | Q(resolution_warn_at__lte=now)
    return _inbox(c, warned, status__in=RUNNING_STATUSES, order=("resolution_due", "id"))


def _thread(c, pk, **excluded):
    return Message.objects.filter(request_id=c[pk]).exclude(**excluded).values_list("id", "kind", "body")


def _own_requests(c):
    rows = ServiceRequest.objects.filter(resident__user_id=c["asker"]).order_by("-created_at", "-id")
    return rows.values_list("id", "subject", "status", "created_at")[:20]


def _coming_activities(c):
    rows = Activity.objects.filter(station_id=c["activity_station"], starts_at__gt=timezone.now())
    return rows.order_by("starts_at", "id").values_list("id", "venue", "starts_at", "capacity")[:50]


def _board(c):
    now = timezone.now()
    rows = Notice.objects.filter(station_id=c["activity_station"], published_at__isnull=False, shown_from__lte=now)
    rows = rows.filter(Q(shown_until__isnull=True) | Q(shown_until__gt=now), area__isnull=True, compound__isnull=True)
    return rows.order_by("-pinned", "-shown_from").values_list("id", "translations__title")[:100]


def _handbook_search(c):
    rows = HandbookEntry._parler_meta.root_model.objects.filter(
        master__section__station_id=c["activity_station"], body__contains=HANDBOOK_QUERY
    )
    return rows.values_list("master_id", "title")[:30]


def _waste_item(key: str):
    """The guide's search reads no table (an index in memory): the floor reads the item it finds, by key."""
    return lambda c: WasteItem.objects.filter(key=key).values_list("key", "category", "how", "names")


# The waste guide is searched as residents type: Japanese by a synonym, English with typos and a plural, Chinese,
# Arabic; each answers one item, with the resident's compound's windows.
WASTE_QUERIES = (
    ("ja", "タピオカの容器", "bubble-tea-cup"),
    ("en", "bubbel tea cups", "bubble-tea-cup"),
    ("zh-hans", "香蕉皮", "banana-peel"),
    ("ar", "بطارية زر", "button-battery"),
)

# The handbook is searched in Korean for "hospital": the starting handbook has it in several entries.
HANDBOOK_QUERY = "병원"

# The portal's activities are read in Korean: a bench build's doctor's talk (as the demo's) has no Korean text yet,
# so the list takes the fallback path for it (shown in English, said so) and the others in Korean.
ACTIVITIES_LANGUAGE = "ko"

PAGES = [
    Page("start page", "/staff/", "head", _open_by_status),
    Page("residents", "/staff/residents/", "head", lambda c: _residents(c)),
    Page("residents by nationality", "/staff/residents/?nationality={nationality}", "head",
         lambda c: _residents(c, nationality=c["nationality"])),
    Page("residents expiring in 30 days", "/staff/residents/?expiring=30", "head", _expiring),
    Page("search Latin name", "/staff/residents/?q={q_latin}", "head", lambda c: _search(c, "q_latin"), "search"),
    Page("search Chinese name", "/staff/residents/?q={q_chinese}", "head", lambda c: _search(c, "q_chinese"),
         "search"),
    Page("search Korean name", "/staff/residents/?q={q_korean}", "head", lambda c: _search(c, "q_korean"), "search"),
    Page("search Cyrillic name", "/staff/residents/?q={q_cyrillic}", "head", lambda c: _search(c, "q_cyrillic"),
         "search"),
    Page("find by document number", "/staff/residents/find-by-document/", "head",
         lambda c: IdentityDocument.objects.filter(number_index=c["document_index"], resident__station_id=c["station"])
         .values_list("resident_id", "resident__surname"), "search", "POST",
         "csrfmiddlewaretoken={csrf}&number={document_number}"),
    Page("resident detail", "/staff/residents/{resident}/", "head",
         lambda c: Resident.objects.filter(pk=c["resident"]).values_list("id", "surname", "given_names")),
    Page("registration queue", "/staff/registrations/", "head", _registrations),
    Page("verification page", "/staff/registrations/{registration}/", "head",
         lambda c: AccommodationRegistration.objects.filter(pk=c["registration"]).values_list("id", "reference")),
    Page("police batches", "/staff/registrations/batches/", "liaison",
         lambda c: PoliceBatch.objects.filter(station_id=c["station"]).values_list("id", "reference")[:50]),
    Page("portal home", "/en/", "resident",
         lambda c: get_user_model().objects.filter(pk=c["portal_user"]).values_list("id", "username"), "portal"),
    Page("portal my stays", "/en/stay/", "resident", lambda c: _own_registrations(c), "portal"),
    Page("portal registration status", "/en/stay/{reference}/", "resident",
         lambda c: _own_registrations(c, reference=c["reference"]), "portal"),
    Page("portal inbox", "/en/stay/inbox/", "resident",
         lambda c: Notification.objects.filter(resident__user_id=c["portal_user"], channel="portal", status="sent")
         .order_by("-created_at", "-id").values_list("id", "subject")[:20], "portal"),
    Page("portal my data", "/en/my-data/", "resident",
         lambda c: Resident.objects.filter(user_id=c["portal_user"]).values_list("id", "surname"), "portal"),
    Page("casework inbox", "/staff/casework/requests/", "officer",
         lambda c: _inbox(c, assignee_id=c["officer"], status__in=OPEN_REQUESTS, order=("resolution_due", "id"))),
    Page("casework inbox all", "/staff/casework/requests/?tab=all", "officer", lambda c: _inbox(c)),
    Page("casework inbox near breach", "/staff/casework/requests/?tab=near_breach", "officer", _near_breach),
    Page("casework inbox search", "/staff/casework/requests/?tab=all&q={q_request}", "officer",
         lambda c: _inbox(c, text_matches(c["q_request"]))),
    Page("request thread", "/staff/casework/requests/{officer_request}/", "officer",
         lambda c: _thread(c, "officer_request")),
    Page("portal my requests", "/en/requests/", "asker", _own_requests, "portal"),
    Page("portal request", "/en/requests/{own_request}/", "asker",
         lambda c: _thread(c, "own_request", kind=Message.Kind.NOTE), "portal"),
    Page("portal activities", f"/{ACTIVITIES_LANGUAGE}/activities/", "resident", _coming_activities, "portal"),
    Page("portal activity", f"/{ACTIVITIES_LANGUAGE}/activities/{{activity}}/", "resident",
         lambda c: Activity.objects.filter(pk=c["activity"]).values_list("id", "venue", "starts_at", "capacity"),
         "portal"),
    Page("portal board", "/ja/board/", "resident", _board, "portal"),
    Page("portal handbook search", f"/ko/handbook/?q={quote(HANDBOOK_QUERY)}", "resident", _handbook_search,
         "portal"),
    *(Page(f"portal waste search {language}", f"/{language}/waste/?q={quote(query)}", "resident", _waste_item(key),
           "search") for language, query, key in WASTE_QUERIES),
    Page("campaign coverage", "/staff/civic/campaigns/{campaign}/", "head",
         lambda c: CampaignTally.objects.filter(campaign_id=c["campaign"]).values_list("key", "status", "households")),
]  # fmt: skip
BY_SLUG = {page.name.replace(" ", "-"): page for page in PAGES}


def slug(page: Page) -> str:
    return page.name.replace(" ", "-")


def target_ms(page: Page, scale: str) -> int:
    return NATION_TARGET_MS if scale == "nation" else TARGET_MS[page.kind]
