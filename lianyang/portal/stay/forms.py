"""The forms of "Register my stay": one per step, each checking what a resident can get wrong on a phone.

The rules themselves are the intake's (`registration.intake`): these forms check the shape of each answer and
ask the intake's rules early, so the resident corrects a step on the step itself; the intake checks every rule
again when the answers are sent. Fields follow docs/domain.md §1 (the union of the real forms).
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
from lianyang.core.sorting import natural_key
from lianyang.core.text import database_id
from lianyang.people.forms import DateInput
from lianyang.people.models import Permit, Resident
from lianyang.registration import intake, mrz
from lianyang.registration.models import AccommodationRegistration as Registration
from lianyang.registration.models import EntryPort, RegistrationUpload

from .mrz_errors import mrz_error_messages


def _document_number(value: str) -> str:
    number = value.strip().upper().replace(" ", "")
    if not re.fullmatch(r"[A-Z0-9-]+", number):
        raise forms.ValidationError(_("A document number has only letters and digits, at most 20."))
    return number


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
                {
                    "autocomplete": "off",
                    "autocapitalize": "characters",
                    "spellcheck": "false",
                    "class": "mono",
                    "dir": "ltr",
                }
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
        self.fields["document_number"].widget.attrs.update({"autocomplete": "off", "spellcheck": "false", "dir": "ltr"})

    def clean_document_number(self):
        return _document_number(self.cleaned_data["document_number"])

    def clean(self):
        data = super().clean()
        if data.get("expiry_date"):
            _add_problems(self, intake.passport_problems(passport_answers(data)))
        if data.get("birth_date"):
            _add_problems(self, intake.person_problems(_birth_only(data["birth_date"])))
        return data


def _add_problems(form, problems: dict[str, str], fields: dict[str, str] | None = None) -> None:
    """The intake's refusals on the form's fields (`fields` renames the intake's names to the form's)."""
    for name, message in problems.items():
        name = (fields or {}).get(name, name)
        form.add_error(name if name in form.fields else None, message)


def _birth_only(birth_date) -> intake.PersonAnswers:
    return intake.PersonAnswers(surname="", given_names="", sex="", birth_date=birth_date, nationality="")


def passport_answers(data: dict, mrz_lines: str = "") -> intake.PassportAnswers:
    return intake.PassportAnswers(
        number=data.get("document_number", ""),
        issuing_state=data.get("issuing_state", ""),
        expiry_date=data["expiry_date"],
        issue_date=data.get("issue_date"),
        mrz=mrz_lines,
    )


def permit_answers(data: dict) -> intake.PermitAnswers | None:
    if data.get("visa_free"):
        return None
    return intake.PermitAnswers(
        kind=data["kind"],
        number=data["number"],
        valid_from=data["valid_from"],
        valid_until=data["valid_until"],
        entries=data["entries"],
    )


class PermitForm(forms.Form):
    """The visa or residence permit the resident stays on (docs/domain.md §2), or a visa-free entry."""

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
        if not self.errors:
            _add_problems(self, intake.permit_problems(permit_answers(data)))
        return data


class AddressForm(forms.Form):
    """Where and since when: compound → building → room of a station's places, or a flat the list does not
    have yet ("My flat is not listed": building, unit and room as on the door); arrival and entry."""

    compound = ShortListField(
        label=_("Compound"),
        queryset=None,
        error_messages={"invalid_choice": _("Please choose a compound from the list.")},
    )
    building = ShortListField(
        label=_("Building"),
        queryset=Building.objects.none(),
        required=False,
        sort_key=lambda building: natural_key(building.number),
        error_messages={"invalid_choice": _("Please choose a building of the chosen compound.")},
    )
    room = ShortListField(
        label=_("Room"),
        queryset=Address.objects.none(),
        required=False,
        sort_key=lambda address: (natural_key(address.unit), natural_key(address.room)),
        error_messages={"invalid_choice": _("Please choose a room of the chosen building.")},
    )
    not_listed = forms.BooleanField(
        label=_("My flat is not listed"),
        required=False,
        help_text=_("Then write its building, unit and room below, as on the door. The station will check them."),
    )
    proposed_building = forms.CharField(label=_("Building number"), max_length=20, required=False)
    proposed_unit = forms.CharField(label=_("Unit (if any)"), max_length=20, required=False)
    proposed_room = forms.CharField(label=_("Room number"), max_length=20, required=False)
    arrival_date = forms.DateField(label=_("Date you arrived at this address"), widget=DateInput())
    arrival_time = forms.TimeField(label=_("Time you arrived"), widget=forms.TimeInput(attrs={"type": "time"}))
    entry_date = forms.DateField(label=_("Date of your last entry into China"), widget=DateInput())
    entry_port = forms.ChoiceField(
        label=_("Port of entry"),
        choices=[("", "—"), *EntryPort.choices],
        help_text=_("The airport, station or port where you entered China."),
    )
    entry_port_other = forms.CharField(
        label=_("Name of the other port"),
        max_length=60,
        required=False,
        help_text=_("Only if you chose “Another port” above."),
    )
    purpose = forms.ChoiceField(label=_("Purpose of your stay"), choices=Registration.Purpose.choices)
    planned_departure = forms.DateField(label=_("Planned departure"), required=False, widget=DateInput())
    previous_address = forms.CharField(label=_("Previous address in China"), max_length=200, required=False)

    PLACES = ("compound", "building", "room")
    PROPOSED = ("proposed_building", "proposed_unit", "proposed_room")

    def __init__(self, *args, compounds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["compound"].queryset = compounds.select_related("area__station")
        self.fields["compound"].label_from_instance = _compound_label
        self.fields["building"].label_from_instance = lambda building: (
            _("Building %(number)s") % {"number": building.number}
        )
        self.fields["room"].label_from_instance = _room_label
        for name in ("entry_port_other", "building", "room", *self.PROPOSED):
            self.fields[name].conditional = True
        if self.is_bound:
            compound_id, building_id = (
                self.data.get(self.add_prefix("compound")),
                self.data.get(self.add_prefix("building")),
            )
        else:
            compound_id, building_id = self.initial.get("compound"), self.initial.get("building")
        # Which lists the page shows: buildings once a compound is chosen, rooms once a building is.
        compound_id, building_id = database_id(compound_id), database_id(building_id)
        self.shows_buildings = compound_id is not None
        self.shows_rooms = self.shows_buildings and building_id is not None
        if self.shows_buildings:
            self.fields["building"].queryset = Building.objects.filter(compound__in=compounds, compound_id=compound_id)
        if self.shows_rooms:
            self.fields["room"].queryset = Address.objects.filter(
                building__in=self.fields["building"].queryset, building_id=building_id
            )

    def clean(self):
        data = super().clean()
        if data.get("not_listed"):
            data["room"] = None
        else:
            for name in ("building", "room"):
                if not data.get(name) and name not in self.errors:
                    self.add_error(name, _("Please choose your flat, or tick “My flat is not listed”."))
        day, time = data.get("arrival_date"), data.get("arrival_time")
        if day and time:
            data["arrival_at"] = timezone.make_aware(datetime.datetime.combine(day, time))
            answers = stay_answers(data)
            _add_problems(self, intake.stay_problems(answers), {"arrival_at": "arrival_date"})
            if not self.errors:
                _add_problems(self, intake.place_problems(answers), {"address": "room"})
        return data


def stay_answers(data: dict, *, address_abroad: str = "") -> intake.StayAnswers:
    """An address step's cleaned answers as the intake takes them."""
    proposed = None
    if data.get("not_listed"):
        proposed = intake.ProposedAddress(
            compound=data.get("compound"),
            building=data.get("proposed_building", ""),
            unit=data.get("proposed_unit", ""),
            room=data.get("proposed_room", ""),
        )
    return intake.StayAnswers(
        address=None if proposed else data.get("room"),
        proposed=proposed,
        arrival_at=data["arrival_at"],
        entry_date=data.get("entry_date"),
        entry_port=data.get("entry_port", ""),
        entry_port_other=data.get("entry_port_other", ""),
        purpose=data.get("purpose") or Registration.Purpose.WORK,
        planned_departure=data.get("planned_departure"),
        previous_address=data.get("previous_address", ""),
        address_abroad=address_abroad,
    )


