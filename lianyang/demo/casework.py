"""The demo station's casework: a year of service requests in every state, and a year of home visits.

Requests are routed as the routing service would (casework/requests/routing.py: a caseworker who speaks the
request's language, the best speakers taking turns) and timed by the station's working clock and service levels
(casework/levels), then written in a few bulk INSERTs, the way the visit planner writes a week: most are answered
and closed in time, some late, some wait for the resident, a few are merged duplicates. Visits follow the
station's policies (casework/models/visits.py): most households were met within their interval, some are overdue,
and this week's visits are planned through the planner's service.
"""

import contextlib
import datetime
import random
from collections import defaultdict

from django.core.exceptions import ValidationError
from django.utils import timezone

from lianyang.accounts.models import Role, StaffProfile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.casework.levels.clock import clock_for
from lianyang.casework.levels.selectors import service_levels_for
from lianyang.casework.models import DEFAULT_INTERVALS, HouseholdKind, Message, ServiceRequest, Visit
from lianyang.casework.requests.routing import speakers_of
from lianyang.casework.requests.search import text_key
from lianyang.casework.requests.services import canned_reply_create
from lianyang.casework.visits.selectors import week_of
from lianyang.casework.visits.services import visit_plan_accept
from lianyang.people.models import Resident

from .casetexts import CANNED, DUPLICATE_NOTE, NOTES, REPLIES, REQUESTS, THANKS, VISIT_NOTES

Status = ServiceRequest.Status
# Requests a year per 1,000 residents, and the share of closed ones that missed a target.
REQUESTS_PER_THOUSAND = 400
LATE_SHARE = 0.1
RECENT_SHARE = 0.1
CHANNELS = [("portal", 50), ("walk_in", 20), ("phone", 12), ("wechat", 12), ("email", 6)]


class Router:
    """The caseworkers a request in each language goes to: the best speakers, in turn (the routing service's
    choice, with the load spread as it would be over a year)."""

    def __init__(self, station, head_user_id):
        self.station, self.head = station, head_user_id
        self.turns: dict[str, list[int]] = {}
        self.count = defaultdict(int)

    def assignee(self, language: str) -> int | None:
        if language not in self.turns:
            speakers = speakers_of(station=self.station, language=language)
            best = [row[3] for row in speakers if row[0] == speakers[0][0]] if speakers else []
            self.turns[language] = best or [self.head]
        users = self.turns[language]
        self.count[language] += 1
        return users[self.count[language] % len(users)]


def _fate(rng: random.Random, age_days: float) -> str:
    if age_days < 1.5:
        return "new"
    if age_days < 6:
        return rng.choices(["late_new", "open", "waiting"], [2, 5, 3])[0]
    if age_days < 20:
        return rng.choices(["open", "waiting", "closed"], [3, 2, 5])[0]
    return rng.choices(["closed", "merged"], [94, 6])[0]


def _duplicate(rng: random.Random, original: ServiceRequest, now) -> tuple[ServiceRequest, list]:
    """The same question asked again by phone a few hours later, merged into the first by the officer."""
    asked = min(original.created_at + datetime.timedelta(hours=rng.uniform(1, 5)), now - datetime.timedelta(hours=1))
    fields = ["station", "resident_id", "category", "language", "subject", "text", "assignee_id", "search_text"]
    fields += ["first_response_due", "resolution_due", "first_response_warn_at", "resolution_warn_at"]
    duplicate = ServiceRequest(channel="phone", status=Status.MERGED, merged_into=original,
                               **{field: getattr(original, field) for field in fields})  # fmt: skip
    duplicate.created_at = asked
    duplicate.closed_at = duplicate.updated_at = asked + datetime.timedelta(minutes=rng.randint(10, 90))
    return duplicate, [(Message.Kind.NOTE, DUPLICATE_NOTE, duplicate.closed_at)]


def request_age(rng: random.Random, user_id) -> float:
    """Days since a request was asked: the portal residents asked this week; one request in ten is of the last
    fortnight (the inbox is busy), the others spread over the year."""
    return rng.uniform(0.2, 8) if user_id else rng.uniform(0.05, 14 if rng.random() < RECENT_SHARE else 365)


