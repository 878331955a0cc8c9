"""The forms of the pairing pages, staff and portal alike: they collect input; the rules are in services.py."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lianyang.core.fields import ShortListField

from ..models import ExchangeTopic, Pairing, Weekday
from .services import LONGEST_FEEDBACK, LONGEST_SESSION, MOST_CAPACITY

SLOT_ROWS = 3
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class ExchangeForm(forms.Form):
    """What an offer and a wish share: a topic, languages, a compound, a note and up to three weekly times."""

    service_fields = ("topic", "languages", "compound", "note", "slots")

    topic = forms.ChoiceField(label=_("Topic"), choices=[("", "—"), *ExchangeTopic.choices])
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"), choices=settings.LANGUAGES, widget=forms.CheckboxSelectMultiple
    )
    compound = ShortListField(label=_("Your compound"), queryset=None, required=False, empty_label="—")
    note = forms.CharField(label=_("A word about it"), max_length=300, required=False)

    def __init__(self, *args, compounds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["compound"].queryset = compounds
        for row in range(SLOT_ROWS):
            number = row + 1
            self.fields[f"weekday_{row}"] = forms.TypedChoiceField(
                label=_("Free time %(number)d: day") % {"number": number},
                choices=[("", "—"), *Weekday.choices],
                coerce=int,
                required=False,
            )
            self.fields[f"start_{row}"] = forms.TimeField(
                label=_("Free time %(number)d: from") % {"number": number}, widget=TIME, required=False
            )
            self.fields[f"end_{row}"] = forms.TimeField(
                label=_("Free time %(number)d: until") % {"number": number}, widget=TIME, required=False
            )

    @classmethod
    def initial_of(cls, item) -> dict:
        initial = {"topic": item.topic, "languages": item.languages, "compound": item.compound_id, "note": item.note}
        for row, slot in enumerate(list(item.slots.all())[:SLOT_ROWS]):
            initial.update({f"weekday_{row}": slot.weekday, f"start_{row}": slot.start, f"end_{row}": slot.end})
        return initial

    def clean(self):
        data = super().clean()
        slots = []
        for row in range(SLOT_ROWS):
            weekday, start, end = (data.get(f"{name}_{row}") for name in ("weekday", "start", "end"))
            if weekday in (None, "") and start is None and end is None:
                continue
            if weekday in (None, "") or start is None or end is None:
                self.add_error(f"weekday_{row}", _("Please give the day and both times."))
                continue
            slots.append((weekday, start, end))
        data["slots"] = slots
        return data

    def main_fields(self):
        return [self[name] for name in self.fields if name.split("_")[0] not in ("weekday", "start", "end")]

    def slot_rows(self):
        return [(self[f"weekday_{row}"], self[f"start_{row}"], self[f"end_{row}"]) for row in range(SLOT_ROWS)]


class OfferForm(ExchangeForm):
    service_fields = (*ExchangeForm.service_fields, "capacity")
    capacity = forms.IntegerField(label=_("How many people at once"), min_value=1, max_value=MOST_CAPACITY, initial=1)

    @classmethod
    def initial_of(cls, item) -> dict:
        return {**super().initial_of(item), "capacity": item.capacity}


class ProposeForm(forms.Form):
    wish = ShortListField(label=_("Wish"), queryset=None)
    offer = ShortListField(label=_("Offer"), queryset=None)

    def __init__(self, *args, wishes, offers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wish"].queryset = wishes
        self.fields["offer"].queryset = offers


class SessionForm(forms.Form):
    date = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), initial=timezone.localdate
    )
    what_they_did = forms.CharField(
        label=_("What you did"),
        max_length=LONGEST_SESSION,
        help_text=_("For example: Hong Shao Rou (red-braised pork)."),
    )


class EndForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why does it end?"),
        choices=[(value, label) for value, label in Pairing.EndReason.choices if value in ("finished", "moved_away")],
    )
    feedback = forms.CharField(
        label=_("How did it go?"), widget=forms.Textarea(attrs={"rows": 3}), max_length=LONGEST_FEEDBACK,
        required=False,
    )  # fmt: skip


class FeedbackForm(forms.Form):
    feedback = forms.CharField(
        label=_("How did it go?"), widget=forms.Textarea(attrs={"rows": 3}), max_length=LONGEST_FEEDBACK
    )


class StatusFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=[("", _("All")), *Pairing.Status.choices], required=False)
