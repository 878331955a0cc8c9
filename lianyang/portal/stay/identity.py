"""Steps 1–3: the passport (read from a photo, typed, or by hand), the details it gives, the visa or permit.

The MRZ's check digits decide whether a reading is right (ICAO Doc 9303, docs/domain.md §4); a failed check is
reported naming its field, and an expired passport is refused: the police register a stay on a valid one.
"""

from django.forms import BaseForm
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lianyang.people import selectors as people
from lianyang.registration import mrz, ocr
from lianyang.registration.forms import UNCERTAIN_ON_PERMIT, mark_uncertain
from lianyang.registration.models import RegistrationUpload

from .draft import STEP_TITLES, STEPS, answers_of, forms_with_errors, own_resident, stay_step
from .forms import MrzLinesForm, PaperForm, PermitForm, PersonForm
from .mrz_errors import PASSPORT, VISA, mrz_error_messages
from .papers import paper_keep_and_read

Paper = RegistrationUpload.Kind


def step_context(step: str, **context) -> dict:
    """What every step's page shows: "Step 2 of 6", the step's title, the errors of its forms, the way back."""
    index = STEPS.index(step)
    return {
        "step": step,
        "step_number": index + 1,
        "step_count": len(STEPS),
        "step_title": STEP_TITLES[step],
        "steps": [(name, STEP_TITLES[name]) for name in STEPS],
        "back_url": reverse(f"stay:{STEPS[index - 1]}" if index else "stay:begin"),
        "error_forms": forms_with_errors(*(value for value in context.values() if isinstance(value, BaseForm))),
        **context,
    }


def _not_the_holder(result: mrz.MrzResult, resident) -> bool:
    """Whether a passport read for a known resident names someone else (by surname and date of birth)."""
    return resident is not None and (
        result.surname.replace(" ", "") != resident.surname.replace(" ", "")
        or result.birth_date != resident.birth_date.isoformat()
    )


def _passport_fields(result: mrz.MrzResult) -> dict:
    return {
        "surname": result.surname,
        "given_names": result.given_names,
        "sex": result.sex,
        "birth_date": result.birth_date,
        "nationality": result.nationality_country,
        "document_number": result.document_number,
        "issuing_state": result.issuing_country,
        "expiry_date": result.expiry_date,
    }


@stay_step("passport")
@require_http_methods(["GET", "POST"])
def passport(request, draft):
    """Step 1: photograph the data page, type its two MRZ lines, or fill in the details by hand."""
    resident = own_resident(request.user)
    paper = PaperForm(prefix="paper")
    lines = MrzLinesForm(prefix="mrz", formats=PASSPORT)
    problems: list[str] = []
    action = request.POST.get("action")
    if action == "by_hand":
        draft.keep("passport", {})
        return redirect("stay:person")
    accepted = None  # (line 1, line 2, their parse) once every check passed
    if action == "read":
        paper = PaperForm(request.POST, request.FILES, prefix="paper")
        reading = paper_keep_and_read(request, draft, paper, kind=Paper.PASSPORT_PAGE) if paper.is_valid() else None
        if reading is not None:
            problems = mrz_error_messages(reading.result, reading.line2, formats=PASSPORT)
            if problems:
                initial = {"line1": reading.line1, "line2": reading.line2}
                lines = MrzLinesForm(initial=initial, prefix="mrz", formats=PASSPORT)
            else:
                accepted = (reading.line1, reading.line2, reading.result)
    elif action == "type":
        lines = MrzLinesForm(request.POST, prefix="mrz", formats=PASSPORT)
        if lines.is_valid():
            typed = lines.cleaned_data
            accepted = (mrz.normalise_line(typed["line1"]), mrz.normalise_line(typed["line2"]), typed["result"])
    if accepted is not None and _not_the_holder(accepted[2], resident):
        problems = [
            _(
                "This passport is not in the name and date of birth the station has for you. Register your own "
                "stay with your own passport; to register a family member, please come to the station."
            )
        ]
    elif accepted is not None:
        line1, line2, result = accepted
        draft.keep(
            "passport",
            {
                "line1": line1,
                "line2": line2,
                "fields": _passport_fields(result),
                # What the check digits could not prove; the next step asks the resident to compare it.
                "uncertain": list(getattr(result, "uncertain", [])),
            },
        )
        draft.forget("person")
        return redirect("stay:person")
    context = step_context(
        "passport",
        paper=paper,
        lines=lines,
        problems=problems,
        ocr_available=ocr.ocr_available(),
        has_photo="passport" in draft.uploads,
    )
    return render(request, "portal/stay/passport.html", context)


