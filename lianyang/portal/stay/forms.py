"""The forms of "Register my stay": one per step, each checking what a resident can get wrong on a phone.

The rules themselves (deadline, the room in the station's area, one open registration per address) are the
registration services'; these forms check the shape of each answer, and say in the resident's language which
line or field of the passport does not add up. Fields follow FACTS.md §1 (the union of the real forms).
"""

import datetime
import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from phonenumber_field.formfields import PhoneNumberField

from lianyang.community.models import Address, Building
from lianyang.core.fields import ShortListField
from lianyang.people.forms import DateInput
from lianyang.people.models import Permit, Resident
from lianyang.registration import mrz
from lianyang.registration.models import AccommodationRegistration as Registration
from lianyang.registration.models import RegistrationUpload

from .stay.mrz_errors import MRZ_EXPIRED, mrz_error_messages

# Arrival "now" on a phone whose clock runs a little ahead is not in the future.
CLOCK_SLACK = datetime.timedelta(minutes=5)
# Shanghai's ports of entry, offered as suggestions; any other port may be typed.
SHANGHAI_PORTS = (
    _("Shanghai Pudong International Airport"),
    _("Shanghai Hongqiao International Airport"),
    _("Shanghai Port International Cruise Terminal"),
    _("Wusongkou International Cruise Terminal"),
)
RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _document_number(value: str) -> str:
    number = value.strip().upper().replace(" ", "")
    if not re.fullmatch(r"[A-Z0-9-]+", number):
        raise forms.ValidationError(_("A document number has only letters and digits, at most 20."))
    return number


def resident_id_is_valid(number: str) -> bool:
    """A Chinese resident identity card number: 17 digits and a check character (GB 11643-1999, ISO 7064)."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(digit) * weight for digit, weight in zip(number[:17], RESIDENT_ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == number[17]


class PaperForm(forms.Form):
    """A photo taken now or a file chosen from the phone: a photo or scan of a page, or a PDF."""

    photo = forms.FileField(
        label=_("Take a photo"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/*", "capture": "environment"}),
    )
    file = forms.FileField(
        label=_("Or choose a photo or PDF"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp,application/pdf"}),
    )

    def __init__(self, *args, required: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.paper_required = required
        for field in self.fields.values():
            field.conditional = True

    def clean(self):
        data = super().clean()
        data["paper"] = data.get("photo") or data.get("file")
        if self.paper_required and not data["paper"] and not self.errors:
            raise forms.ValidationError(_("Take a photo or choose a file."), code="required")
        return data


class MrzLinesForm(forms.Form):
    """The two lines of the machine-readable zone, typed: spaces and lower case are forgiven."""

    line1 = forms.CharField(label=_("First line"), max_length=60)
    line2 = forms.CharField(label=_("Second line"), max_length=60)

    def __init__(self, *args, formats: tuple[str, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.formats = formats
        for field in self.fields.values():
            field.widget.attrs.update(
                {"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false", "class": "mono"}
            )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        result = mrz.parse(data["line1"], data["line2"], today=timezone.localdate())
        data["result"] = result
        messages = mrz_error_messages(result, data["line2"], formats=self.formats)
        if messages:
            raise forms.ValidationError(messages)
        return data


class PersonForm(forms.Form):
    """The passport's details, prefilled from its MRZ; for a new arrival also who they are and how to reach them."""

    surname = forms.CharField(label=_("Surname (as in the passport)"), max_length=100)
    given_names = forms.CharField(label=_("Given names (as in the passport)"), max_length=100, required=False)
    sex = forms.ChoiceField(label=_("Sex"), choices=Resident.Sex.choices)
    birth_date = forms.DateField(label=_("Date of birth"), widget=DateInput())
    nationality = forms.ChoiceField(label=_("Nationality"))
    native_name = forms.CharField(
        label=_("Name in your own script"),
        max_length=120,
        required=False,
        help_text=_("For example 김민준, 田中 浩 or Дмитрий Иванов."),
    )
    chinese_name = forms.CharField(label=_("Chinese name, if you have one"), max_length=60, required=False)
    phone = PhoneNumberField(
        label=_("Mobile phone"),
        region="CN",
        help_text=_("With the country code for a foreign number, for example +81 90 1234 5678."),
    )
    occupation = forms.CharField(label=_("Occupation"), max_length=100, required=False)
    employer = forms.CharField(label=_("Employer or school"), max_length=160, required=False)
    document_number = forms.CharField(label=_("Passport number"), max_length=20)
    issuing_state = forms.ChoiceField(label=_("Issuing country"))
    issue_date = forms.DateField(label=_("Date of issue"), required=False, widget=DateInput())
    expiry_date = forms.DateField(label=_("Date of expiry"), widget=DateInput())
    address_abroad = forms.CharField(label=_("Home address abroad"), max_length=200, required=False)

    # A resident the station already knows keeps the personal details of their record.
    RECORD_FIELDS = ("surname", "given_names", "sex", "birth_date", "nationality", "native_name", "chinese_name")
    CONTACT_FIELDS = ("phone", "occupation", "employer")

    def __init__(self, *args, new_resident: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not new_resident:
            for name in self.RECORD_FIELDS + self.CONTACT_FIELDS:
                del self.fields[name]
        else:
            self.fields["nationality"].choices = [("", "—"), *countries]
        self.fields["issuing_state"].choices = [("", "—"), *countries]
        self.fields["document_number"].widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})

    def clean_document_number(self):
        return _document_number(self.cleaned_data["document_number"])

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        if data.get("expiry_date") and data["expiry_date"] < today:
            self.add_error("expiry_date", MRZ_EXPIRED)
        if data.get("issue_date") and data["issue_date"] > today:
            self.add_error("issue_date", _("The date of issue cannot be in the future."))
        if data.get("birth_date") and not datetime.date(1900, 1, 1) <= data["birth_date"] <= today:
            self.add_error("birth_date", _("Please check the date of birth."))
        return data


