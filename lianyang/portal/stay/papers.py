"""A page photographed or scanned on a step: checked by content, kept privately, and its MRZ read if it has one.

The photo is kept whatever the reading gives: it is the scan the station checks the typed details against.
A PDF is kept as a scan but not read (the reader reads pictures); the page then says so and offers typing.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from lianyang.registration import ocr
from lianyang.registration.ocr import MrzReading
from lianyang.registration.uploads import upload_read, upload_store

PDF = "application/pdf"


def paper_keep(request, draft, form, *, kind: str) -> tuple[bytes, str] | None:
    """Keep the paper of a valid `PaperForm` in the draft: its content and type, or None with why on the form."""
    try:
        content, content_type = upload_read(form.cleaned_data["paper"])
        upload = upload_store(
            actor=request.user, kind=kind, content=content, content_type=content_type, request=request
        )
    except ValidationError as error:
        form.add_error(None, error)
        return None
    draft.keep_upload(kind, upload.pk)
    return content, content_type


def paper_keep_and_read(request, draft, form, *, kind: str) -> MrzReading | None:
    """Keep the paper, then the MRZ it shows, or None with the reason on the page."""
    kept = paper_keep(request, draft, form, kind=kind)
    if kept is None:
        return None
    content, content_type = kept
    if content_type == PDF:
        messages.info(
            request,
            _(
                "We have kept your PDF with your registration. We can read only photos, so please type the two "
                "lines at the bottom of the page, or fill in the form by hand."
            ),
        )
        return None
    if not ocr.ocr_available():
        messages.info(
            request,
            _(
                "We have kept your photo with your registration. Reading photos is not available at the moment, so "
                "please type the two lines at the bottom of the page, or fill in the form by hand."
            ),
        )
        return None
    try:
        return ocr.read_mrz(content, today=timezone.localdate())
    except ValidationError as error:
        form.add_error(None, error)
        return None
