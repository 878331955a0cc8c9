"""The translation workflow every published piece follows (notices, newspaper articles, handbook sections and
entries): staff write once in a source language, translate by language, and another officer reviews.

- A text is a draft while its writer works on it, then waits for review; a reviewer other than its writer marks it
  reviewed (the four-eyes rule the station keeps for everything it publishes) or sends it back with a note.
- A change to a text after its review makes it a draft again.
- A change to the source raises the piece's revision: translations made from an older revision are outdated
  until they are corrected or a reviewer confirms them against the new source.
- Only the officers and the head of the piece's station write or review its texts.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lianyang.accounts.access import officer_of
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from .models import LONGEST_TITLE, Article, HandbookEntry, HandbookSection, Notice, TranslatedPiece, TranslationStatus

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
LONGEST_BODY = 20_000
OUTDATED = "outdated"


def station_of(piece: TranslatedPiece) -> int:
    """The station a piece belongs to, which decides who may write it."""
    if isinstance(piece, Notice | HandbookSection):
        return piece.station_id
    if isinstance(piece, Article):
        return piece.issue.station_id
    if isinstance(piece, HandbookEntry):
        return piece.section.station_id
    raise TypeError(type(piece))


def rows_of(piece: TranslatedPiece) -> dict:
    """The piece's translation rows by language (prefetched rows are used when there)."""
    return {row.language_code: row for row in piece.translations.all()}


def state_of(piece: TranslatedPiece, row) -> str:
    """A translation's state as staff see it: missing, draft, needs review, reviewed, or outdated (made from an
    older revision of the source)."""
    if row is None:
        return TranslationStatus.MISSING
    if row.language_code != piece.source_language and row.source_revision < piece.revision:
        return OUTDATED
    return row.status


def languages_not_ready(piece: TranslatedPiece, languages) -> list[str]:
    """Those of `languages` whose text is not reviewed against the current source."""
    rows = rows_of(piece)
    return [code for code in languages if state_of(piece, rows.get(code)) != TranslationStatus.REVIEWED]


def text_checked(title: str, body: str, language: str, *, has_body: bool = True) -> tuple[str, str]:
    """The title and body as they will be stored (trimmed), or a refusal saying what is wrong."""
    if language not in LANGUAGE_CODES:
        raise ValidationError({"language": _("Please choose a language from the list.")})
    title, body = (title or "").strip(), (body or "").strip()
    if not title:
        raise ValidationError({"title": _("Please give it a title.")})
    if len(title) > LONGEST_TITLE:
        raise ValidationError({"title": _("Please keep the title to %(limit)d characters.") % {"limit": LONGEST_TITLE}})
    if has_body and not body:
        raise ValidationError({"body": _("Please write the text.")})
    if len(body) > LONGEST_BODY:
        raise ValidationError({"body": _("Please keep the text to %(limit)d characters.") % {"limit": LONGEST_BODY}})
    return title, body


def _has_body(piece: TranslatedPiece) -> bool:
    return not isinstance(piece, HandbookSection)


def _audit(actor, piece: TranslatedPiece, fields: list[str], request=None) -> None:
    audit_record(
        actor=actor,
        action=AuditEvent.Action.UPDATE,
        obj=piece,
        station_id=station_of(piece),
        fields=fields,
        request=request,
    )


def source_set(piece: TranslatedPiece, *, actor, language: str, title: str, body: str = "") -> None:
    """Give a new piece its source text (a draft by `actor`); the caller has saved the piece."""
    text = {"body": body} if _has_body(piece) else {}
    piece.translations.model.objects.create(
        master=piece,
        language_code=language,
        title=title,
        translator=actor,
        status=TranslationStatus.DRAFT,
        source_revision=piece.revision,
        **text,
    )


@transaction.atomic
def translation_write(
    *, actor, piece: TranslatedPiece, language: str, title: str, body: str = "", ready: bool = False, request=None
):
    """Write or correct the piece's text in `language`; `ready` sends it for review. Writing the source language
    changes the source: its revision goes up and every translation made before becomes outdated."""
    officer_of(actor, station_of(piece))
    title, body = text_checked(title, body, language, has_body=_has_body(piece))
    piece = type(piece).objects.select_for_update().get(pk=piece.pk)
    row = piece.translations.filter(language_code=language).first()
    row = row or piece.translations.model(master=piece, language_code=language, source_revision=piece.revision)
    changed = row.pk is None or row.title != title or (_has_body(piece) and row.body != body)
    if changed:
        row.title, row.translator, row.reviewer, row.review_note = title, actor, None, ""
        if _has_body(piece):
            row.body = body
        if language == piece.source_language and row.pk is not None:
            piece.revision += 1
            piece.save(update_fields=["revision", "updated_at"])
        row.source_revision = piece.revision
    if changed or ready:
        row.status = TranslationStatus.NEEDS_REVIEW if ready else TranslationStatus.DRAFT
    row.save()
    _audit(actor, piece, [f"translation:{language}:{row.status}"], request)
    return row


@transaction.atomic
def translation_review(*, actor, piece: TranslatedPiece, language: str, approve: bool, note: str = "", request=None):
    """Approve the text in `language` (confirming it against the current source), or send it back to its writer
    with a note. Nobody reviews a text they wrote themselves."""
    officer_of(actor, station_of(piece))
    piece = type(piece).objects.select_for_update().get(pk=piece.pk)
    row = piece.translations.filter(language_code=language).first()
    if row is None:
        raise ValidationError(_("There is no text in this language to review yet."), code="missing")
    if row.translator_id == actor.pk:
        raise ValidationError(_("Another officer must review a text you wrote."), code="own_review")
    note = (note or "").strip()[:500]
    if approve:
        row.status, row.reviewer, row.source_revision, row.review_note = (
            TranslationStatus.REVIEWED,
            actor,
            piece.revision,
            note,
        )
    else:
        if not note:
            raise ValidationError({"note": _("Please tell the writer what to change.")})
        row.status, row.reviewer, row.review_note = TranslationStatus.DRAFT, actor, note
    row.save()
    _audit(actor, piece, [f"translation:{language}:{row.status}"], request)
    return row
