"""The papers of a registration: passport and visa pages, proof of residence, a written statement.

DESIGN.md (Files): an upload is checked by its content, never by its name or the type the browser declares;
it is renamed by the server and kept in private storage, served only through a permission-checked view.
Passport scans are sensitive identity information (PIPL art. 28, GB/T 35273-2020), so every stored paper is
audited. The size limit, `MAX_UPLOAD_BYTES`, is a constant: a phone photo is 2–6 MB; 10 MB leaves room for a
scanned PDF without letting one upload fill the disk. One account keeps at most `UPLOAD_QUOTA_BYTES` in a rolling
day (settings), so no account can fill it ten files at a time either. A picture is measured from its header before
anything is decoded (at most `UPLOAD_MAX_PIXELS`), and a PDF must open with pypdf, without a password, with at
most `UPLOAD_MAX_PDF_PAGES` pages. Every channel (the portal's steps and corrections, the counter) checks here.
"""

import datetime
import hashlib
import io
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Sum
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from .models import RegistrationUpload

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Content type → file-name extension of what the station accepts.
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "application/pdf": "pdf"}
IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
QUOTA_WINDOW = datetime.timedelta(days=1)


def content_type_of(head: bytes) -> str | None:
    """The type a file's first bytes prove ("magic numbers"), or None for anything the station does not take."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def _refused() -> ValidationError:
    return ValidationError(
        _("This file is not a photo (JPEG, PNG or WebP) or a PDF. Please choose another file."), code="file_type"
    )


def pixels_allowed(width: int, height: int) -> bool:
    """Whether a picture this size may be decoded: at most `UPLOAD_MAX_PIXELS` (the officers' preview asks too)."""
    return width * height <= settings.UPLOAD_MAX_PIXELS


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _("This picture has more than %(limit)s million pixels. Please send a smaller photo or scan."),
        code="file_pixels",
        params={"limit": settings.UPLOAD_MAX_PIXELS // 1_000_000},
    )


def _picture_checked(content: bytes, content_type: str) -> None:
    """The picture's size is read from its header and refused before any pixel is decoded; then it must be
    whole (`verify`) and of the format its first bytes claim."""
    try:
        with Image.open(io.BytesIO(content)) as image:
            if not pixels_allowed(*image.size):
                raise _too_many_pixels()
            image.verify()
            if IMAGE_FORMATS.get(image.format) != content_type:
                raise _refused()
    except Image.DecompressionBombError:
        raise _too_many_pixels() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise _refused() from None


def _pdf_checked(content: bytes) -> None:
    """The PDF must open with pypdf, without a password, and have between one and `UPLOAD_MAX_PDF_PAGES` pages."""
    unreadable = ValidationError(
        _("This PDF cannot be opened. Please send the file again, or a photo of the page."), code="pdf_unreadable"
    )
    try:
        reader = PdfReader(io.BytesIO(content))
        encrypted = reader.is_encrypted
        pages = 0 if encrypted else len(reader.pages)
    except Exception:  # a parser of untrusted bytes: whatever it raises means the file does not open
        raise unreadable from None
    if encrypted:
        raise ValidationError(
            _("This PDF is protected by a password. Please send it without the password, or a photo of the page."),
            code="pdf_encrypted",
        )
    if pages < 1:
        raise unreadable
    if pages > settings.UPLOAD_MAX_PDF_PAGES:
        raise ValidationError(
            _("This PDF has more pages than we take (at most %(limit)s). Please send only the pages asked for."),
            code="pdf_pages",
            params={"limit": settings.UPLOAD_MAX_PDF_PAGES},
        )


def upload_read(uploaded_file) -> tuple[bytes, str]:
    """The checked content of an uploaded file and its true content type, or a ValidationError that says why not.

    Pictures must also open as what they claim to be, so a file that only starts like a JPEG is refused; a PDF
    must open as one, so a file that only starts with `%PDF-` is refused too.
    """
    too_large = ValidationError(
        _("This file is larger than %(limit)s. Please send a smaller photo or scan."),
        code="file_size",
        params={"limit": filesizeformat(MAX_UPLOAD_BYTES)},
    )
    if uploaded_file.size > MAX_UPLOAD_BYTES:
        raise too_large
    uploaded_file.seek(0)
    content = uploaded_file.read(MAX_UPLOAD_BYTES + 1)
    if len(content) > MAX_UPLOAD_BYTES:
        raise too_large
    if not content:
        raise ValidationError(_("This file is empty. Please choose another file."), code="file_empty")
    content_type = content_type_of(content[:16])
    if content_type is None:
        raise _refused()
    if content_type == "application/pdf":
        _pdf_checked(content)
    else:
        _picture_checked(content, content_type)
    return content, content_type


def _quota_checked(actor, size: int) -> None:
    """One account keeps at most `UPLOAD_QUOTA_BYTES` of papers in a rolling day. The account's row is locked
    first, so uploads sent at the same moment are counted one after the other."""
    get_user_model().objects.select_for_update().filter(pk=actor.pk).first()
    since = timezone.now() - QUOTA_WINDOW
    kept = RegistrationUpload.objects.filter(owner=actor, created_at__gte=since).aggregate(total=Sum("size"))["total"]
    if (kept or 0) + size > settings.UPLOAD_QUOTA_BYTES:
        raise ValidationError(
            _(
                "You have sent as many papers today as we take from one account (%(limit)s). Please try again "
                "tomorrow, or bring your papers to the station."
            ),
            code="file_quota",
            params={"limit": filesizeformat(settings.UPLOAD_QUOTA_BYTES)},
        )


@transaction.atomic
def _keep(*, actor, kind: str, content: bytes, content_type: str, extension: str, request) -> RegistrationUpload:
    upload = RegistrationUpload(
        owner=actor,
        kind=kind,
        content_type=content_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    upload.file.save(f"{secrets.token_hex(16)}.{extension}", ContentFile(content), save=False)
    upload.save()
    audit_record(actor=actor, action=AuditEvent.Action.CREATE, obj=upload, fields=["file", "kind"], request=request)
    return upload


@transaction.atomic
def upload_store(*, actor, kind: str, content: bytes, content_type: str, request=None) -> RegistrationUpload:
    """Keep checked content (see `upload_read`) in private storage under a random name the server makes, within
    the account's daily quota; a refusal keeps nothing."""
    if kind not in RegistrationUpload.Kind.values or content_type not in EXTENSIONS:
        raise ValidationError(_("This kind of paper cannot be kept here."), code="file_kind")
    _quota_checked(actor, len(content))
    return _keep(
        actor=actor,
        kind=kind,
        content=content,
        content_type=content_type,
        extension=EXTENSIONS[content_type],
        request=request,
    )


def statement_store(*, actor, text: str, request=None) -> RegistrationUpload:
    """A resident's written statement of where they live, kept among the papers as a text file.

    Shanghai's procedures accept a written statement where there is no lease or certificate (docs/domain.md §1).
    """
    return _keep(
        actor=actor,
        kind=RegistrationUpload.Kind.PROOF,
        content=text.strip().encode(),
        content_type="text/plain",
        extension="txt",
        request=request,
    )


@transaction.atomic
def uploads_attach(*, actor, registration, upload_ids, request=None) -> None:
    """Put the resident's own papers into their registration; papers of anyone else, or already in a
    registration, are left alone."""
    attached = RegistrationUpload.objects.filter(
        pk__in=list(upload_ids), owner=actor, registration__isnull=True
    ).update(registration=registration)
    if attached:
        audit_record(
            actor=actor,
            action=AuditEvent.Action.UPDATE,
            obj=registration,
            station_id=registration.station_id,
            fields=["uploads"],
            request=request,
        )
