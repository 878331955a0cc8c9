"""The planner, the officer's day, a household's visits and the coverage run the same number of queries for 5
households (or visits) and for 50: the station is read in bulk, never a household at a time."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lianyang.casework.visits.selectors import visit_proposal, week_of
from tests.factories import make_household, make_staff, make_station, make_visit


def _queries(client, url, params=None) -> tuple[int, str]:
    client.get(url, params)  # the first request fills the session and the caches, as on a working server
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(context.captured_queries), "\n".join(query["sql"] for query in context.captured_queries)


def _households(station, officer, start: int, end: int) -> list:
    """Households at rooms start..end-1, of every kind: new arrivals, long met, needing attention, planned today."""
    today = timezone.localdate()
    households = []
    for index in range(start, end):
        household = make_household(
            station,
            index,
            first=index,
            members=1 + index % 2,
            arrival_date=today - datetime.timedelta(days=3 if index % 3 == 0 else 400),
            attention_reasons=["illness"] if index % 4 == 1 else [],
            preferred_language=("en", "ja", "ko")[index % 3],
        )
        if index % 3 == 1:
            make_visit(household, officer, days_ago=100)
        if index % 3 == 2:
            make_visit(household, officer, outcome="")
        households.append(household)
    return households


@pytest.fixture
def big_station(db):
    return make_station("Big", rooms=50)


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["casework:visits_plan", "casework:visits_day", "casework:visits_coverage"])
def test_station_pages_query_count_is_independent_of_households(client_for, big_station, page):
    head = make_staff(big_station, "head")
    client = client_for(head)
    url = reverse(page)
    _households(big_station, head, 0, 5)
    small, _ = _queries(client, url)
    _households(big_station, head, 5, 50)
    large, sql = _queries(client, url)
    assert small == large, sql
    assert large <= 15, sql


@pytest.mark.django_db
def test_household_history_query_count_is_independent_of_visits(client_for, big_station):
    officer = make_staff(big_station, "officer")
    household = make_household(big_station, 0, members=2)
    client = client_for(officer)
    url = reverse("casework:visits_household", args=[household.pk])
    for days_ago in range(5):
        make_visit(household, officer, days_ago=400 - days_ago)
    small, _ = _queries(client, url)
    for days_ago in range(5, 50):
        make_visit(household, officer, days_ago=400 - days_ago)
    large, sql = _queries(client, url)
    assert small == large, sql


@pytest.mark.django_db
def test_week_proposal_reads_the_station_in_seven_queries_for_5_households_as_for_50(
    big_station, django_assert_num_queries
):
    head = make_staff(big_station, "head")
    make_staff(big_station, "officer", languages={"ko": "native", "ja": "fluent"})
    make_staff(big_station, "officer", languages={"en": "working"})
    week = week_of(timezone.localdate())
    _households(big_station, head, 0, 5)
    with django_assert_num_queries(7):
        small = visit_proposal(actor=head, week_start=week)
    _households(big_station, head, 5, 50)
    with django_assert_num_queries(7):
        large = visit_proposal(actor=head, week_start=week)
    assert 0 < len(small) < len(large)
