"""The station's working clock: opening hours, lunch breaks, China's holidays and make-up days, the head's days."""

import datetime
from zoneinfo import ZoneInfo

import chinese_calendar
import pytest
import time_machine
from hypothesis import given, settings
from hypothesis import strategies as st

from lianyang.casework.categories import Category
from lianyang.casework.levels.calendar import year_known
from lianyang.casework.levels.clock import WorkingClock, clock_for, week_of
from lianyang.casework.levels.selectors import service_level_of, service_levels_for, unknown_years
from lianyang.casework.models import CalendarDay, OpeningHours, ServiceLevel

SHANGHAI = ZoneInfo("Asia/Shanghai")
NATIONAL_DAY_2025 = sorted(
    day for day, name in chinese_calendar.holidays.items() if day.year == 2025 and day.month == 10
)


def at(year, month, day, hour=0, minute=0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


def default_clock() -> WorkingClock:
    return WorkingClock(week=week_of([]), days={})


def first_unknown_year() -> int:
    """The first year after the ones the installed official calendar covers (computed, not written down)."""
    year = max(day.year for day in chinese_calendar.holidays)
    assert year_known(year)
    return year + 1


def test_request_made_the_evening_before_national_day_is_due_after_the_holiday():
    assert NATIONAL_DAY_2025[0] == datetime.date(2025, 10, 1)
    clock = default_clock()
    due = clock.add(at(2025, 9, 30, 18), 8 * 60)
    # 9 October is the first day back: 450 working minutes (3 h before lunch, 4½ after), then 30 on the 10th.
    assert due == at(2025, 10, 10, 9, 30)
    assert due.date() > NATIONAL_DAY_2025[-1]
    assert all(not clock.is_working_day(day) for day in NATIONAL_DAY_2025)


def test_make_up_sunday_before_national_day_counts_as_a_working_day():
    sunday = datetime.date(2025, 9, 28)
    assert sunday.weekday() == 6 and chinese_calendar.is_workday(sunday)
    clock = default_clock()
    assert clock.is_working_day(sunday)
    assert not clock.is_working_day(datetime.date(2025, 9, 21))  # an ordinary Sunday
    # Asked on the Saturday, answered within an hour of opening on the working Sunday, on Monday's hours.
    assert clock.add(at(2025, 9, 27, 10), 60) == at(2025, 9, 28, 10)
    assert clock.between(at(2025, 9, 27, 10), at(2025, 9, 29, 9)) == 450


def test_make_up_saturday_after_national_day_counts_as_a_working_day():
    saturday = datetime.date(2025, 10, 11)
    assert saturday.weekday() == 5 and chinese_calendar.is_workday(saturday)
    clock = default_clock()
    assert clock.is_working_day(saturday)
    assert not clock.is_working_day(datetime.date(2025, 10, 18))  # an ordinary Saturday
    # Asked on Friday evening, due on the working Saturday morning rather than on Monday.
    assert clock.add(at(2025, 10, 10, 18), 60) == at(2025, 10, 11, 10)


def test_lunch_break_is_skipped():
    clock = default_clock()
    assert clock.add(at(2025, 9, 24, 11, 30), 60) == at(2025, 9, 24, 13, 30)
    assert clock.between(at(2025, 9, 24, 11, 30), at(2025, 9, 24, 13, 30)) == 60
    assert clock.between(at(2025, 9, 24, 12, 10), at(2025, 9, 24, 12, 50)) == 0


def test_a_target_reached_at_closing_time_is_due_at_closing_not_next_morning():
    assert default_clock().add(at(2025, 9, 24, 13), 270) == at(2025, 9, 24, 17, 30)


def test_no_minutes_and_reversed_moments():
    clock = default_clock()
    assert clock.add(at(2025, 9, 24, 20), 0) == at(2025, 9, 24, 20)
    assert clock.between(at(2025, 9, 25, 10), at(2025, 9, 24, 10)) == 0


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(
        min_value=datetime.datetime(2024, 1, 1),
        max_value=datetime.datetime(2028, 12, 31),
        timezones=st.just(SHANGHAI),
    ),
    minutes=st.integers(min_value=0, max_value=20_000),
)
def test_add_and_between_are_inverse(start, minutes):
    clock = default_clock()
    due = clock.add(start, minutes)
    assert due >= start
    assert clock.between(start, due) == minutes
    assert clock.add(start, clock.between(start, due + datetime.timedelta(hours=5))) <= due + datetime.timedelta(
        hours=5
    )


