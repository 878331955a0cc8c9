"""China's official calendar: public holidays and make-up working days (调休), as the State Council publishes
them each year (国务院办公厅关于部分节假日安排的通知), from the maintained `chinese-calendar` package.

The package knows the years published when it was released; it raises NotImplementedError for any other, and
the callers then fall back to weekends only (and say so on the service levels page).
"""

import datetime
from dataclasses import dataclass
from functools import lru_cache

import chinese_calendar


@dataclass(frozen=True)
class OfficialDay:
    """What the official calendar says of a date: `known` False for a year it does not cover; `holiday` True for
    a public holiday, False for a make-up working day, None for an ordinary day (the station's week decides)."""

    known: bool
    holiday: bool | None = None
    name: str = ""


@lru_cache(maxsize=4096)
def official_day(date: datetime.date) -> OfficialDay:
    try:
        is_holiday, name = chinese_calendar.get_holiday_detail(date)
    except NotImplementedError:
        return OfficialDay(known=False)
    if name is None:  # an ordinary weekday or weekend
        return OfficialDay(known=True)
    return OfficialDay(known=True, holiday=is_holiday, name=name)


def year_known(year: int) -> bool:
    """Whether the official calendar of `year` has been published in the installed package."""
    return official_day(datetime.date(year, 6, 1)).known
