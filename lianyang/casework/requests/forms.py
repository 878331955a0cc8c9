"""The forms of the requests' pages: they collect input; the rules are in services.py."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..categories import Category
from ..models import LONGEST_SUBJECT, LONGEST_TEXT, ServiceRequest


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to a few photos or PDFs; each is checked by its content in the service, not here."""

    widget = MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,application/pdf"})

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data]
        return [super(AttachmentsField, self).clean(file, initial) for file in files if file]


def _attachments(label=None):
    return AttachmentsField(
        label=label or _("Photos or PDF files (optional)"),
        required=False,
        help_text=_("Up to 3 files: photos (JPEG, PNG, WebP) or PDF, each at most 10 MB."),
    )


def _text(label, rows=6):
    # The length is checked by the service with a message that says how long the text is; the browser's own limit
    # is set a little higher so a pasted text is not cut silently. Required, so no page marks it optional; the
    # service's own message when it is left empty.
    return forms.CharField(
        label=label,
        widget=forms.Textarea(attrs={"rows": rows, "maxlength": LONGEST_TEXT + 1000}),
        strip=False,
        error_messages={"required": _("Please write your question or message.")},
    )


# The portal's forms: labels without "(optional)", since the portal's pages mark every optional field themselves.


class AskForm(forms.Form):
    """A resident's question from the portal."""

    category = forms.ChoiceField(label=_("What is it about?"), choices=[("", "—"), *Category.choices])
    subject = forms.CharField(label=_("Subject"), max_length=LONGEST_SUBJECT, required=False)
    text = _text(_("Your question"), rows=8)
    attachments = _attachments(_("Photos or PDF files"))


class RecordForm(forms.Form):
    """A request an officer records for a resident who asked at the counter, by phone, on WeChat or by e-mail."""

    channel = forms.ChoiceField(
        label=_("How did the resident ask?"),
        choices=[(value, label) for value, label in ServiceRequest.Channel.choices if value != "portal"],
    )
    category = forms.ChoiceField(label=_("Category"), choices=[("", "—"), *Category.choices])
    language = forms.ChoiceField(label=_("Language the resident asked in"), choices=settings.LANGUAGES)
    subject = forms.CharField(label=_("Subject (optional)"), max_length=LONGEST_SUBJECT, required=False)
    text = _text(_("The resident's request"), rows=8)
    attachments = _attachments()


class MessageForm(forms.Form):
    body = _text(_("Message"))
    attachments = _attachments()


class PortalMessageForm(MessageForm):
    """The resident's reply on the portal."""

    attachments = _attachments(_("Photos or PDF files"))


class NoteForm(forms.Form):
    body = _text(_("Internal note"), rows=3)


class AssignForm(forms.Form):
    assignee = forms.TypedChoiceField(label=_("Hand over to"), coerce=int)

    def __init__(self, *args, caseworkers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [(profile.user_id, profile.display_name) for profile in caseworkers]


class MergeForm(forms.Form):
    into = forms.TypedChoiceField(label=_("Merge into"), coerce=int)

    def __init__(self, *args, candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].choices = [(item.pk, f"#{item.pk} {item.subject}") for item in candidates]


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How well were you helped?"),
        coerce=int,
        choices=[(n, str(n)) for n in range(5, 0, -1)],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 3, "maxlength": 600})
    )


class InboxFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search words or a name"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", pgettext_lazy("any status", "Any")), *ServiceRequest.Status.choices],
    )
    category = forms.ChoiceField(
        label=_("Category"), required=False, choices=[("", pgettext_lazy("any category", "Any")), *Category.choices]
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", pgettext_lazy("any language", "Any")), *settings.LANGUAGES]
    )
    channel = forms.ChoiceField(
        label=_("Channel"),
        required=False,
        choices=[("", pgettext_lazy("any channel", "Any")), *ServiceRequest.Channel.choices],
    )


class CannedReplyForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    category = forms.ChoiceField(label=_("Category (optional)"), required=False, choices=[("", "—"), *Category.choices])
    title = forms.CharField(label=_("Title"), max_length=120)
    body = _text(_("Text"))
