"""The home visits' forms: they collect input; the rules are the services'."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import DEFAULT_INTERVALS, HouseholdKind, Visit


class WeekForm(forms.Form):
    week = forms.DateField(label=_("Week starting"), widget=forms.DateInput(attrs={"type": "date"}))


class DayForm(forms.Form):
    date = forms.DateField(label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}))


class VisitRecordForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Visit.Outcome.choices, widget=forms.RadioSelect)
    notes = forms.CharField(label=_("Notes"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 5}))


class VisitPolicyForm(forms.Form):
    """Days between visits for each household type, as the head sets them."""

    def __init__(self, *args, intervals: dict[str, int], **kwargs):
        super().__init__(*args, **kwargs)
        for kind in DEFAULT_INTERVALS:
            self.fields[kind] = forms.IntegerField(
                label=HouseholdKind(kind).label,
                min_value=1,
                max_value=365,
                initial=intervals[kind],
                help_text=_("Days between visits."),
            )