class PermitForm(forms.Form):
    """The visa or residence permit the resident stays on (FACTS.md §2), or a visa-free entry."""

    visa_free = forms.BooleanField(
        label=_("I entered China without a visa (visa-free entry)"),
        required=False,
        help_text=_("Then the fields below are not needed."),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=[("", "—"), *Permit.Kind.choices], required=False)
    number = forms.CharField(label=_("Number"), max_length=20, required=False)
    valid_from = forms.DateField(label=_("Valid from"), required=False, widget=DateInput())
    valid_until = forms.DateField(label=_("Valid until"), required=False, widget=DateInput())
    entries = forms.ChoiceField(
        label=_("Entries"), choices=Permit.Entries.choices, initial=Permit.Entries.MULTIPLE, required=False
    )

    PERMIT_FIELDS = ("kind", "number", "valid_from", "valid_until", "entries")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.PERMIT_FIELDS:
            self.fields[name].conditional = True

    def clean_number(self):
        number = self.cleaned_data["number"]
        return _document_number(number) if number.strip() else ""

    def clean(self):
        data = super().clean()
        if data.get("visa_free"):
            # What the page had prefilled from an earlier permit does not belong to a visa-free stay.
            return {**data, "kind": "", "number": "", "valid_from": None, "valid_until": None, "entries": ""}
        for name in self.PERMIT_FIELDS:
            if not data.get(name) and name not in self.errors:
                self.add_error(name, _("Please fill this in, or tick “visa-free entry” above."))
        start, end = data.get("valid_from"), data.get("valid_until")
        if start and end and end < start:
            self.add_error("valid_until", _("The end of validity must not be before its start."))
        # A visa's "valid until" is the last day to enter, so an expired visa can still cover the stay; an
        # expired residence permit cannot (law art. 78).
        kind = data.get("kind") or ""
        if end and kind and not kind.startswith("visa_") and end < timezone.localdate():
            self.add_error(
                "valid_until",
                _("This residence permit has expired. Please come to the station: we will help you with it."),
            )
        return data


