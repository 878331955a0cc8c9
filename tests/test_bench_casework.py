"""The bench's casework build at a tiny scale: a year of requests in every status, routed to a speaker of their
language, timed exactly by the station's working clock, with threads at the times they happened; visit policies
and a visit history; a kept build without casework is found; and next month's visits are planned and rolled back."""

import datetime

import pytest
from django.utils import timezone

from bench.casework import PORTAL_HISTORY, casework_write, stations_without_casework
from bench.ops import month_weeks, visit_month
from lianyang.casework.levels.clock import clock_for
from lianyang.casework.levels.selectors import service_levels_for
from lianyang.casework.models import Message, ServiceRequest, Visit, VisitPolicy
from lianyang.community.models import Station
from tests.bench_build import bench_station, built_once
from tests.factories import make_portal_account, make_station

Status = ServiceRequest.Status
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    with built_once(django_db_blocker, _build) as build:
        yield build


def _build():
    station, head, korean, households = bench_station(korean_level="working")
    portal = households[0].members.order_by("pk").first()
    make_portal_account(portal, "asker@example.com")
    written = casework_write(station, seed=7, count=900)
    return station, head, korean, portal, written


def test_a_year_of_requests_in_every_status_with_their_threads(built):
    station, _head, _korean, _portal, written = built
    requests = ServiceRequest.objects.filter(station=station)
    assert written["requests"] == requests.count() >= 900
    assert set(requests.values_list("status", flat=True)) == set(Status.values)
    now = timezone.now()
    oldest, newest = requests.order_by("created_at").first(), requests.order_by("created_at").last()
    assert now - oldest.created_at > datetime.timedelta(days=300)
    assert now - newest.created_at < datetime.timedelta(days=2)
    for request in requests.exclude(status=Status.NEW).prefetch_related("messages"):
        thread = list(request.messages.all())
        reply = next(m for m in thread if m.kind == Message.Kind.REPLY or request.status == Status.MERGED)
        assert all(message.created_at >= request.created_at for message in thread)
        if request.status == Status.MERGED:
            assert request.merged_into.resident_id == request.resident_id
            assert request.merged_into.status == Status.CLOSED
            continue
        assert (reply.author_id, reply.created_at) == (request.assignee_id, request.first_responded_at)
        if request.status == Status.CLOSED:
            assert thread[-1].kind == Message.Kind.RESIDENT and thread[-1].created_at == request.closed_at


def test_due_times_are_the_station_clock_and_service_levels(built):
    station = built[0]
    clock, levels = clock_for(station), service_levels_for(station=station)
    requests = ServiceRequest.objects.filter(station=station)
    for request in requests.exclude(status=Status.MERGED):
        level = levels[request.category]
        first, resolution, warn = level.first_response_minutes, level.resolution_minutes, level.warn_percent
        assert request.first_response_due == clock.add(request.created_at, first)
        assert request.resolution_due == clock.add(request.created_at, resolution)
        assert request.first_response_warn_at == clock.add(request.created_at, first * warn // 100)
        assert request.resolution_warn_at == clock.add(request.created_at, resolution * warn // 100)
    # A duplicate merged into the request asked first keeps that request's targets.
    targets = ("first_response_due", "resolution_due", "first_response_warn_at", "resolution_warn_at")
    for duplicate in requests.filter(status=Status.MERGED).select_related("merged_into"):
        assert [getattr(duplicate, t) for t in targets] == [getattr(duplicate.merged_into, t) for t in targets]


def test_requests_go_to_a_speaker_of_their_language_else_the_head(built):
    station, head, korean, _portal, _written = built
    by_language = dict.fromkeys(["en", "ja"], head.pk) | {"ko": korean.pk}
    rows = ServiceRequest.objects.filter(station=station).values_list("language", "assignee_id")
    assert {language for language, _assignee in rows} == set(by_language)
    assert all(assignee == by_language[language] for language, assignee in rows)


def test_the_portal_resident_has_a_history_and_the_station_policies_and_visits(built):
    station, _head, _korean, portal, written = built
    theirs = ServiceRequest.objects.filter(resident=portal)
    assert theirs.count() >= 1 + PORTAL_HISTORY
    assert theirs.filter(channel="portal").exists()
    assert VisitPolicy.objects.filter(station=station).count() == 3
    visits = Visit.objects.filter(station=station)
    assert written["visits"] == visits.exclude(outcome="").count()
    assert {"met", "not_home"} <= set(visits.values_list("outcome", flat=True))


def test_a_kept_build_without_casework_is_found(built):
    station = built[0]
    bare = make_station()
    assert list(stations_without_casework(Station.objects.all())) == [bare]
    assert station not in stations_without_casework(Station.objects.all())


def test_next_month_is_planned_week_after_week_and_rolled_back(built):
    planned_before = Visit.objects.filter(outcome="").count()
    result = visit_month()
    assert result["stations"] == 1 and result["weeks"] in (4, 5)
    assert 0 < result["planning"]["count"] <= result["proposal"]["count"]
    assert Visit.objects.filter(outcome="").count() == planned_before


@pytest.mark.parametrize(
    ("today", "weeks"),
    [("2026-11-30", ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]),
     ("2026-05-15", ["2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22", "2026-06-29"]),
     ("2026-12-31", ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"])],
)  # fmt: skip
def test_month_weeks_are_the_mondays_of_next_month(today, weeks):
    assert month_weeks(datetime.date.fromisoformat(today)) == [datetime.date.fromisoformat(w) for w in weeks]