def request_planned(rng: random.Random, asker, *, now, clock, levels, router, age=request_age) -> list[tuple]:
    """One resident's request (`asker`: their id, preferred language and account) as its life went by its age
    (`_fate`), timed by the station's working clock and service levels, with its thread: [(request, thread)], and
    after a merged request its duplicate. Nothing is saved (see `requests_write`)."""
    pk, language, user_id = asker
    channels, weights = zip(*CHANNELS, strict=True)
    language = language if language in REQUESTS else "en"
    category = rng.choice(list(REQUESTS[language]))
    subject, text = rng.choice(REQUESTS[language][category])
    age = age(rng, user_id)
    created = now - datetime.timedelta(days=age)
    level = levels[category]
    first, resolution = level.first_response_minutes, level.resolution_minutes
    fate = _fate(rng, age)
    late = fate in {"closed", "merged"} and rng.random() < LATE_SHARE
    request = ServiceRequest(
        station=router.station, resident_id=pk, category=category, language=language, subject=subject, text=text,
        channel="portal" if user_id else rng.choices(channels, weights)[0], assignee_id=router.assignee(language),
        search_text=text_key(subject, text),
        first_response_due=clock.add(created, first), resolution_due=clock.add(created, resolution),
        first_response_warn_at=clock.add(created, first * level.warn_percent // 100),
        resolution_warn_at=clock.add(created, resolution * level.warn_percent // 100),
    )  # fmt: skip
    request.created_at = created
    thread = []
    if fate not in {"new", "late_new"}:
        answered = clock.add(created, round(first * rng.uniform(1.2, 3) if late else first * rng.uniform(0.1, 0.8)))
        request.first_responded_at = min(answered, now - datetime.timedelta(minutes=5))
        request.status = Status.OPEN
        thread.append((Message.Kind.REPLY, REPLIES[language][fate == "waiting"], request.first_responded_at))
        if rng.random() < 0.3:
            thread.append((Message.Kind.NOTE, rng.choice(NOTES), request.first_responded_at))
    if fate == "waiting":
        request.status, request.paused_at = Status.WAITING, request.first_responded_at
    if fate in {"closed", "merged"}:
        share = rng.uniform(1.05, 1.6) if late else rng.uniform(0.2, 0.9)
        closed = min(clock.add(created, round(resolution * share)), now - datetime.timedelta(minutes=1))
        request.closed_at = max(closed, request.first_responded_at)
        request.status = Status.CLOSED
        thread.append((Message.Kind.RESIDENT, THANKS[language], request.closed_at))
        if rng.random() < 0.6:
            request.rating = rng.choices([5, 4, 3, 2, 1], [55, 28, 10, 4, 3])[0]
    request.updated_at = request.closed_at or request.first_responded_at or created
    planned = [(request, thread)]
    if fate == "merged":
        planned.append(_duplicate(rng, request, now))
    return planned


@contextlib.contextmanager
def times_as_given(*models):
    """While open, bulk_create keeps the created and updated times set on the rows (a history written afterwards)
    instead of stamping the moment of writing (`auto_now_add`, `auto_now`)."""
    fields = [field for model in models for field in model._meta.concrete_fields if hasattr(field, "auto_now_add")]
    kept = [(field, field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in kept:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def requests_write(plans: list[tuple], *, batch_size: int = 1000) -> int:
    """The planned requests and their threads in a few bulk INSERTs, with the times they happened: the requests,
    then the duplicates merged into them (which point to their ids), then every thread's messages."""
    originals = [request for request, _thread in plans if request.status != Status.MERGED]
    duplicates = [request for request, _thread in plans if request.status == Status.MERGED]
    messages = []
    for request, thread in plans:
        for kind, body, at in thread:
            author = None if kind == Message.Kind.RESIDENT else request.assignee_id
            messages.append(Message(request=request, author_id=author, kind=kind, body=body, created_at=at))
    with times_as_given(ServiceRequest, Message):
        ServiceRequest.objects.bulk_create(originals, batch_size=batch_size)
        ServiceRequest.objects.bulk_create(duplicates, batch_size=batch_size)
        Message.objects.bulk_create(messages, batch_size=batch_size)
    return len(plans)


def requests_add(rng: random.Random, *, station, head) -> int:
    """A year of requests for the station's residents, their threads, and the station's canned replies."""
    now = timezone.now()
    clock, levels = clock_for(station), service_levels_for(station=station)
    router = Router(station, head.pk)
    residents = list(
        Resident.objects.filter(station=station, status=Resident.Status.ACTIVE)
        .order_by("pk")
        .values_list("pk", "preferred_language", "user_id")
    )
    if not residents:
        return 0
    askers = [r for r in residents if r[2]] + rng.sample(
        residents, min(len(residents), len(residents) * REQUESTS_PER_THOUSAND // 1000)
    )
    plans = []
    for asker in askers:
        plans += request_planned(rng, asker, now=now, clock=clock, levels=levels, router=router)
    created = requests_write(plans, batch_size=500)
    _history_audited(head, station, "casework.request", ["category", "channel", "text", "assignee", "messages"])
    canned_replies_add(station, router)
    return created


def canned_replies_add(station, router: Router) -> None:
    """The station's ready answers, each written by a caseworker who speaks its language."""
    for language, replies in CANNED.items():
        author = router.assignee(language)
        if author is None or not speakers_of(station=station, language=language):
            continue
        user = StaffProfile.objects.get(user_id=author).user
        for category, title, body in replies:
            canned_reply_create(actor=user, language=language, title=title, body=body, category=category)


def _history_audited(head, station, object_type: str, fields: list[str]) -> None:
    """The year written in bulk is one event in the audit log, as a week's plan is (casework/visits/services.py)."""
    audit_record(actor=head, action=AuditEvent.Action.CREATE, object_type=object_type, object_id="demo history",
                 station_id=station.pk, fields=fields)  # fmt: skip


def visits_add(rng: random.Random, *, station, head) -> int:
    """A year of visits to the station's households near the policies (most within their interval, about one in
    eight overdue), then this week's visits planned as an officer would accept the planner's proposal."""
    today = timezone.localdate()
    officers = list(
        StaffProfile.objects.filter(station=station, role__in=[Role.HEAD, Role.OFFICER]).prefetch_related("languages")
    )
    speakers = defaultdict(list)
    for profile in officers:
        for language in profile.languages.all():
            speakers[language.language].append(profile.pk)
    members = defaultdict(list)
    rows = Resident.objects.filter(station=station, status=Resident.Status.ACTIVE, household__isnull=False)
    for household, arrival, attention, language in rows.values_list(
        "household_id", "arrival_date", "needs_attention", "preferred_language"
    ):
        members[household].append((arrival, attention, language))
    visits = []
    for household, people in members.items():
        arrived = max((a for a, _at, _l in people if a), default=today - datetime.timedelta(days=900))
        kind = HouseholdKind.ATTENTION if any(at for _a, at, _l in people) else HouseholdKind.ROUTINE
        if (today - arrived).days <= DEFAULT_INTERVALS[HouseholdKind.NEW_ARRIVAL]:
            continue  # just arrived: the planner welcomes them this week
        interval = DEFAULT_INTERVALS[kind]
        staff = rng.choice(speakers.get(people[0][2]) or [officers[0].pk])
        overdue = rng.random() < 0.12
        last = today - datetime.timedelta(
            days=round(interval * (rng.uniform(1.1, 1.8) if overdue else rng.uniform(0.05, 0.95)))
        )
        day = last
        while day >= max(arrived, today - datetime.timedelta(days=365)):
            outcome = rng.choices(["met", "not_home", "declined"], [85, 12, 3])[0] if day != last else "met"
            at = timezone.make_aware(
                datetime.datetime.combine(day, datetime.time(rng.randint(9, 16), rng.choice([0, 30])))
            )
            visits.append(Visit(
                station=station, household_id=household, staff_id=staff, planned_on=day, outcome=outcome,
                purpose=Visit.Purpose.ATTENTION if kind == HouseholdKind.ATTENTION else Visit.Purpose.ROUTINE,
                notes=rng.choice(VISIT_NOTES[outcome]), visited_at=at,
            ))  # fmt: skip
            day -= datetime.timedelta(days=round(interval * rng.uniform(0.7, 1.0)))
    Visit.objects.bulk_create(visits, batch_size=1000)
    _history_audited(head, station, "casework.visit", ["household", "planned_on", "staff", "outcome", "notes"])
    with contextlib.suppress(ValidationError):  # nobody comes due this week
        visit_plan_accept(actor=head, week_start=week_of(today))
    return len(visits)
