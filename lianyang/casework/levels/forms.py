"""The service levels page's forms: they only read the input; the rules are in `services.py`."""

import datetime
import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..models import CalendarDay, Weekday

# "09:00-12:00, 13:00-17:30": any dash or tilde between the times, commas or semicolons between the periods.
_SPAN = re.compile(r"^\s*(\d{1,2})[:：](\d{2})\s*[-–—~～至]\s*(\d{1,2})[:：](\d{2})\s*$")
_PERIODS = re.compile(r"[,，;；、]")


def minutes_of(hours: Decimal) -> int:
    return round(hours * 60)


def hours_of(minutes: int) -> Decimal:
    """Working minutes as hours for the form: 480 → 8, 90 → 1.5."""
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"))
    return hours.to_integral_value() if hours == hours.to_integral_value() else hours.normalize()


class LevelForm(forms.Form):
    """One category's row; prefixed with the category."""

    first_response_hours = forms.DecimalField(label=_("First response (working hours)"), max_digits=6, decimal_places=2)
    resolution_hours = forms.DecimalField(label=_("Resolution (working hours)"), max_digits=6, decimal_places=2)
    warn_percent = forms.IntegerField(label=_("Warn at (percent of the target)"))

    def targets(self) -> tuple[int, int, int]:
        data = self.cleaned_data
        return minutes_of(data["first_response_hours"]), minutes_of(data["resolution_hours"]), data["warn_percent"]


class OpeningsField(forms.CharField):
    """A weekday's opening periods written as "09:00-12:00, 13:00-17:30"; empty for a closed day."""

    def to_python(self, value):
        text = super().to_python(value)
        spans = []
        for part in filter(str.strip, _PERIODS.split(text)):
            match = _SPAN.match(part)
            if not match:
                raise ValidationError(
                    _("Write the opening hours as 09:00-12:00, with a comma between periods."), code="format"
                )
            hours = [int(number) for number in match.groups()]
            try:
                spans.append((datetime.time(hours[0], hours[1]), datetime.time(hours[2], hours[3])))
            except ValueError as error:
                raise ValidationError(
                    _("%(text)s is not a time of day.") % {"text": part.strip()}, code="time"
                ) from error
        return spans


class WeekForm(forms.Form):
    """The station's week: one field per weekday."""

    def __init__(self, *args, week=None, **kwargs):
        super().__init__(*args, **kwargs)
        for weekday, label in Weekday.choices:
            self.fields[f"day_{weekday}"] = OpeningsField(
                label=label, required=False, max_length=120, help_text=_("For example 09:00-12:00, 13:00-17:30")
            )
            if week is not None:
                self.initial[f"day_{weekday}"] = ", ".join(
                    f"{opens:%H:%M}-{closes:%H:%M}" for opens, closes in week.get(weekday, ())
                )

    def week(self) -> dict[int, list]:
        return {weekday: self.cleaned_data[f"day_{weekday}"] for weekday in Weekday.values}


class CalendarDayForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    kind = forms.ChoiceField(label=_("The station is"), choices=CalendarDay.Kind.choices)
    name = forms.CharField(label=_("Name"), max_length=80, help_text=_("For example: Mid-Autumn Festival"))
