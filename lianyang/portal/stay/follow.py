"""After sending: the resident's stays, each one's status and history, the correction of a returned one, the slip.

A resident sees only their own registrations (`registration.selectors.registration_for_resident`: 404 for any
other reference). A registered stay gives the registration slip the resident keeps for their residence-permit
application (docs/domain.md §1).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.core.pages import save_or_show_errors
from lianyang.registration import intake, selectors
from lianyang.registration.models import RegistrationAction, RegistrationUpload, Status
from lianyang.registration.reasons import REJECT_REASONS, RETURN_REASONS
from lianyang.registration.uploads import upload_read, upload_store

from .address import compounds_for
from .draft import forms_with_errors, own_resident
from .forms import AddressForm, CorrectionPaperForm, HostForm, host_answers, stay_answers

Kind = RegistrationAction.Kind
portal_login = login_required(login_url="portal:login")

NEXT_STEP = {
    Status.SUBMITTED: gettext_lazy("The station will check your registration. We will tell you in your inbox."),
    Status.RETURNED: gettext_lazy("Please correct what the station asks for below, and send it again."),
    Status.VERIFIED: gettext_lazy("The station has checked your registration and will file it with the police."),
    Status.FILED: gettext_lazy("The police are registering your stay. We will tell you when it is done."),
    Status.REGISTERED: gettext_lazy(
        "Your stay is registered. Download the registration slip and keep it: you need it to apply for a "
        "residence permit."
    ),
    Status.REJECTED: gettext_lazy(
        "This registration was not accepted. See the reason below; you can start a new registration."
    ),
    Status.WITHDRAWN: gettext_lazy("This registration was withdrawn. Nothing more needs to be done for it."),
    Status.SUPERSEDED: gettext_lazy("A newer registration of yours replaces this one."),
}
BY_THE_POLICE = {Kind.POLICE_RETURN, Kind.REGISTER}


@portal_login
@require_GET
def stay_list(request):
    """ "My stays": the resident's registrations, newest first."""
    registrations = list(selectors.registrations_of_resident(actor=request.user))
    return render(request, "portal/stay/list.html", {"registrations": registrations})


@portal_login
@require_GET
def submitted(request, reference):
    registration = selectors.registration_for_resident(actor=request.user, reference=reference, request=request)
    return render(request, "portal/stay/submitted.html", {"registration": registration})


def _history(request, registration) -> list[dict]:
    """The registration's steps with who took them and the reason, in the reader's language."""
    rows = []
    for action in selectors.registration_actions(registration=registration):
        reasons = REJECT_REASONS if action.kind == Kind.REJECT else RETURN_REASONS
        if action.actor_id == request.user.pk:
            who = _("You")
        elif action.kind in BY_THE_POLICE:
            who = _("The police")
        else:
            who = _("The station")
        rows.append(
            {
                "at": action.at,
                "what": action.get_kind_display(),
                "who": who,
                "reason": reasons.get(action.reason_code, "") if action.reason_code else "",
                "note": action.reason,
            }
        )
    return rows


@portal_login
@require_GET
def detail(request, reference):
    """A stay's status: what happened, what to do next, and the slip once it is registered."""
    registration = selectors.registration_for_resident(actor=request.user, reference=reference, request=request)
    history = _history(request, registration)
    context = {
        "registration": registration,
        "history": history,
        "next_step": NEXT_STEP[registration.status],
        "overdue": registration.is_open and registration.deadline_at < timezone.now(),
        "to_fix": [row for row in history if row["reason"] or row["note"]][-1:]
        if registration.status == Status.RETURNED
        else [],
    }
    return render(request, "portal/stay/detail.html", context)


