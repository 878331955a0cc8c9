"""The back office's registration forms: the queue's filters, the station's steps, walk-in entry, the police's.

Forms check the shape of what was sent; the rules themselves (deadlines, transitions, duplicates) are the
services'. Keys that make a step idempotent (submission, filing) are random tokens made by the page.
"""

import secrets

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from lianyang.community.models import Compound
from lianyang.core.fields import ShortListField
from lianyang.core.text import LARGEST_ID
from lianyang.people.forms import DateInput

from .models import AccommodationRegistration, RegistrationAction, Status
from .reasons import OTHER_CHOICE, REJECT_REASONS, RETURN_REASONS

Kind = RegistrationAction.Kind
Channel = AccommodationRegistration.Channel

# The steps a caseworker takes on the verification page, and the reasons each must choose from.
STATION_STEPS = (Kind.RETURN, Kind.VERIFY, Kind.REJECT, Kind.WITHDRAW)
STEP_REASONS = {Kind.RETURN: RETURN_REASONS, Kind.REJECT: REJECT_REASONS}
STEP_BUTTONS = {
    Kind.RETURN: _("Return for correction"),
    Kind.VERIFY: _("Verify"),
    Kind.REJECT: _("Reject"),
    Kind.WITHDRAW: _("Withdraw"),
}

# A one-time key as the page makes it (`new_key`); anything else was not sent by our page.
KEY_PATTERN = r"^[A-Za-z0-9_-]{32,64}$"


def new_key() -> str:
    return secrets.token_urlsafe(32)


class OneTimeKeyField(forms.RegexField):
    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(
            KEY_PATTERN,
            error_messages={
                "invalid": _("This form is out of date. Reload the page and send it again."),
                "required": _("This form is out of date. Reload the page and send it again."),
            },
            **kwargs,
        )


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class QueueFilterForm(forms.Form):
    """The queue's filters. No status means the open ones; the tabs above the table set it."""

    status = forms.ChoiceField(label=_("Status"), required=False, widget=forms.HiddenInput)
    compound = ShortListField(label=_("Compound"), queryset=Compound.objects.none(), required=False)
    officer = ShortListField(label=_("Assigned to"), queryset=None, required=False)

    def __init__(self, *args, compounds, officers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("Open")), *Status.choices]
        self.fields["compound"].queryset = compounds
        self.fields["compound"].empty_label = _("All compounds")
        self.fields["officer"].queryset = officers
        self.fields["officer"].empty_label = _("Anyone")
        self.fields["officer"].label_from_instance = lambda user: user.staff_profile.display_name


class RegistrationsField(forms.ModelMultipleChoiceField):
    """Ids beyond a database integer are refused before the query: SQLite raises on them inside IN (…)."""

    def _check_values(self, value):
        for pk in value:
            digits = str(pk).strip().lstrip("-")
            if digits.isdigit() and (not digits.isascii() or int(digits) > LARGEST_ID):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super()._check_values(value)


