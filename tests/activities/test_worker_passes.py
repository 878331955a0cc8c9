"""The activities' worker passes, run as the worker runs them (one step of a fresh schedule, tasks in place),
with the clock frozen: a lapsed offer passes on, the reminder goes out the day before, no-shows after the end."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from lianyang.activities.events.services import enrolment_cancel, enrolment_signup
from lianyang.activities.models import Enrolment
from lianyang.notify.models import Notification
from tests.activities.activity_factories import make_activity, make_participant
from tests.registration.test_reminders import run_worker_once

Status = Enrolment.Status
pytestmark = pytest.mark.django_db


def test_worker_lets_the_offer_lapse_and_offers_the_seat_to_the_next(station_a):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        activity = make_activity(station_a, capacity=1, offer_hours=12, days_ahead=5)
        holder, late, next_one = (make_participant(station_a, i) for i in range(3))
        seat = enrolment_signup(actor=holder, activity=activity)[0]
        for user in (late, next_one):
            enrolment_signup(actor=user, activity=activity)
        enrolment_cancel(actor=holder, enrolment=seat)
        clock.shift(datetime.timedelta(hours=11))
        run_worker_once()
        assert Enrolment.objects.get(resident=late.resident).status == Status.OFFERED
        clock.shift(datetime.timedelta(hours=1, seconds=1))
        run_worker_once()
        assert Enrolment.objects.get(resident=late.resident).status == Status.CANCELLED
        passed = Enrolment.objects.get(resident=next_one.resident)
        assert passed.status == Status.OFFERED
        assert passed.offered_until == timezone.now() + datetime.timedelta(hours=12)
        offers = Notification.objects.filter(template="enrolment_offered", channel="portal")
        assert list(offers.values_list("resident", flat=True).order_by("id")) == [
            late.resident.pk,
            next_one.resident.pk,
        ]


def test_worker_reminds_the_day_before_and_marks_no_shows_after(station_a):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        activity = make_activity(station_a, days_ahead=3)
        user = make_participant(station_a, 0)
        enrolment = enrolment_signup(actor=user, activity=activity)[0]
        clock.move_to(activity.starts_at - datetime.timedelta(hours=23))
        run_worker_once()
        run_worker_once()
        assert Notification.objects.filter(template="enrolment_reminder", channel="portal").count() == 1
        clock.move_to(activity.ends_at + datetime.timedelta(minutes=1))
        run_worker_once()
        assert Enrolment.objects.get(pk=enrolment.pk).status == Status.NO_SHOW
