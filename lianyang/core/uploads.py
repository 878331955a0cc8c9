"""Checking an uploaded file by its content, whatever the page that takes it (a registration's papers, a request's
attachments).

DESIGN.md (Files): an upload is checked by its content, never by its name or the type the browser declares. The
size limit, `MAX_UPLOAD_BYTES`, is a constant: a phone photo is 2–6 MB; 10 MB leaves room for a scanned PDF
without letting one upload fill the disk. A picture is measured from its header before anything is decoded (at
most `UPLOAD_MAX_PIXELS`), and a PDF must open with pypdf, without a password, with at most
`UPLOAD_MAX_PDF_PAGES` pages.
"""

import io

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Content type → file-name extension of what the station accepts.
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "application/pdf": "pdf"}
IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


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
