import functools

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from lianyang.community.forms import AddressField
from lianyang.community.models import Compound, ResidentialArea
from lianyang.core.fields import ShortListField

from .models import AttentionReason, Household, IdentityDocument, Permit, Resident


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class ResidentForm(forms.ModelForm):
    """A resident's record as staff enter it at the counter. The address list holds the station's rooms only."""

    preferred_language = forms.ChoiceField(label=_("preferred language"), choices=settings.LANGUAGES)
    address = AddressField(label=_("Address"), required=False)
    attention_reasons = forms.MultipleChoiceField(
        label=_("Needs attention"),
        choices=AttentionReason.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick what applies: the station then visits more often."),
    )

    class Meta:
        model = Resident
        fields = [
            "surname",
            "given_names",
            "native_name",
            "chinese_name",
            "sex",
            "birth_date",
            "nationality",
            "preferred_language",
            "phone",
            "email",
            "wechat_id",
            "address",
            "arrival_date",
            "status",
            "occupation",
            "employer",
            "attention_reasons",
        ]
        widgets = {"birth_date": DateInput(), "arrival_date": DateInput()}
        help_texts = {
            "surname": _("Exactly as printed in the passport, in Latin letters."),
            "native_name": _("For example 김민준, 田中 浩 or Дмитрий Иванов."),
            "phone": _("With the country code for a foreign number, for example +81 90 1234 5678."),
        }

    def __init__(self, *args, addresses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["address"].addresses = addresses


class DocumentForm(forms.ModelForm):
    class Meta:
        model = IdentityDocument
        fields = ["kind", "number", "issuing_state", "issue_date", "expiry_date"]
        widgets = {"issue_date": DateInput(), "expiry_date": DateInput(), "number": forms.TextInput()}

    def clean_number(self):
        number = self.cleaned_data["number"].strip().upper()
        if not number.replace("-", "").isalnum() or len(number) > 20:
            raise forms.ValidationError(_("A document number has only letters and digits, at most 20."))
        return number


class PermitForm(forms.ModelForm):
    class Meta:
        model = Permit
        fields = ["kind", "number", "document", "valid_from", "valid_until", "entries"]
        widgets = {"valid_from": DateInput(), "valid_until": DateInput(), "number": forms.TextInput()}

    def __init__(self, *args, documents, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = documents

    def clean_number(self):
        number = self.cleaned_data["number"].strip().upper()
        if not number.replace("-", "").isalnum() or len(number) > 20:
            raise forms.ValidationError(_("A visa or permit number has only letters and digits, at most 20."))
        return number


class HouseholdForm(forms.ModelForm):
    class Meta:
        model = Household
        fields = ["address", "contact_person"]

    def __init__(self, *args, addresses, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["address"].queryset = addresses
        self.fields["address"].label_from_instance = lambda address: address.in_chinese
        self.fields["contact_person"].queryset = members


class FindByDocumentForm(forms.Form):
    number = forms.CharField(
        label=_("Passport, visa or permit number"),
        max_length=30,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


SORT_CHOICES = [
    ("name", _("Name (A to Z)")),
    ("-name", _("Name (Z to A)")),
    ("nationality", _("Nationality")),
    ("-arrival", _("Most recent arrival")),
    ("arrival", _("Earliest arrival")),
    ("newest", _("Recently added")),
]


@functools.lru_cache(maxsize=512)
def _nationality_choices(codes: tuple[str, ...], language: str) -> list[tuple[str, str]]:
    """The codes with their names in `language`, sorted by name: the same few lists, asked for on every page."""
    with translation.override(language):
        return sorted(((code, str(countries.name(code))) for code in codes), key=lambda choice: choice[1])


class ResidentFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or document number"), required=False, max_length=100)
    area = ShortListField(label=_("Residential area"), queryset=ResidentialArea.objects.none(), required=False)
    compound = ShortListField(label=_("Compound"), queryset=Compound.objects.none(), required=False)
    nationality = forms.ChoiceField(label=_("Nationality"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    expiring = forms.IntegerField(
        label=_("Visa or permit expires within (days)"), required=False, min_value=0, max_value=3650
    )
    expired = forms.BooleanField(label=_("All visas and permits expired"), required=False)
    attention = forms.BooleanField(label=_("Needs attention"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)

    def __init__(self, *args, areas, compounds, nationalities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = areas
        self.fields["compound"].queryset = compounds
        # Only the nationalities the station's residents hold: a short list, sorted by name in the reader's language.
        present = _nationality_choices(tuple(sorted(nationalities)), translation.get_language())
        self.fields["nationality"].choices = [("", _("All nationalities")), *present]
        self.fields["status"].choices = [("", _("All")), *Resident.Status.choices]
