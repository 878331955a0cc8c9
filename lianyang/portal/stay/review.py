"""Step 6: every answer once more (document numbers masked), then "Send": the stay is registered.

Sending checks every step's answers again, then, in one transaction: the resident's record for a new arrival
(`people.services.resident_create`, in the station of the chosen compound), their passport and visa or permit
(the same number found again through its blind index, else `document_add` / `permit_add`), and the
registration (`registration_submit`, channel "portal", the draft's submission key: a second click finds the
first registration). A refusal changes nothing and says which step to correct.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.forms import ModelChoiceField
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_countries import countries
from phonenumber_field.phonenumber import PhoneNumber

from lianyang.core.crypto import blind_index, mask
from lianyang.people import selectors as people
from lianyang.people.models import IdentityDocument
from lianyang.people.services import document_add, permit_add, resident_create
from lianyang.registration import mrz, selectors
from lianyang.registration.models import AccommodationRegistration as Registration
from lianyang.registration.models import RegistrationUpload
from lianyang.registration.services import registration_submit
from lianyang.registration.uploads import statement_store, uploads_attach

from ..stay_forms import AddressForm, ConfirmForm, HostForm, PermitForm, PersonForm
from .address import compounds_for
from .draft import own_resident, stay_step
from .identity import step_context

MASKED = {"document_number", "number", "host_id_number"}
COUNTRY_FIELDS = {"nationality", "issuing_state"}


class StepProblem(Exception):
    """A step whose answers no longer pass, or that a service refused; the resident goes back to it."""

    def __init__(self, step: str, messages: list[str]):
        super().__init__(step)
        self.step, self.messages = step, messages


def _checked(draft, resident) -> dict:
    """Every step's form, bound to the draft's answers and checked again."""
    forms = {
        "person": PersonForm(draft.answers("person"), new_resident=resident is None),
        "permit": PermitForm(draft.answers("permit")),
        "address": AddressForm(draft.answers("address"), compounds=compounds_for(resident)),
        "host": HostForm(draft.answers("host"), has_proof=RegistrationUpload.Kind.PROOF in draft.uploads),
    }
    for step, form in forms.items():
        if not form.is_valid():
            raise StepProblem(step, [error for errors in form.errors.values() for error in errors])
    return forms


def _shown(form, name):
    field, value = form.fields[name], form.cleaned_data.get(name)
    if name in MASKED:
        return mask(value)
    if name in COUNTRY_FIELDS:
        return countries.name(value)
    if isinstance(field, ModelChoiceField):
        return field.label_from_instance(value)
    if isinstance(value, PhoneNumber):
        return value.as_international
    if isinstance(value, bool):
        return _("Yes")
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if getattr(field, "choices", None):
        return dict(field.choices).get(value, value)
    return value


def _summary(forms) -> list[tuple[str, list]]:
    """Each step's answers as (label, value) rows, leaving out what was not given."""
    summary = []
    for step, form in forms.items():
        rows = [
            (form.fields[name].label, _shown(form, name))
            for name in form.fields
            if form.cleaned_data.get(name) not in (None, "", False)
        ]
        summary.append((step, rows))
    return summary


def _passport(request, resident, person: dict, lines: dict) -> IdentityDocument:
    """The resident's passport with this number (found through its blind index), or a new one."""
    index = blind_index(person["document_number"])
    for document in people.resident_documents(resident=resident):
        if document.number_index == index:
            return document
    parsed = mrz.parse(lines.get("line1", ""), lines.get("line2", "")) if lines else None
    # The MRZ is kept only while it still agrees with the number the resident confirmed.
    keep_mrz = parsed is not None and parsed.valid and parsed.document_number == person["document_number"]
    try:
        return document_add(
            actor=request.user,
            resident=resident,
            number=person["document_number"],
            kind=IdentityDocument.Kind.PASSPORT,
            issuing_state=person["issuing_state"],
            issue_date=person["issue_date"],
            expiry_date=person["expiry_date"],
            mrz=f"{lines['line1']}\n{lines['line2']}" if keep_mrz else "",
            request=request,
        )
    except ValidationError as error:
        raise StepProblem("person", error.messages) from None


