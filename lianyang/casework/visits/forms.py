"""The home visits' forms: they collect input; the rules are the services'."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lianyang.core.fields import CalendarDateField

from ..categories import Category
from ..models import DEFAULT_INTERVALS, HouseholdKind, Visit


class WeekForm(forms.Form):
    week = CalendarDateField(label=_("Week starting"))


class DayForm(forms.Form):
    date = CalendarDateField(label=_("Day"))


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


class FollowUpForm(forms.Form):
    """A service request for one of the visited household's members, created from the visit."""

    category = forms.ChoiceField(label=_("Category"), choices=[("", "—"), *Category.choices])
    text = forms.CharField(
        label=_("The resident's request"), required=False, strip=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = {
            "resident": forms.TypedChoiceField(
                label=_("Resident"), coerce=int, choices=[(member.pk, member.passport_name) for member in members]
            ),
            **self.fields,
        }
