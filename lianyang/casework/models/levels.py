"""Service levels on the station's working calendar: opening hours, calendar days, targets per category.

A request's clock runs only while the station is open (docs/domain.md §6: residents are answered in working
hours), on China's official calendar of public holidays and make-up working days (调休), which the State
Council publishes each year. The station head sets the hours, corrects the calendar for the station, and sets
the targets; each has a default, so a new station works from its first day (see `DEFAULT_OPENING_HOURS` and
`ServiceLevel.DEFAULT_*`).
"""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from lianyang.core.models import TimeStampedModel, Weekday

from ..categories import Category

__all__ = ["DEFAULT_OPENING_HOURS", "CalendarDay", "OpeningHours", "ServiceLevel", "Weekday"]


# A station that set no opening hours at all is open Monday to Friday, 09:00–12:00 and 13:00–17:30: the usual
# hours of a Shanghai sub-district's public service counters, with the lunch break they close for.
_DAY = ((datetime.time(9), datetime.time(12)), (datetime.time(13), datetime.time(17, 30)))
DEFAULT_OPENING_HOURS: dict[int, tuple[tuple[datetime.time, datetime.time], ...]] = {
    weekday: _DAY if weekday < Weekday.SATURDAY else () for weekday in Weekday.values
}


class OpeningHours(models.Model):
    """One opening of the station on a weekday; several a day (a lunch break makes two).

    Once a station has any row, its rows are its week: a weekday without one is closed.
    """

    station = models.ForeignKey("community.Station", on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["station", "weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(condition=models.Q(closes__gt=models.F("opens")), name="opening_closes_after_opens"),
            models.UniqueConstraint(fields=["station", "weekday", "opens"], name="unique_opening_per_station_day"),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class CalendarDay(models.Model):
    """The head's correction of the official calendar for the station: a day off or a working day, with a name.

    It wins over the published calendar (a local holiday, a day the station opens for a campaign), and it is how
    a year whose official calendar is not known yet gets its holidays.
    """

    class Kind(models.TextChoices):
        HOLIDAY = "holiday", _("Holiday (closed)")
        WORKING = "working", _("Working day (open)")

    station = models.ForeignKey("community.Station", on_delete=models.CASCADE, related_name="calendar_days")
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=80)

    class Meta:
        ordering = ["station", "date"]
        constraints = [models.UniqueConstraint(fields=["station", "date"], name="one_calendar_day_per_station_date")]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name}"


class ServiceLevel(TimeStampedModel):
    """The station's targets for one category, in working minutes: the first response and the resolution.

    A request is "near breach" once `warn_percent` of its target has elapsed. A category the head left unset has
    the defaults below: a first response within one working day (8 working hours) and a resolution within one
    working week (40 working hours), warned at three quarters.
    """

    DEFAULT_FIRST_RESPONSE_MINUTES = 8 * 60
    DEFAULT_RESOLUTION_MINUTES = 40 * 60
    DEFAULT_WARN_PERCENT = 75

    station = models.ForeignKey("community.Station", on_delete=models.CASCADE, related_name="service_levels")
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    first_response_minutes = models.PositiveIntegerField(
        _("first response (working minutes)"), default=DEFAULT_FIRST_RESPONSE_MINUTES, validators=[MinValueValidator(1)]
    )
    resolution_minutes = models.PositiveIntegerField(
        _("resolution (working minutes)"), default=DEFAULT_RESOLUTION_MINUTES, validators=[MinValueValidator(1)]
    )
    warn_percent = models.PositiveSmallIntegerField(
        _("warning at (percent of the target)"),
        default=DEFAULT_WARN_PERCENT,
        validators=[MinValueValidator(1), MaxValueValidator(99)],
    )

    class Meta:
        ordering = ["station", "category"]
        constraints = [
            models.UniqueConstraint(fields=["station", "category"], name="one_service_level_per_station_category"),
            models.CheckConstraint(
                condition=models.Q(first_response_minutes__gt=0, resolution_minutes__gt=0),
                name="service_level_targets_positive",
            ),
            models.CheckConstraint(
                condition=models.Q(warn_percent__gte=1, warn_percent__lte=99), name="service_level_warn_percent_range"
            ),
        ]

    def __str__(self):
        return f"{self.station_id} {self.category}"