class FilingForm(forms.Form):
    """Verified registrations chosen in the queue, filed as one batch under the page's one-time key."""

    registrations = RegistrationsField(
        label=_("Registrations to file"),
        queryset=AccommodationRegistration.objects.none(),
        error_messages={
            "required": _("Choose at least one verified registration to file."),
            "invalid_choice": _("One of the chosen registrations can no longer be filed. Reload the queue."),
            "invalid_pk_value": _("One of the chosen registrations can no longer be filed. Reload the queue."),
        },
    )
    filing_key = OneTimeKeyField()

    def __init__(self, *args, verified, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["registrations"].queryset = verified


class StepForm(forms.Form):
    """One step of the station's check. Returning and rejecting say why, from the translated templates."""

    reason_code = forms.ChoiceField(label=_("Reason"))
    note = forms.CharField(
        label=_("Note to the resident"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent to the resident with the reason, in the words you write here."),
    )

    def __init__(self, *args, kind: str, **kwargs):
        super().__init__(*args, prefix=kind, **kwargs)
        self.kind = kind
        self.button = STEP_BUTTONS[kind]
        if kind == Kind.VERIFY:
            del self.fields["note"]
        reasons = STEP_REASONS.get(kind)
        if reasons is None:
            del self.fields["reason_code"]
        else:
            self.fields["reason_code"].choices = [
                ("", _("Choose a reason")),
                *((code, OTHER_CHOICE if code == "other" else text) for code, text in reasons.items()),
            ]

    def clean(self):
        data = super().clean()
        if data.get("reason_code") == "other" and not data.get("note", "").strip():
            self.add_error("note", _("With the reason “other”, write a note that says what to do."))
        return data


class ResidentSearchForm(forms.Form):
    q = forms.CharField(label=_("Resident's name"), max_length=100)


# Where each field of an MRZ reading (mrz.MrzResult.uncertain) stands on a form, where its name differs.
UNCERTAIN_ON_PERMIT = {"document_number": "number"}


def mark_uncertain(form, mrz_fields, field_of: dict[str, str] | None = None) -> list[str]:
    """Mark the fields of `form` that a reading could not prove (several readings pass the check digits), so the
    page asks the reader to compare them with the document: a CSS class, and the alert that explains it
    (`registration/_uncertain.html`, id "uncertain-reading"). Returns the marked fields' labels."""
    labels = []
    for name in mrz_fields:
        field = form.fields.get((field_of or {}).get(name, name))
        if field is None:
            continue
        attrs = field.widget.attrs
        attrs["class"] = f"{attrs.get('class', '')} uncertain".strip()
        attrs["aria-describedby"] = "uncertain-reading"
        labels.append(str(field.label))
    form.uncertain_labels = labels
    return labels


class MrzReaderForm(forms.Form):
    """The passport read at the counter: a photo or scan of the data page, or the lines a keyboard-style MRZ
    reader types (two lines, or three for an identity card), to fill in the passport's fields."""

    passport_scan = forms.FileField(
        label=_("Photo or scan of the data page"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp", "capture": "environment"}),
    )
    mrz_lines = forms.CharField(
        label=_("Or the lines of an MRZ reader"),
        required=False,
        max_length=200,
        help_text=_("Scan the passport with the reader here, or type the two lines (three on an identity card)."),
        widget=forms.Textarea(
            attrs={
                "rows": 3,
                "autocomplete": "off",
                "spellcheck": "false",
                "autocapitalize": "characters",
                "class": "mono",
                "dir": "ltr",
            }
        ),
    )

    def clean(self):
        data = super().clean()
        lines = [line for line in (data.get("mrz_lines") or "").splitlines() if line.strip()]
        if data.get("mrz_lines") and len(lines) not in (2, 3):
            self.add_error("mrz_lines", _("An MRZ has two lines, or three on an identity card."))
        data["lines"] = lines
        if not data.get("passport_scan") and not lines and not self.errors:
            raise forms.ValidationError(_("Add a photo of the data page, or the lines of the MRZ reader."))
        return data


class WalkInForm(forms.ModelForm):
    """A registration entered by a caseworker for a resident at the counter or on a home visit (docs/domain.md §1).

    It collects the answers only; `intake.stay_register` decides whether they pass. The passport is given by its
    details (prefilled from the resident's latest passport, or read by `MrzReaderForm`); the intake finds it
    again by its number, or adds it."""

    document_number = forms.CharField(label=_("Passport number"), max_length=20)
    issuing_state = forms.ChoiceField(label=_("Issuing country"))
    issue_date = forms.DateField(label=_("Date of issue"), required=False, widget=DateInput())
    expiry_date = forms.DateField(label=_("Date of expiry"), widget=DateInput())
    channel = forms.ChoiceField(
        label=_("Where it was taken"),
        choices=[(Channel.WALK_IN, Channel.WALK_IN.label), (Channel.HOME_VISIT, Channel.HOME_VISIT.label)],
        initial=Channel.WALK_IN,
    )
    submission_key = OneTimeKeyField()

    class Meta:
        model = AccommodationRegistration
        fields = [
            "address",
            "arrival_at",
            "permit",
            "entry_date",
            "entry_port",
            "entry_port_other",
            "purpose",
            "planned_departure",
            "previous_address",
            "address_abroad",
            "host_name",
            "host_phone",
            "host_relation",
            "host_id_kind",
            "host_id_number",
            "proof_kind",
        ]
        widgets = {
            "arrival_at": DateTimeInput(),
            "entry_date": DateInput(),
            "planned_departure": DateInput(),
            "host_id_number": forms.TextInput(attrs={"autocomplete": "off", "dir": "ltr"}),
        }

    field_order = ["channel", "document_number", "issuing_state", "issue_date", "expiry_date"]

    def __init__(self, *args, addresses, permits, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issuing_state"].choices = [("", "—"), *countries]
        self.fields["document_number"].widget.attrs.update({"autocomplete": "off", "spellcheck": "false", "dir": "ltr"})
        self.fields["address"].queryset = addresses
        # A flat missing from the list is added on the station's places page; the counter chooses from the list.
        self.fields["address"].required = True
        self.fields["address"].label_from_instance = lambda address: address.in_chinese
        # A visa-free stay has no visa or permit to give.
        self.fields["permit"].queryset = permits

    def clean_document_number(self):
        number = self.cleaned_data["document_number"].strip().upper().replace(" ", "")
        if not number.replace("-", "").isalnum() or not number.isascii():
            raise forms.ValidationError(_("A document number has only letters and digits, at most 20."))
        return number


class ReceiptForm(forms.Form):
    """The police's receipt for one filed registration."""

    number = forms.CharField(label=_("Police receipt number"), max_length=40)
    received_on = forms.DateField(label=_("Receipt date"), widget=DateInput())


class PoliceReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("Why the police return it"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The station and the resident read this; say what must be corrected."),
    )


class ResultSheetForm(forms.Form):
    sheet = forms.FileField(
        label=_("The police's result sheet"),
        help_text=_("An Excel (.xlsx) or CSV file with the columns reference, receipt number and date."),
    )


class ResultSheetConfirmForm(forms.Form):
    token = OneTimeKeyField()


class ConfirmAddressForm(forms.Form):
    """The flat a resident named that the station's list did not have, as the officer confirms it."""

    building_number = forms.CharField(label=_("Building number"), max_length=20)
    unit = forms.CharField(label=_("Unit"), max_length=20, required=False)
    room = forms.CharField(label=_("Room"), max_length=20)

    @classmethod
    def for_registration(cls, registration) -> "ConfirmAddressForm":
        """Prefilled with the resident's own words, for the officer to check against the papers."""
        return cls(
            prefix="address",
            initial={
                "building_number": registration.proposed_building,
                "unit": registration.proposed_unit,
                "room": registration.proposed_room,
            },
        )
