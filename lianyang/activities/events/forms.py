"""The forms of activities: a resident's sign-up and rating, an officer's check-in code and activity."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from lianyang.core.models import Weekday

from ..models import ActivitySeries, Theme
from ..models.activities import LONGEST_TITLE
from .services import CODE_LENGTH, LONGEST_COMMENT


class SignupForm(forms.Form):
    """Who comes: the resident and, if they like, members of their household (each a seat); the consent box
    appears only while the resident has not given consent for activities."""

    people = forms.MultipleChoiceField(label=_("Who is coming?"), widget=forms.CheckboxSelectMultiple, required=True)
    consent = forms.BooleanField(
        label=_("I agree that the station keeps my sign-ups for activities and may contact me about them."),
        required=True,
    )

    def __init__(self, *args, members=(), needs_consent=True, **kwargs):
        super().__init__(*args, **kwargs)
        # The resident is "me" (whoever posts the form), the members of their household are named by id.
        self.fields["people"].choices = [
            ("me" if index == 0 else str(member.pk), member.native_name or member.passport_name)
            for index, member in enumerate(members)
        ]
        self.fields["people"].initial = ["me"]
        if not needs_consent:
            del self.fields["consent"]

    def chosen(self, members) -> list:
        """The members (the resident first) the form chose, in `members`' order."""
        picked = set(self.cleaned_data["people"])
        return [m for i, m in enumerate(members) if ("me" if i == 0 else str(m.pk)) in picked]


class ActivityRatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How did you like it?"),
        coerce=int,
        choices=[(n, str(n)) for n in range(5, 0, -1)],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=LONGEST_COMMENT,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": LONGEST_COMMENT}),
    )


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=_("Check-in code"),
        max_length=CODE_LENGTH * 2,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )


LANGUAGE_CHOICES = [(code, name) for code, name in settings.LANGUAGES]


def _moment(label):
    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    return forms.DateTimeField(label=label, widget=widget, input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"])


class ActivityForm(forms.Form):
    """An activity's details and its text in the officer's language (the source)."""

    language = forms.ChoiceField(label=_("Written in"), choices=LANGUAGE_CHOICES)
    title = forms.CharField(label=_("Title"), max_length=LONGEST_TITLE)
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    theme = forms.ChoiceField(label=_("Theme"), choices=Theme.choices)
    venue = forms.CharField(label=_("Venue"), max_length=200)
    starts_at = _moment(_("Starts"))
    ends_at = _moment(_("Ends"))
    capacity = forms.IntegerField(label=_("Seats"), min_value=1, max_value=10_000)
    signup_opens_at = _moment(_("Sign-up opens"))
    signup_closes_at = _moment(_("Sign-up closes"))
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"), choices=LANGUAGE_CHOICES, widget=forms.CheckboxSelectMultiple, required=False
    )
    photo_note = forms.BooleanField(label=_("Photos are taken"), required=False)
    seats_per_signup = forms.IntegerField(label=_("Most seats one sign-up takes"), min_value=1, max_value=20, initial=4)
    offer_hours = forms.IntegerField(label=_("Hours to accept a freed seat"), min_value=1, max_value=168, initial=24)

    def __init__(self, *args, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:  # the text is changed through its translations, per language
            for name in ("language", "title", "description"):
                del self.fields[name]


class SeriesForm(ActivityForm):
    """A recurring activity: the rule, and the details every occurrence shares."""

    ordinal = forms.TypedChoiceField(
        label=_("Which one in the month"), coerce=int, choices=ActivitySeries.Ordinal.choices
    )
    weekday = forms.TypedChoiceField(label=_("Weekday"), coerce=int, choices=Weekday.choices)
    start_time = forms.TimeField(label=_("Starts at"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    duration_minutes = forms.IntegerField(label=_("Duration in minutes"), min_value=1, max_value=24 * 60, initial=120)
    first_day = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    last_day = forms.DateField(label=_("Until"), widget=forms.DateInput(attrs={"type": "date"}))
    signup_days_before = forms.IntegerField(
        label=_("Sign-up opens this many days before each"), min_value=1, max_value=90, initial=14
    )

    field_order = ["language", "title", "description", "theme", "venue", "ordinal", "weekday", "start_time"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("starts_at", "ends_at", "signup_opens_at", "signup_closes_at"):
            del self.fields[name]


class TranslationForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES)
    title = forms.CharField(label=_("Title"), max_length=LONGEST_TITLE)
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    reviewed = forms.BooleanField(label=_("I have reviewed this translation"), required=False)
