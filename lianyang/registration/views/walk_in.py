"""Registrations entered by a caseworker on a resident's behalf, at the counter or on a home visit.

docs/domain.md §1: the station is one of Shanghai's "social declaration platforms"; a foreigner or their host may
register there in person. The channel is recorded; a second open registration for the same resident and
address is shown instead of entered; the form's one-time key makes a double click enter one registration.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from lianyang.accounts.access import casework_required
from lianyang.community import selectors as places
from lianyang.core.pages import save_or_show_errors
from lianyang.people import selectors as people

from .. import intake, mrz, ocr, selectors
from ..forms import MrzReaderForm, ResidentSearchForm, WalkInForm, mark_uncertain, new_key
from ..uploads import upload_read

# Enough to find a person by name; a longer list means the name should be typed more fully.
SEARCH_RESULTS = 20
# The form's field each of the intake's refusals belongs to, where its name differs.
FIELD_OF_PROBLEM = {"document": "document_number", **dict.fromkeys(("valid_from", "valid_until"), "permit")}
# The layouts of a passport or identity document; a visa's (MRV-A, MRV-B) are read on the permit's own page.
DOCUMENT_LAYOUTS = {"TD1", "TD2", "TD3"}


def _register(request, resident, data: dict):
    """The counter's answers to the intake: the chosen passport and permit as their answers, found again by
    their numbers; a refusal is told on the form's field it concerns."""
    permit = data["permit"]
    try:
        return intake.stay_register(
            actor=request.user,
            channel=data["channel"],
            submission_key=data["submission_key"],
            resident=resident,
            passport=intake.PassportAnswers(
                number=data["document_number"],
                issuing_state=data["issuing_state"],
                expiry_date=data["expiry_date"],
                issue_date=data["issue_date"],
            ),
            permit=intake.PermitAnswers(
                kind=permit.kind,
                number=permit.number,
                valid_from=permit.valid_from,
                valid_until=permit.valid_until,
                entries=permit.entries,
            )
            if permit is not None
            else None,
            stay=intake.StayAnswers(
                address=data["address"],
                arrival_at=data["arrival_at"],
                entry_date=data["entry_date"],
                entry_port=data["entry_port"],
                entry_port_other=data["entry_port_other"],
                purpose=data["purpose"],
                planned_departure=data["planned_departure"],
                previous_address=data["previous_address"],
                address_abroad=data["address_abroad"],
            ),
            host=intake.HostAnswers(
                name=data["host_name"],
                phone=data["host_phone"],
                relation=data["host_relation"],
                id_kind=data["host_id_kind"],
                proof_kind=data["proof_kind"],
                id_number=data["host_id_number"].strip().upper().replace(" ", ""),
            ),
            assigned_to=request.user,
            request=request,
        )
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            error = ValidationError(
                {FIELD_OF_PROBLEM.get(name, name): errors for name, errors in error.error_dict.items()}
            )
        raise error from None


def _choose_resident(request):
    form = ResidentSearchForm(request.GET if "q" in request.GET else None)
    residents = None
    if form.is_valid():
        residents = list(people.resident_list(actor=request.user, query=form.cleaned_data["q"])[:SEARCH_RESULTS])
    return render(request, "registration/choose_resident.html", {"form": form, "residents": residents})


def _read(reader: MrzReaderForm, resident):
    """The MRZ of the scan or of the reader's lines: (passport fields, uncertain MRZ fields), or None with the
    reason on `reader`. A reading that fails a check, names someone else or is a visa fills in nothing."""
    data = reader.cleaned_data
    today = timezone.localdate()
    try:
        if data["passport_scan"]:
            content, content_type = upload_read(data["passport_scan"])
            if not content_type.startswith("image/"):
                raise ValidationError(_("Only a photo or scan in JPEG, PNG or WebP can be read."))
            result = ocr.read_mrz(content, today=today).result
        else:
            result = mrz.parse_lines(data["lines"], today=today)
    except ValidationError as error:
        reader.add_error(None, error)
        return None
    if result.format not in DOCUMENT_LAYOUTS:
        reader.add_error(None, _("These are not the lines of a passport or identity card."))
    elif not result.valid:
        reader.add_error(
            None,
            _(
                "The lines do not pass their check digits, so nothing was filled in. Compare them with the document, "
                "character by character, or type the details."
            ),
        )
    elif result.surname.replace(" ", "") != resident.surname.replace(" ", "") or (
        result.birth_date != resident.birth_date.isoformat()
    ):
        reader.add_error(None, _("This document is not in this resident's name and date of birth."))
    else:
        fields = {
            "document_number": result.document_number,
            "issuing_state": result.issuing_country,
            "expiry_date": result.expiry_date,
        }
        return fields, list(getattr(result, "uncertain", []))
    return None


@casework_required
def registration_create(request):
    """Pick the resident first (`?resident=<id>`, as the resident's page links it), then enter their stay."""
    if "resident" not in request.GET:
        return _choose_resident(request)
    resident = people.resident_get(actor=request.user, pk=request.GET["resident"], request=request)
    passport = people.resident_documents(resident=resident)[:1]
    latest = passport[0] if passport else None
    choices = {"addresses": places.address_choices(actor=request.user), "permits": resident.permits.all()}
    initial = {
        "address": resident.address_id,
        "permit": resident.permits.values_list("pk", flat=True).first(),
        "submission_key": new_key(),
    }
    if latest is not None:
        initial.update(
            document_number=latest.number,
            issuing_state=latest.issuing_state.code,
            issue_date=latest.issue_date,
            expiry_date=latest.expiry_date,
        )
    reader = MrzReaderForm(prefix="reader")
    uncertain = []
    if request.method == "POST" and request.POST.get("action") == "read":
        reader = MrzReaderForm(request.POST, request.FILES, prefix="reader")
        read = _read(reader, resident) if reader.is_valid() else None
        answered = {name: value for name, value in request.POST.items() if not name.startswith("reader-")}
        form = WalkInForm(initial={**initial, **answered, **(read[0] if read else {})}, **choices)
        if read is not None:
            uncertain = mark_uncertain(form, read[1])
            filled = _("The passport's details were filled in from its MRZ. Check them, then enter the registration.")
            messages.info(request, filled)
    else:
        form = WalkInForm(request.POST or None, initial=initial, **choices)
    duplicates = []
    if request.method == "POST" and form.is_bound and form.is_valid():
        data = form.cleaned_data
        done = selectors.registration_submitted_with(actor=request.user, submission_key=data["submission_key"])
        if done is not None and done.resident_id == resident.pk:
            messages.info(request, _("This registration was already entered; it was not entered twice."))
            return redirect("registration:detail", pk=done.pk)
        duplicates = selectors.open_registrations_of(actor=request.user, resident=resident, address=data["address"])
        if not duplicates:
            registration = save_or_show_errors(form, lambda: _register(request, resident, data))
            if registration is not None:
                messages.success(request, _("The registration has been entered. Check it and verify it next."))
                return redirect("registration:detail", pk=registration.pk)
    context = {
        "form": form,
        "reader": reader,
        "uncertain": uncertain,
        "ocr_available": ocr.ocr_available(),
        "resident": resident,
        "duplicates": duplicates,
        "open_registrations": selectors.open_registrations_of(actor=request.user, resident=resident),
    }
    return render(request, "registration/walk_in.html", context)
