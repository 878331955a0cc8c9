"""Reads of the station's service levels, opening hours and calendar days (station settings, no personal data)."""

from django.utils import timezone

from lianyang.accounts.access import staff_profile

from ..categories import Category
from ..models import CalendarDay, OpeningHours, ServiceLevel
from .calendar import year_known
from .clock import week_of


def _default_level(station, category: str) -> ServiceLevel:
    """The unsaved level of a category the head left unset (the defaults on `ServiceLevel`)."""
    return ServiceLevel(station=station, category=category)


def service_level_of(*, station, category: str) -> ServiceLevel:
    """The targets of `category` at `station`: the head's, or the defaults (8 and 40 working hours, warn at 75%)."""
    level = ServiceLevel.objects.filter(station=station, category=category).first()
    return level or _default_level(station, category)


def service_levels_for(*, station) -> dict[str, ServiceLevel]:
    """Every category's targets at `station`, in the categories' order, in one query."""
    saved = {level.category: level for level in ServiceLevel.objects.filter(station=station)}
    return {category: saved.get(category) or _default_level(station, category) for category in Category.values}


def calendar_days_of(*, station) -> list[CalendarDay]:
    """The head's calendar days for `station`, by date."""
    return list(CalendarDay.objects.filter(station=station).order_by("date"))


def unknown_years(*, station, days: list[CalendarDay] | None = None) -> list[int]:
    """This year and next whose official calendar is not known and for which the head set no holiday yet: the
    clock counts only weekends as days off there, and the levels page says so."""
    if days is None:
        days = calendar_days_of(station=station)
    with_holidays = {day.date.year for day in days if day.kind == CalendarDay.Kind.HOLIDAY}
    this_year = timezone.localdate().year
    return [year for year in (this_year, this_year + 1) if not year_known(year) and year not in with_holidays]


def calendar_day_of(*, actor, pk: int) -> CalendarDay | None:
    """One calendar day of the actor's own station, or None (another station's, or no such day)."""
    station_id = getattr(staff_profile(actor), "station_id", None)
    if station_id is None:
        return None
    return CalendarDay.objects.filter(station_id=station_id, pk=pk).first()


def opening_week_of(*, station) -> tuple[dict, bool]:
    """The station's week (weekday → its opening periods) and whether it is the default week, in one query."""
    rows = list(OpeningHours.objects.filter(station=station))
    return week_of(rows), not rows