@pytest.mark.django_db
def test_head_override_wins_over_the_official_calendar(station_a):
    CalendarDay.objects.create(station=station_a, date=datetime.date(2025, 9, 24), kind="holiday", name="Local day")
    CalendarDay.objects.create(station=station_a, date=NATIONAL_DAY_2025[1], kind="working", name="Campaign day")
    clock = clock_for(station_a)
    assert not clock.is_working_day(datetime.date(2025, 9, 24))
    assert clock.is_working_day(NATIONAL_DAY_2025[1])
    assert clock.add(at(2025, 9, 30, 18), 60) == datetime.datetime.combine(
        NATIONAL_DAY_2025[1], datetime.time(10), SHANGHAI
    )


@pytest.mark.django_db
def test_unknown_year_falls_back_to_weekends_and_is_reported(station_a):
    year = first_unknown_year()
    assert not year_known(year)
    clock = clock_for(station_a)
    first_monday = next(
        datetime.date(year, 1, day) for day in range(1, 8) if datetime.date(year, 1, day).weekday() == 0
    )
    assert clock.is_working_day(first_monday)
    assert not clock.is_working_day(first_monday + datetime.timedelta(days=5))  # its Saturday
    # New Year's Day is a holiday every year, but the clock cannot know it yet: a weekday counts.
    new_year = datetime.date(year, 1, 1)
    assert clock.is_working_day(new_year) == (new_year.weekday() < 5)
    with time_machine.travel(datetime.datetime(year, 3, 1, 10, tzinfo=SHANGHAI), tick=False):
        assert year in unknown_years(station=station_a)
        CalendarDay.objects.create(station=station_a, date=new_year, kind="holiday", name="New Year's Day")
        assert year not in unknown_years(station=station_a)
    assert not clock_for(station_a).is_working_day(new_year)


@pytest.mark.django_db
def test_known_year_is_not_reported(station_a):
    with time_machine.travel(datetime.datetime(2025, 3, 1, 10, tzinfo=SHANGHAI), tick=False):
        assert unknown_years(station=station_a) == [y for y in (2026,) if not year_known(y)]


@pytest.mark.django_db
def test_station_week_replaces_the_default_and_closed_days_stay_closed(station_a):
    OpeningHours.objects.create(station=station_a, weekday=2, opens=datetime.time(8), closes=datetime.time(11))
    OpeningHours.objects.create(station=station_a, weekday=5, opens=datetime.time(9), closes=datetime.time(12))
    clock = clock_for(station_a)
    assert not clock.is_working_day(datetime.date(2025, 9, 22))  # Monday: not in the station's week
    assert clock.is_working_day(datetime.date(2025, 9, 27))  # Saturday: the station opens then
    assert clock.add(at(2025, 9, 22, 9), 200) == at(2025, 9, 27, 9, 20)  # 180 on Wednesday, 20 on Saturday


@pytest.mark.django_db
def test_clock_for_takes_at_most_two_queries(station_a, django_assert_max_num_queries):
    OpeningHours.objects.create(station=station_a, weekday=0, opens=datetime.time(9), closes=datetime.time(12))
    CalendarDay.objects.create(station=station_a, date=datetime.date(2025, 9, 24), kind="holiday", name="Local day")
    with django_assert_max_num_queries(2):
        clock = clock_for(station_a)
        clock.add(at(2025, 9, 22, 9), 5000)
        clock.between(at(2025, 1, 1), at(2025, 12, 31))


@pytest.mark.django_db
def test_service_levels_default_when_unset_and_head_values_otherwise(station_a, django_assert_num_queries):
    ServiceLevel.objects.create(
        station=station_a, category=Category.VISAS, first_response_minutes=120, resolution_minutes=960, warn_percent=50
    )
    with django_assert_num_queries(1):
        levels = service_levels_for(station=station_a)
    assert list(levels) == list(Category.values)
    assert (levels[Category.VISAS].first_response_minutes, levels[Category.VISAS].warn_percent) == (120, 50)
    default = service_level_of(station=station_a, category=Category.PETS)
    assert (default.first_response_minutes, default.resolution_minutes, default.warn_percent) == (480, 2400, 75)
    assert service_level_of(station=station_a, category=Category.VISAS).resolution_minutes == 960