def _permit(request, resident, document, answers: dict):
    if answers["visa_free"]:
        return None
    index = blind_index(answers["number"])
    for permit in people.resident_permits(resident=resident):
        if permit.number_index == index:
            return permit
    fields = {name: answers[name] for name in ("kind", "valid_from", "valid_until", "entries")}
    try:
        return permit_add(
            actor=request.user,
            resident=resident,
            number=answers["number"],
            document=document,
            request=request,
            **fields,
        )
    except ValidationError as error:
        raise StepProblem("permit", error.messages) from None


# Where a service's refusal of a field sends the resident back to.
STEP_OF_FIELD = {"address": "address", "arrival_at": "address", "document": "person", "permit": "permit"}


@transaction.atomic
def _send(request, draft, forms, resident) -> Registration:
    user = request.user
    person, permit, place, host = (forms[step].cleaned_data for step in ("person", "permit", "address", "host"))
    room = place["room"]
    if resident is None:
        record = {name: person[name] for name in PersonForm.RECORD_FIELDS + PersonForm.CONTACT_FIELDS}
        resident = resident_create(
            actor=user,
            station=room.building.compound.area.station,
            user=user,
            email=user.email,
            preferred_language=get_language(),
            address=room,
            arrival_date=place["arrival_date"],
            request=request,
            **record,
        )
    document = _passport(request, resident, person, draft.answers("passport") or {})
    papers = list(draft.uploads.values())
    if host["proof_kind"] == Registration.ProofKind.STATEMENT and host["statement"].strip():
        papers.append(statement_store(actor=user, text=host["statement"], request=request).pk)
    registration = registration_submit(
        actor=user,
        resident=resident,
        address=room,
        arrival_at=place["arrival_at"],
        submission_key=draft.submission_key,
        channel=Registration.Channel.PORTAL,
        document=document,
        permit=_permit(request, resident, document, permit),
        request=request,
        entry_date=place["entry_date"],
        entry_port=place["entry_port"],
        purpose=place["purpose"],
        planned_departure=place["planned_departure"],
        previous_address=place["previous_address"],
        address_abroad=person["address_abroad"],
        host_phone=host["host_phone"].as_international,
        **{name: host[name] for name in ("host_name", "host_relation", "host_id_kind", "host_id_number", "proof_kind")},
    )
    uploads_attach(actor=user, registration=registration, upload_ids=papers, request=request)
    return registration


def _problems_of(error: ValidationError) -> list[tuple[str | None, str]]:
    """A service's refusal as (step to correct, message) pairs."""
    if not hasattr(error, "error_dict"):
        return [(None, message) for message in error.messages]
    return [(STEP_OF_FIELD.get(field), message) for field, errors in error.message_dict.items() for message in errors]


@stay_step("review")
@require_http_methods(["GET", "POST"])
def review(request, draft):
    resident = own_resident(request.user)
    try:
        forms = _checked(draft, resident)
    except StepProblem as problem:
        for message in problem.messages:
            messages.error(request, message)
        return redirect(f"stay:{problem.step}")
    confirm = ConfirmForm(request.POST or None)
    problems = []
    if request.method == "POST" and confirm.is_valid():
        sent = selectors.registration_of_resident_submitted_with(
            actor=request.user, submission_key=draft.submission_key
        )
        try:
            sent = sent or _send(request, draft, forms, resident)
        except StepProblem as problem:
            problems = [(problem.step, message) for message in problem.messages]
        except ValidationError as error:
            problems = _problems_of(error)
        except IntegrityError:
            # The same draft sent twice at the same moment: the other request made the registration.
            sent = selectors.registration_of_resident_submitted_with(
                actor=request.user, submission_key=draft.submission_key
            )
            if sent is None:
                problems = [(None, _("Your registration could not be sent just now. Please send it again."))]
        if sent is not None:
            draft.finish(sent.reference)
            return redirect("stay:submitted", reference=sent.reference)
    context = step_context(
        "review",
        summary=_summary(forms),
        confirm=confirm,
        step_problems=[(reverse(f"stay:{step}") if step else None, message) for step, message in problems],
        resident=resident,
        papers=sorted(draft.uploads),
    )
    return render(request, "portal/stay/review.html", context)