def _correction_initial(registration) -> dict:
    arrival = timezone.localtime(registration.arrival_at)
    address = registration.address
    fields = ["entry_date", "entry_port", "entry_port_other", "purpose", "planned_departure", "previous_address"]
    fields += ["host_name", "host_phone", "host_relation", "host_id_kind", "host_id_number", "proof_kind"]
    if address is not None:
        place = {"compound": address.building.compound_id, "building": address.building_id, "room": address.pk}
    else:
        place = {
            "compound": registration.proposed_compound_id,
            "not_listed": True,
            **{name: getattr(registration, name) for name in AddressForm.PROPOSED},
        }
    return {
        **place,
        "arrival_date": arrival.date(),
        "arrival_time": arrival.strftime("%H:%M"),
        **{name: getattr(registration, name) for name in fields},
    }


def _resubmit(request, registration, place: dict, host: dict, paper: dict):
    """The corrected answers to `intake.stay_correct`; the added paper is kept first (a refusal leaves it
    unattached, like a paper kept on a step of a draft)."""
    papers = ()
    if paper["paper"]:
        content, content_type = upload_read(paper["paper"])
        upload = upload_store(
            actor=request.user, kind=paper["kind"], content=content, content_type=content_type, request=request
        )
        papers = (upload.pk,)
    return intake.stay_correct(
        actor=request.user,
        registration=registration,
        stay=stay_answers(place, address_abroad=registration.address_abroad),
        host=host_answers(host),
        papers=papers,
        statement=host["statement"],
        request=request,
    )


@portal_login
@require_http_methods(["GET", "POST"])
def correct(request, reference):
    """A returned registration, corrected by the resident and sent back to the station's queue."""
    registration = selectors.registration_for_resident(actor=request.user, reference=reference, request=request)
    if registration.status != Status.RETURNED:
        messages.info(request, _("This registration is not waiting for a correction."))
        return redirect("stay:detail", reference=registration.reference)
    compounds = compounds_for(own_resident(request.user))
    has_proof = any(
        u.kind == RegistrationUpload.Kind.PROOF for u in selectors.registration_uploads(registration=registration)
    )
    paper = CorrectionPaperForm(prefix="paper", required=False)
    if request.method == "POST" and "narrow" in request.POST:
        place = AddressForm(initial=request.POST.dict(), compounds=compounds)
        host = HostForm(initial=request.POST.dict(), has_proof=has_proof)
    elif request.method == "POST":
        paper = CorrectionPaperForm(request.POST, request.FILES, prefix="paper", required=False)
        place = AddressForm(request.POST, compounds=compounds)
        paper_given = paper.is_valid() and bool(paper.cleaned_data["paper"])
        host = HostForm(request.POST, has_proof=has_proof or paper_given)
        if paper.is_valid() and place.is_valid() and host.is_valid():
            done = save_or_show_errors(
                place,
                lambda: _resubmit(request, registration, place.cleaned_data, host.cleaned_data, paper.cleaned_data),
            )
            if done is not None:
                messages.success(request, _("Thank you. Your corrected registration is back with the station."))
                return redirect("stay:detail", reference=registration.reference)
    else:
        initial = _correction_initial(registration)
        place = AddressForm(initial=initial, compounds=compounds)
        host = HostForm(initial=initial, has_proof=has_proof)
    context = {
        "registration": registration,
        "form": place,
        "host": host,
        "paper": paper,
        "has_proof": has_proof,
        "error_forms": forms_with_errors(paper, place, host),
    }
    return render(request, "portal/stay/correct.html", context)


@portal_login
@require_GET
def slip(request, reference):
    """The registration slip of a registered stay, as PDF in Chinese and the page's language; audited."""
    registration = selectors.registration_for_resident(actor=request.user, reference=reference, request=request)
    if registration.status != Status.REGISTERED:
        raise Http404
    # Imported here: WeasyPrint takes about a second to load, and only this page needs it.
    from lianyang.registration.pdf import slip_pdf

    pdf = slip_pdf(registration, get_language())
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.EXPORT,
        obj=registration,
        station_id=registration.station_id,
        fields=["slip"],
        request=request,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="registration-slip-{registration.reference}.pdf"'
    return response