def _person_initial(draft, resident) -> dict:
    """The passport's MRZ where it was read; else the passport the station has on record; else nothing."""
    fields = (draft.answers("passport") or {}).get("fields")
    if fields:
        return fields
    if resident is None:
        return {}
    documents = people.resident_documents(resident=resident)
    if not documents:
        return {}
    latest = documents[0]
    return {
        "document_number": latest.number,
        "issuing_state": latest.issuing_state.code,
        "issue_date": latest.issue_date,
        "expiry_date": latest.expiry_date,
    }


@stay_step("person")
@require_http_methods(["GET", "POST"])
def person(request, draft):
    """Step 2: the details as the passport gives them, for the resident to check, and how to reach them."""
    resident = own_resident(request.user)
    initial = draft.answers("person") or _person_initial(draft, resident)
    form = PersonForm(request.POST or None, initial=initial, new_resident=resident is None)
    if request.method == "POST" and form.is_valid():
        draft.keep("person", answers_of(form))
        return redirect("stay:permit")
    uncertain = mark_uncertain(form, (draft.answers("passport") or {}).get("uncertain", []))
    context = step_context(
        "person", form=form, resident=resident, from_mrz=bool(draft.answers("passport")), uncertain=uncertain
    )
    return render(request, "portal/stay/person.html", context)


def _permit_initial(draft, resident) -> dict:
    if draft.answers("permit"):
        return draft.answers("permit")
    permits = people.resident_permits(resident=resident) if resident is not None else []
    if not permits:
        return {}
    latest = permits[0]
    return {
        "kind": latest.kind,
        "number": latest.number,
        "valid_from": latest.valid_from,
        "valid_until": latest.valid_until,
        "entries": latest.entries,
    }


@stay_step("permit")
@require_http_methods(["GET", "POST"])
def permit(request, draft):
    """Step 3: the visa or residence permit, prefilled from the sticker's MRZ (MRV-A or MRV-B) where read."""
    resident = own_resident(request.user)
    paper = PaperForm(prefix="paper")
    lines = MrzLinesForm(prefix="mrz", formats=VISA)
    form = PermitForm(initial=_permit_initial(draft, resident))
    problems: list[str] = []
    action = request.POST.get("action")
    result = None
    if action == "read":
        paper = PaperForm(request.POST, request.FILES, prefix="paper")
        reading = paper_keep_and_read(request, draft, paper, kind=Paper.VISA_PAGE) if paper.is_valid() else None
        if reading is not None:
            problems = mrz_error_messages(reading.result, reading.line2, formats=VISA)
            result = None if problems else reading.result
    elif action == "type":
        lines = MrzLinesForm(request.POST, prefix="mrz", formats=VISA)
        result = lines.cleaned_data["result"] if lines.is_valid() else None
    elif action == "save":
        form = PermitForm(request.POST)
        if form.is_valid():
            draft.keep("permit", answers_of(form))
            return redirect("stay:address")
    uncertain = []
    if result is not None:
        form = PermitForm(initial={**form.initial, "number": result.document_number, "valid_until": result.expiry_date})
        uncertain = mark_uncertain(form, getattr(result, "uncertain", []), UNCERTAIN_ON_PERMIT)
    context = step_context(
        "permit",
        paper=paper,
        lines=lines,
        form=form,
        problems=problems,
        read=result is not None,
        uncertain=uncertain,
        ocr_available=ocr.ocr_available(),
        has_photo="visa" in draft.uploads,
    )
    return render(request, "portal/stay/permit.html", context)
