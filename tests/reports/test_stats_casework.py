"""`lianyang stats` counts the casework: requests by status, those that missed a service level, visits by outcome
and the share of households visited within their policy."""

import datetime
import json
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from lianyang.casework.requests.services import request_close, request_merge, request_reply, request_wait
from tests.factories import make_household, make_service_request, make_staff, make_visit

pytestmark = pytest.mark.django_db


def stats() -> dict:
    out = StringIO()
    call_command("stats", "--json", stdout=out)
    return json.loads(out.getvalue())


def days_ago(days: int):
    return time_machine.travel(timezone.now() - datetime.timedelta(days=days))


def test_requests_by_status_and_breached(station_a, resident_a):
    officer = make_staff(station_a, "officer", languages={"en": "fluent", "zh-hans": "native"})
    ask = {"actor": officer, "language": "en"}
    in_time = make_service_request(resident_a, **ask)
    request_reply(actor=officer, service_request=in_time, body="Here is how.")
    request_close(actor=officer, service_request=in_time)
    waiting = make_service_request(resident_a, **ask)
    request_reply(actor=officer, service_request=waiting, body="Please send your lease.")
    request_wait(actor=officer, service_request=waiting)
    with days_ago(30):
        unanswered = make_service_request(resident_a, **ask)
        duplicate = make_service_request(resident_a, **ask)
        answered_late = make_service_request(resident_a, **ask)
    request_merge(actor=officer, service_request=duplicate, into=unanswered)
    request_reply(actor=officer, service_request=answered_late, body="Sorry for the wait.")
    request_close(actor=officer, service_request=answered_late)

    counts = stats()
    assert counts["requests_by_status"] == {"new": 1, "open": 0, "waiting": 1, "closed": 2, "merged": 1}
    assert counts["requests"] == 5
    # The request never answered and the one answered a month late; not the merged duplicate, not the waiting one.
    assert counts["requests_breached"] == 2


def test_visits_by_outcome_and_coverage(station_a):
    officer = make_staff(station_a, "officer", languages={"en": "fluent", "zh-hans": "native"})
    make_staff(station_a, "head", languages={"en": "fluent", "zh-hans": "native"})
    arrived = {"arrival_date": timezone.localdate() - datetime.timedelta(days=400)}
    recent, overdue, later = (make_household(station_a, i, first=10 * i, **arrived) for i in range(3))
    make_visit(recent, officer, days_ago=10)
    make_visit(overdue, officer, days_ago=200)
    make_visit(later, officer, days_ago=100, outcome="not_home")
    make_visit(later, officer, days_ago=95, outcome="declined")
    make_visit(later, officer, days_ago=0, outcome="")

    counts = stats()
    assert counts["visits_by_outcome"] == {"planned": 1, "met": 2, "not_home": 1, "declined": 1}
    assert counts["visit_coverage"] == pytest.approx(100 / 3, abs=0.05)  # only the household met 10 days ago


def test_no_household_counts_as_full_coverage(db):
    counts = stats()
    assert counts["visit_coverage"] == 100.0
    assert counts["requests_breached"] == 0