class AddressForm(forms.Form):
    """Where and since when: compound → building → room of a station's places, arrival and entry."""

    compound = ShortListField(
        label=_("Compound"),
        queryset=None,
        error_messages={"invalid_choice": _("Please choose a compound from the list.")},
    )
    building = ShortListField(
        label=_("Building"),
        queryset=Building.objects.none(),
        error_messages={"invalid_choice": _("Please choose a building of the chosen compound.")},
    )
    room = ShortListField(
        label=_("Room"),
        queryset=Address.objects.none(),
        error_messages={"invalid_choice": _("Please choose a room of the chosen building.")},
    )
    arrival_date = forms.DateField(label=_("Date you arrived at this address"), widget=DateInput())
    arrival_time = forms.TimeField(label=_("Time you arrived"), widget=forms.TimeInput(attrs={"type": "time"}))
    entry_date = forms.DateField(label=_("Date of your last entry into China"), widget=DateInput())
    entry_port = forms.CharField(
        label=_("Port of entry"),
        max_length=60,
        help_text=_("The airport, station or port where you entered China."),
        widget=forms.TextInput(attrs={"list": "ports"}),
    )
    purpose = forms.ChoiceField(label=_("Purpose of your stay"), choices=Registration.Purpose.choices)
    planned_departure = forms.DateField(label=_("Planned departure"), required=False, widget=DateInput())
    previous_address = forms.CharField(label=_("Previous address in China"), max_length=200, required=False)

    PLACES = ("compound", "building", "room")

    def __init__(self, *args, compounds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["compound"].queryset = compounds.select_related("area__station")
        self.fields["compound"].label_from_instance = _compound_label
        self.fields["building"].label_from_instance = lambda building: (
            _("Building %(number)s") % {"number": building.number}
        )
        self.fields["room"].label_from_instance = _room_label
        if self.is_bound:
            compound_id, building_id = (
                self.data.get(self.add_prefix("compound")),
                self.data.get(self.add_prefix("building")),
            )
        else:
            compound_id, building_id = self.initial.get("compound"), self.initial.get("building")
        # Which lists the page shows: buildings once a compound is chosen, rooms once a building is.
        self.shows_buildings = str(compound_id or "").isdigit()
        self.shows_rooms = self.shows_buildings and str(building_id or "").isdigit()
        if self.shows_buildings:
            self.fields["building"].queryset = Building.objects.filter(compound__in=compounds, compound_id=compound_id)
        if self.shows_rooms:
            self.fields["room"].queryset = Address.objects.filter(
                building__in=self.fields["building"].queryset, building_id=building_id
            )

    def clean(self):
        data = super().clean()
        now = timezone.localtime()
        day, time = data.get("arrival_date"), data.get("arrival_time")
        if day and time:
            data["arrival_at"] = timezone.make_aware(datetime.datetime.combine(day, time))
            if data["arrival_at"] > now + CLOCK_SLACK:
                self.add_error("arrival_date", _("The arrival cannot be in the future."))
        entry = data.get("entry_date")
        if entry and entry > now.date():
            self.add_error("entry_date", _("The date of entry cannot be in the future."))
        elif entry and day and entry > day:
            self.add_error("entry_date", _("The entry into China cannot be after the arrival at this address."))
        departure = data.get("planned_departure")
        if departure and day and departure < day:
            self.add_error("planned_departure", _("The planned departure cannot be before the arrival."))
        return data


def _compound_label(compound) -> str:
    if compound.name_en and compound.name_en != compound.name:
        return f"{compound.name} · {compound.name_en}"
    return compound.name


def _room_label(address) -> str:
    if address.unit:
        return _("Unit %(unit)s, room %(room)s") % {"unit": address.unit, "room": address.room}
    return _("Room %(room)s") % {"room": address.room}


class HostForm(forms.Form):
    """Who the resident lives with or rents from, and the proof of residence (FACTS.md §1)."""

    host_name = forms.CharField(label=_("Name of your host or landlord"), max_length=80)
    host_phone = PhoneNumberField(label=_("Their phone"), region="CN")
    host_relation = forms.ChoiceField(label=_("They are your"), choices=Registration.HostRelation.choices)
    host_id_kind = forms.ChoiceField(label=_("Their identity document"), choices=Registration.HostIdKind.choices)
    host_id_number = forms.CharField(
        label=_("Its number"),
        max_length=30,
        required=False,
        help_text=_("Not needed if the home is your own."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    proof_kind = forms.ChoiceField(
        label=_("What you can show"), choices=Registration.ProofKind.choices, widget=forms.RadioSelect
    )
    statement = forms.CharField(
        label=_("Your written statement"),
        max_length=2000,
        required=False,
        help_text=_(
            "Where there is no lease or certificate: say where you live, since when, and with whom. Or add a photo "
            "of a signed statement above."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, has_proof: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_proof = has_proof
        # Needed or not depending on other answers: the page does not mark them optional.
        self.fields["host_id_number"].conditional = True
        self.fields["statement"].conditional = True

    def clean_host_id_number(self):
        return self.cleaned_data["host_id_number"].strip().upper().replace(" ", "")

    def clean(self):
        data = super().clean()
        number = data.get("host_id_number", "")
        if data.get("host_relation") != Registration.HostRelation.OWNER and not number:
            self.add_error("host_id_number", _("Please give the number of your host's identity document."))
        resident_id = data.get("host_id_kind") == Registration.HostIdKind.RESIDENT_ID
        if number and resident_id and not resident_id_is_valid(number):
            self.add_error(
                "host_id_number",
                _("This is not a resident identity card number: it has 18 characters, the last a digit or X."),
            )
        statement = data.get("statement", "").strip()
        if data.get("proof_kind") == Registration.ProofKind.STATEMENT:
            if not statement and not self.has_proof:
                self.add_error("statement", _("Please write your statement, or add a photo of a signed one."))
        elif data.get("proof_kind") and not self.has_proof:
            self.add_error(None, _("Please add a photo or scan of your proof of residence."))
        return data


class CorrectionPaperForm(PaperForm):
    """A paper added to a returned registration: a sharper passport photo, the missing visa page, a proof."""

    kind = forms.ChoiceField(label=_("This is"), choices=RegistrationUpload.Kind.choices)
    field_order = ["kind", "photo", "file"]


class ConfirmForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I confirm that these details are true and complete."),
        error_messages={"required": _("Please confirm that the details are true.")},
    )
