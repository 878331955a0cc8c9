"""The publishing pages' forms: they only collect input; the services decide."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from lianyang.community.models import Compound

from .models import LONGEST_TITLE, Notice
from .notices import AREA_NOT_OURS, COMPOUND_NOT_OURS, LANGUAGE_NOT_LISTED
from .translation import LONGEST_BODY

LANGUAGE_CHOICES = list(settings.LANGUAGES)


def _moment(label, required=True):
    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    return forms.DateTimeField(
        label=label, widget=widget, required=required, input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
    )


class NoticeForm(forms.Form):
    """A notice's text in the officer's language (its source) and where and when it is shown."""

    language = forms.ChoiceField(label=_("Written in"), choices=LANGUAGE_CHOICES)
    title = forms.CharField(label=_("Title"), max_length=LONGEST_TITLE)
    body = forms.CharField(
        label=_("Text"),
        max_length=LONGEST_BODY,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Paragraphs are separated by an empty line; start a line with “- ” for a list."),
    )
    category = forms.ChoiceField(label=_("Category"), choices=Notice.Category.choices)
    area = forms.ModelChoiceField(
        label=_("Only for the residential area"),
        queryset=None,
        required=False,
        error_messages={"invalid_choice": AREA_NOT_OURS},
    )
    compound = forms.ModelChoiceField(
        label=_("Only for the compound"),
        queryset=None,
        required=False,
        error_messages={"invalid_choice": COMPOUND_NOT_OURS},
    )
    shown_from = _moment(_("Shown from"), required=False)
    shown_until = _moment(_("Shown until"), required=False)
    pinned = forms.BooleanField(label=_("Pinned to the top of the board"), required=False)
    required_languages = forms.MultipleChoiceField(
        label=_("Languages it needs before publishing"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        initial=["zh-hans", "en"],
        error_messages={"invalid_choice": LANGUAGE_NOT_LISTED},
    )
    poster_languages = forms.MultipleChoiceField(
        label=_("Languages on the poster"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        initial=["zh-hans", "en", "ja", "ko"],
        error_messages={"invalid_choice": LANGUAGE_NOT_LISTED},
    )

    def __init__(self, *args, station, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = station.areas.order_by("name")
        self.fields["compound"].queryset = Compound.objects.filter(area__station=station).order_by("name")
        if editing:  # the text changes through its translations, one language at a time
            for name in ("language", "title", "body"):
                del self.fields[name]


class TranslationForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=LONGEST_TITLE)
    body = forms.CharField(
        label=_("Text"), max_length=LONGEST_BODY, required=False, widget=forms.Textarea(attrs={"rows": 12})
    )
    ready = forms.BooleanField(label=_("Ready for review"), required=False)

    def __init__(self, *args, has_body=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not has_body:
            del self.fields["body"]


class ReviewForm(forms.Form):
    approve = forms.TypedChoiceField(
        label=_("Decision"),
        coerce=lambda value: value == "yes",
        choices=[("yes", _("Approve")), ("no", _("Send back to the writer"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Note for the writer"), max_length=500, required=False)


class IssueForm(forms.Form):
    dated = forms.DateField(label=_("Date of the issue"), widget=forms.DateInput(attrs={"type": "date"}))


class ArticleForm(forms.Form):
    language = forms.ChoiceField(label=_("Written in"), choices=LANGUAGE_CHOICES, initial="en")
    title = forms.CharField(label=_("Title"), max_length=LONGEST_TITLE)
    body = forms.CharField(label=_("Text"), max_length=LONGEST_BODY, widget=forms.Textarea(attrs={"rows": 10}))


class EntryForm(ArticleForm):
    basis = forms.CharField(label=_("Source or legal basis"), max_length=200, required=False)


class PictureForm(forms.Form):
    picture = forms.FileField(label=_("Picture (JPEG, PNG or WebP)"))


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=100, required=False)
