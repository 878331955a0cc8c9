"""The residents an incremental pass reads: those with a changed row, and those whose dates the calendar reached."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from lianyang.people.models import Resident
from lianyang.people.services import resident_update
from lianyang.registration.news import residents_with_news
from tests.factories import days_from_today, make_permit, make_resident


def _days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.mark.django_db
def test_a_changed_resident_has_news_and_an_unchanged_one_none(station_a):
    with time_machine.travel(_days_ago(3)):
        quiet = make_resident(station_a, 0)
        changed = make_resident(station_a, 1)
    resident_update(actor=None, resident=changed, employer="Pudong Robotics Ltd.")
    assert residents_with_news(_days_ago(1), timezone.now()) == {changed.pk}
    assert quiet.pk in residents_with_news(_days_ago(4), timezone.now())


@pytest.mark.django_db
def test_dates_the_calendar_reached_since_the_watermark_are_news_without_any_change(station_a):
    yesterday, long_ago, in_force = days_from_today(-1), days_from_today(-400), days_from_today(-300)
    within_45, within_60_before = days_from_today(44), days_from_today(50)
    with time_machine.travel(_days_ago(100)):
        arriving = make_resident(station_a, 0)
        expiring = make_resident(station_a, 1, arrival_date=long_ago)
        make_permit(expiring, valid_from=in_force, valid_until=within_45)
        later = make_resident(station_a, 2, arrival_date=long_ago)
        make_permit(later, number="RP0099999", valid_from=in_force, valid_until=within_60_before)
    Resident.objects.filter(pk=arriving.pk).update(arrival_date=yesterday)  # as written long ago, no updated_at
    since = _days_ago(2)
    assert residents_with_news(since, timezone.now()) == {arriving.pk}
    assert residents_with_news(since, timezone.now(), days_ahead=(60, 45, 30)) == {arriving.pk, expiring.pk}
    # The pass that set the watermark judged its own day: a later pass the same day finds no dates.
    assert residents_with_news(timezone.now(), timezone.now(), days_ahead=(60, 45, 30)) == set()
