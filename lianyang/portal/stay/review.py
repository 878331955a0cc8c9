"""Step 6: every answer once more (document numbers masked), then "Send": the stay is registered.

Sending checks every step's answers again, then hands them to `registration.intake.stay_register` (channel
"portal", the draft's submission key: a second click finds the first registration), which records a new
arrival, finds or adds their passport and visa or permit, and opens the registration in one transaction. A
refusal changes nothing and says which step to correct.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.forms import ModelChoiceField
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_countries import countries
from phonenumber_field.phonenumber import PhoneNumber

from lianyang.core.crypto import mask
from lianyang.registration import intake, mrz, selectors
from lianyang.registration.models import AccommodationRegistration as Registration
from lianyang.registration.models import RegistrationUpload

from .address import compounds_for
from .draft import own_resident, stay_step
from .forms import (
    AddressForm,
    ConfirmForm,
    HostForm,
    PermitForm,
    PersonForm,
    host_answers,
    passport_answers,
    permit_answers,
    stay_answers,
)
from .identity import step_context

MASKED = {"document_number", "number", "host_id_number"}
COUNTRY_FIELDS = {"nationality", "issuing_state"}


class StepProblem(Exception):
    """A step whose answers no longer pass; the resident goes back to it."""

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


# Where the intake's refusal of a field sends the resident back to.
STEP_OF_FIELD = {
    **dict.fromkeys(("document", "expiry_date", "issue_date", "birth_date"), "person"),
    **dict.fromkeys(("permit", "valid_from", "valid_until"), "permit"),
    **dict.fromkeys(("address", "arrival_at", "entry_date", "entry_port_other", "planned_departure"), "address"),
    **dict.fromkeys(("proposed_building", "proposed_unit", "proposed_room"), "address"),
    "host_id_number": "host",
}


def _send(request, draft, forms, resident) -> Registration:
    """The answers to `intake.stay_register`: one durable transaction for the record, papers and registration."""
    user = request.user
    person, permit, place, host = (forms[step].cleaned_data for step in ("person", "permit", "address", "host"))
    new_person = None
    if resident is None:
        new_person = intake.PersonAnswers(
            **{name: person[name] for name in PersonForm.RECORD_FIELDS + PersonForm.CONTACT_FIELDS},
            email=user.email,
            preferred_language=get_language(),
            user=user,
        )
    lines = draft.answers("passport") or {}
    parsed = mrz.parse(lines["line1"], lines["line2"]) if lines else None
    # The MRZ is kept only while it still agrees with the number the resident confirmed.
    keep_mrz = parsed is not None and parsed.valid and parsed.document_number == person["document_number"]
    statement = host["statement"] if host["proof_kind"] == Registration.ProofKind.STATEMENT else ""
    return intake.stay_register(
        actor=user,
        channel=Registration.Channel.PORTAL,
        submission_key=draft.submission_key,
        resident=resident,
        person=new_person,
        passport=passport_answers(person, f"{lines['line1']}\n{lines['line2']}" if keep_mrz else ""),
        permit=permit_answers(permit),
        stay=stay_answers(place, address_abroad=person["address_abroad"]),
        host=host_answers(host),
        papers=tuple(draft.uploads.values()),
        statement=statement,
        request=request,
    )


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
