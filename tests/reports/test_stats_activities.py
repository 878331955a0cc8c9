"""`lianyang stats` counts the activities (upcoming and past), the sign-ups by status and the pairings by status."""

import datetime

import pytest
from django.utils import timezone

from lianyang.activities.events.services import enrolment_signup
from tests.activities.activity_factories import make_activity, make_participant
from tests.activities.pairing_factories import (  # noqa: F401 (the silva fixture)
    make_active_pairing,
    make_host,
    make_offer,
    make_wish,
    silva_fixture,
)
from tests.factories import make_staff
from tests.reports.test_stats_casework import stats

pytestmark = pytest.mark.django_db


def test_activities_enrolments_and_pairings_are_counted(station_a, silva):
    officer = make_staff(station_a, "officer")
    small = make_activity(station_a, officer=officer, capacity=1)
    make_activity(station_a, officer=officer, days_ahead=14)
    yesterday = timezone.now() - datetime.timedelta(days=1)
    make_activity(
        station_a, officer=officer, starts_at=yesterday, ends_at=yesterday + datetime.timedelta(hours=2),
        signup_opens_at=yesterday - datetime.timedelta(days=7), signup_closes_at=yesterday,
    )  # fmt: skip
    for index in range(2):
        enrolment_signup(actor=make_participant(station_a, 10 + index), activity=small)
    make_active_pairing(officer, make_offer(make_host(station_a)), make_wish(silva))

    counts = stats()
    assert counts["activities"] == {"count": 3, "upcoming": 2, "past": 1}
    assert counts["enrolments_by_status"] == {
        "confirmed": 1, "waitlisted": 1, "offered": 0, "cancelled": 0, "attended": 0, "no_show": 0,
    }  # fmt: skip
    assert counts["pairings_by_status"] == {
        "proposed": 0, "sent": 0, "accepted": 0, "declined": 0, "active": 1, "ended": 0,
    }  # fmt: skip


def test_nothing_yet_counts_zero(db):
    counts = stats()
    assert counts["activities"] == {"count": 0, "upcoming": 0, "past": 0}
    assert set(counts["enrolments_by_status"].values()) == {0}
    assert set(counts["pairings_by_status"].values()) == {0}