def _compound_label(compound) -> str:
    if compound.name_en and compound.name_en != compound.name:
        return f"{compound.name} · {compound.name_en}"
    return compound.name


def _room_label(address) -> str:
    if address.unit:
        return _("Unit %(unit)s, room %(room)s") % {"unit": address.unit, "room": address.room}
    return _("Room %(room)s") % {"room": address.room}


class HostForm(forms.Form):
    """Who the resident lives with or rents from, and the proof of residence (docs/domain.md §1)."""

    host_name = forms.CharField(label=_("Name of your host or landlord"), max_length=80)
    host_phone = PhoneNumberField(label=_("Their phone"), region="CN")
    host_relation = forms.ChoiceField(label=_("Their relation to you"), choices=Registration.HostRelation.choices)
    host_id_kind = forms.ChoiceField(label=_("Their identity document"), choices=Registration.HostIdKind.choices)
    host_id_number = forms.CharField(
        label=_("Its number"),
        max_length=30,
        required=False,
        help_text=_("Not needed if the home is your own."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "dir": "ltr"}),
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
        if data.get("host_relation") and data.get("host_id_kind"):
            _add_problems(self, intake.host_problems(host_answers(data)))
        statement = data.get("statement", "").strip()
        if data.get("proof_kind") == Registration.ProofKind.STATEMENT:
            if not statement and not self.has_proof:
                self.add_error("statement", _("Please write your statement, or add a photo of a signed one."))
        elif data.get("proof_kind") and not self.has_proof:
            self.add_error(None, _("Please add a photo or scan of your proof of residence."))
        return data


def host_answers(data: dict) -> intake.HostAnswers:
    phone = data.get("host_phone")
    return intake.HostAnswers(
        name=data.get("host_name", ""),
        phone=phone.as_international if phone else "",
        relation=data["host_relation"],
        id_kind=data["host_id_kind"],
        proof_kind=data.get("proof_kind", ""),
        id_number=data.get("host_id_number", ""),
    )


class CorrectionPaperForm(PaperForm):
    """A paper added to a returned registration: a sharper passport photo, the missing visa page, a proof."""

    kind = forms.ChoiceField(label=_("Kind of document"), choices=RegistrationUpload.Kind.choices)
    field_order = ["kind", "photo", "file"]


class ConfirmForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I confirm that these details are true and complete."),
        error_messages={"required": _("Please confirm that the details are true.")},
    )
