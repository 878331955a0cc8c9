"""A notice's or an article's picture: checked by its content, kept in private storage under a name the server
makes, and shown to readers only while the piece itself is public (a notice on the board, an article of a
published issue)."""

import secrets

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _

from lianyang.accounts.access import officer_of
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.core.uploads import EXTENSIONS, upload_read

from .models import Article, Notice
from .notices import board
from .translation import station_of

# The server names a kept picture by the type its content proved (`picture_set`), so the name tells the type.
PICTURE_TYPES = {extension: kind for kind, extension in EXTENSIONS.items() if kind.startswith("image/")}


def _not_a_photo() -> ValidationError:
    return ValidationError(_("Please choose a photo (JPEG, PNG or WebP)."), code="file_type")


@transaction.atomic
def picture_set(*, actor, piece: Notice | Article, uploaded_file, request=None) -> Notice | Article:
    """Give the notice or article its picture (replacing any before). The file is checked by its content, never
    by its name or declared type (DESIGN.md, Files): a photo (JPEG, PNG or WebP) is kept; a PDF or anything else is
    refused and nothing changes."""
    station_id = station_of(piece)
    officer_of(actor, station_id)
    try:
        content, content_type = upload_read(uploaded_file)
    except ValidationError as refusal:
        # A file of no known type: upload_read's message offers a PDF, which a picture cannot be.
        if refusal.code != "file_type":
            raise
        raise _not_a_photo() from None
    if not content_type.startswith("image/"):
        raise _not_a_photo()
    piece = type(piece).objects.select_for_update().get(pk=piece.pk)
    replaced = piece.image.name
    piece.image.save(f"{secrets.token_hex(16)}.{EXTENSIONS[content_type]}", ContentFile(content), save=False)
    piece.save(update_fields=["image", "updated_at"])
    if replaced:
        transaction.on_commit(lambda: piece.image.storage.delete(replaced))
    audit_record(
        actor=actor, action=AuditEvent.Action.UPDATE, obj=piece, station_id=station_id, fields=["image"],
        request=request,
    )  # fmt: skip
    return piece


def public_picture(kind: str, pk: int):
    """The picture of a piece readers may see now, or 404: a notice on its station's board, an article of a
    published issue."""
    if kind == "notice":
        notice = Notice.objects.filter(pk=pk).first()
        if (
            notice is None
            or not board(station_id=notice.station_id, area_id=notice.area_id, compound_id=notice.compound_id)
            .filter(pk=pk)
            .exists()
        ):
            raise Http404
        piece = notice
    elif kind == "article":
        piece = Article.objects.filter(pk=pk, issue__published_at__isnull=False).first()
    else:
        piece = None
    if piece is None or not piece.image:
        raise Http404
    return piece.image


def picture_type(image) -> str:
    """The type of a kept picture ("image/jpeg"), read from the name the server gave it."""
    return PICTURE_TYPES.get(image.name.rsplit(".", 1)[-1], "application/octet-stream")


def picture_response(image) -> FileResponse:
    """A kept picture as a download, or 404 when its file is gone; the browser may not guess another type."""
    try:
        handle = image.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    response = FileResponse(handle, content_type=picture_type(image))
    response["X-Content-Type-Options"] = "nosniff"
    return response
