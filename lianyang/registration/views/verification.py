"""The verification page: the registration's form beside its uploaded papers, its history, and the station's steps.

Only the steps the workflow allows now are offered (workflow.allowed_steps); each goes through
`services.registration_step`, which records it, audits it and tells the resident in their language.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from lianyang.accounts.access import casework_required
from lianyang.core.crypto import mask

from .. import selectors, services
from ..forms import STATION_STEPS, STEP_REASONS, StepForm, new_key
from ..models import RegistrationAction, Status
from ..previews import PREVIEW_CONTENT_TYPE, upload_preview
from ..uploads import EXTENSIONS
from ..workflow import allowed_steps
from .countdown import deadline_countdown

Kind = RegistrationAction.Kind

STEP_DONE = {
    Kind.RETURN: _("The registration was returned; the resident is told what to correct."),
    Kind.VERIFY: _("The registration is verified and can be filed with the police."),
    Kind.REJECT: _("The registration was rejected; the resident is told why."),
    Kind.WITHDRAW: _("The registration was withdrawn."),
}

# Photos are shown in the page as a preview drawn again; a PDF (which may carry scripts) and anything else are only
# downloaded.
PREVIEWED = {"image/jpeg", "image/png", "image/webp"}
OCTET_STREAM = "application/octet-stream"


def _detail_context(registration, *, actor, bound: StepForm | None = None, host_id_revealed: bool = False) -> dict:
    allowed = allowed_steps(registration.status)
    now = timezone.now()
    steps = [
        bound if bound is not None and bound.kind == kind else StepForm(kind=kind)
        for kind in STATION_STEPS
        if kind in allowed
    ]
    history = selectors.registration_actions(registration=registration)
    for action in history:
        action.reason_text = STEP_REASONS.get(action.kind, {}).get(action.reason_code, "")
    uploads = selectors.registration_uploads(registration=registration)
    return {
        "registration": registration,
        "countdown": deadline_countdown(registration.deadline_at, now) if registration.is_open else None,
        "at_risk": selectors.deadline_at_risk(
            status=registration.status, deadline_at=registration.deadline_at, now=now
        ),
        "officers": selectors.queue_officers(actor=actor) if registration.is_open else [],
        # Verified: it can go to the police from this page at once, under a one-time key like the queue's.
        "filing_key": new_key() if registration.status == Status.VERIFIED else "",
        "images": [upload for upload in uploads if upload.content_type.startswith("image/")],
        "papers": [upload for upload in uploads if not upload.content_type.startswith("image/")],
        "history": history,
        "steps": steps,
        "host_id_masked": mask(registration.host_id_number),
        "host_id_revealed": host_id_revealed,
    }


@casework_required
def registration_detail(request, pk):
    """Opening the page is audited as a view of the registration (PIPL art. 51)."""
    registration = selectors.registration_get(actor=request.user, pk=pk, request=request)
    return render(request, "registration/detail.html", _detail_context(registration, actor=request.user))


@casework_required
@require_POST
def registration_step(request, pk, kind):
    if kind not in STATION_STEPS:
        raise Http404
    form = StepForm(request.POST, kind=kind)
    if not form.is_valid():
        registration = selectors.registration_get(actor=request.user, pk=pk, request=request)
        return render(
            request, "registration/detail.html", _detail_context(registration, actor=request.user, bound=form)
        )
    registration = selectors.registration_find(actor=request.user, pk=pk)
    try:
        services.registration_step(
            actor=request.user,
            registration=registration,
            kind=kind,
            reason_code=form.cleaned_data.get("reason_code", ""),
            reason=form.cleaned_data.get("note", "").strip(),
            request=request,
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, STEP_DONE[kind])
    return redirect("registration:detail", pk=registration.pk)


@casework_required
@require_POST
def host_id_reveal(request, pk):
    """The host's ID number in full, once, on request; the reveal is audited (DESIGN.md, Security)."""
    registration = selectors.registration_host_id_reveal(actor=request.user, pk=pk, request=request)
    if request.htmx:
        return render(request, "registration/_host_id_number.html", {"registration": registration})
    registration = selectors.registration_get(actor=request.user, pk=pk, request=request)
    return render(
        request, "registration/detail.html", _detail_context(registration, actor=request.user, host_id_revealed=True)
    )


@casework_required
def upload_file(request, pk):
    """An uploaded paper, from private storage to a caseworker of its station; audited as a view.

    A picture is shown inline only as the preview the server draws again (previews.py), never as the bytes the
    resident sent; a PDF, a statement, and a picture the server cannot draw again are only downloaded.
    """
    upload = selectors.registration_upload_get(actor=request.user, pk=pk, request=request)
    extension = EXTENSIONS.get(upload.content_type)
    try:
        handle = upload.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    name = f"{upload.registration.reference}-{upload.kind}-{upload.pk}"
    preview = upload_preview(handle) if upload.content_type in PREVIEWED else None
    if preview is not None:
        handle.close()
        response = HttpResponse(preview, content_type=PREVIEW_CONTENT_TYPE)
        response["Content-Disposition"] = content_disposition_header(False, f"{name}.jpg")
    else:
        handle.seek(0)
        response = FileResponse(
            handle,
            content_type=upload.content_type if extension and upload.content_type not in PREVIEWED else OCTET_STREAM,
            as_attachment=True,
            filename=f"{name}.{extension or 'bin'}",
        )
    response["X-Content-Type-Options"] = "nosniff"
    return response
