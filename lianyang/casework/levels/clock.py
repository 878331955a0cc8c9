"""The station's working clock: how many working minutes lie between two moments, and when a target falls due.

A day is a working day by, in this order (the first that speaks decides):
1. the head's calendar day for the station (a holiday or a working day; `CalendarDay`);
2. China's official calendar: a public holiday is closed, a make-up working day (调休) is open;
3. the station's week: a weekday with opening hours is open (by default Monday to Friday).
For a year whose official calendar is not known yet, step 2 says nothing: weekends only, until the head adds
that year's holidays. On a working day the clock runs during the opening hours of its weekday; a make-up day on
a weekday the station is usually closed (a working Saturday or Sunday) keeps the hours of the station's first
open weekday (Monday, by default), as the official notices move a weekday's work onto it.

Times are aware, in the station's time zone (Asia/Shanghai, which has no summer time).
"""

import datetime
from collections.abc import Iterator

from django.utils import timezone

from ..models import DEFAULT_OPENING_HOURS, CalendarDay, OpeningHours
from .calendar import official_day

Span = tuple[datetime.time, datetime.time]

# However few the station's opening days, ten years without one means the week has none: stop, don't spin.
_MAX_DAYS = 3660
_MINUTE = datetime.timedelta(minutes=1)


class WorkingClock:
    """One station's week and calendar days, loaded once; pure computation afterwards (no query)."""

    def __init__(self, *, week: dict[int, tuple[Span, ...]], days: dict[datetime.date, bool]):
        self.week = week
        self.days = days  # date → True when the head made it a working day, False when a holiday
        self.tz = timezone.get_default_timezone()
        open_weekdays = [weekday for weekday in sorted(week) if week[weekday]]
        self._make_up_hours = week[open_weekdays[0]] if open_weekdays else ()

    def is_working_day(self, date: datetime.date) -> bool:
        if date in self.days:
            return self.days[date]
        official = official_day(date)
        if official.holiday is not None:
            return not official.holiday
        return bool(self.week.get(date.weekday()))

    def spans(self, date: datetime.date) -> list[tuple[datetime.datetime, datetime.datetime]]:
        """The station's open periods on `date`, as aware datetimes; none on a day off."""
        if not self.is_working_day(date):
            return []
        hours = self.week.get(date.weekday()) or self._make_up_hours
        return [
            (datetime.datetime.combine(date, opens, self.tz), datetime.datetime.combine(date, closes, self.tz))
            for opens, closes in hours
        ]

    def _spans_from(self, moment: datetime.datetime) -> Iterator[tuple[datetime.datetime, datetime.datetime]]:
        """The open periods from `moment` on, the first cut to start at `moment`."""
        date = moment.date()
        for _ in range(_MAX_DAYS):
            for opens, closes in self.spans(date):
                if closes > moment:
                    yield max(opens, moment), closes
            date += datetime.timedelta(days=1)
        raise ValueError("the station has no working time in ten years")

    def add(self, start: datetime.datetime, minutes: int) -> datetime.datetime:
        """The moment `minutes` working minutes after `start` (`start` itself for 0 or fewer)."""
        start = timezone.localtime(start, self.tz)
        left = datetime.timedelta(minutes=minutes)
        if left <= datetime.timedelta(0):
            return start
        for opens, closes in self._spans_from(start):
            if closes - opens >= left:
                return opens + left
            left -= closes - opens
        raise AssertionError("unreachable")  # _spans_from raises before it ends

    def between(self, start: datetime.datetime, end: datetime.datetime) -> int:
        """Whole working minutes from `start` to `end`; 0 when `end` is not after `start`."""
        if end <= start:
            return 0
        start, end = timezone.localtime(start, self.tz), timezone.localtime(end, self.tz)
        total = datetime.timedelta(0)
        date = start.date()
        while date <= end.date():
            for opens, closes in self.spans(date):
                opens, closes = max(opens, start), min(closes, end)
                if closes > opens:
                    total += closes - opens
            date += datetime.timedelta(days=1)
        return total // _MINUTE


def week_of(rows) -> dict[int, tuple[Span, ...]]:
    """The station's week from its opening rows; the default week when it set none."""
    rows = list(rows)
    if not rows:
        return dict(DEFAULT_OPENING_HOURS)
    week: dict[int, list[Span]] = {weekday: [] for weekday in DEFAULT_OPENING_HOURS}
    for row in sorted(rows, key=lambda row: (row.weekday, row.opens)):
        week[row.weekday].append((row.opens, row.closes))
    return {weekday: tuple(spans) for weekday, spans in week.items()}


def clock_for(station) -> WorkingClock:
    """The working clock of `station`, in two queries (its opening hours, its calendar days)."""
    week = week_of(OpeningHours.objects.filter(station=station).only("weekday", "opens", "closes"))
    days = {
        date: kind == CalendarDay.Kind.WORKING
        for date, kind in CalendarDay.objects.filter(station=station).values_list("date", "kind")
    }
    return WorkingClock(week=week, days=days)
