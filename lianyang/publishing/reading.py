"""A published piece as a reader gets it: the reviewed text in their language, else in English, else in Chinese
(else in the language it was written in), with the language actually shown so the page can say so; and its body
as safe HTML.

Staff write plain text: paragraphs separated by a blank line, list items as lines starting with "- ". A body may
also hold a few HTML tags (bold, links…); everything else, scripts and event handlers included, is removed when
the body is shown (nh3). The stored text stays as written.
"""

from dataclasses import dataclass

import nh3
from django.db.models import F, Prefetch, Q
from django.utils.safestring import SafeString, mark_safe

from .models import TranslatedPiece, TranslationStatus
from .translation import state_of

FALLBACKS = ("en", "zh-hans")
ALLOWED_TAGS = {"a", "b", "strong", "i", "em", "u", "br", "p", "ul", "ol", "li", "h3", "h4", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


@dataclass(frozen=True)
class Reading:
    title: str
    body: str
    language: str
    wanted: str

    @property
    def is_fallback(self) -> bool:
        return self.language != self.wanted

    @property
    def html(self) -> SafeString:
        return body_html(self.body)


def readable(model, language: str) -> Prefetch:
    """Prefetch only the translation rows `reading_of` may choose for a reader of `language`: theirs, the
    fallbacks and the source (a list page then reads three rows a piece, not ten bodies)."""
    rows = model._parler_meta.root_model.objects.filter(
        Q(language_code__in=(language, *FALLBACKS)) | Q(language_code=F("master__source_language"))
    )
    return Prefetch("translations", queryset=rows)


def reading_of(piece: TranslatedPiece, language: str) -> Reading | None:
    """The reviewed, current text the reader of `language` gets, or None when no language has one."""
    rows = {row.language_code: row for row in piece.translations.all()}
    for code in (language, *FALLBACKS, piece.source_language):
        row = rows.get(code)
        if state_of(piece, row) == TranslationStatus.REVIEWED:
            return Reading(title=row.title, body=getattr(row, "body", ""), language=code, wanted=language)
    return None


def _paragraph(block: str) -> str:
    """One block of lines: runs of "- " lines become a list, the other runs a paragraph, in their order."""
    parts, run, in_list = [], [], False

    def close():
        if run:
            parts.append(
                "<ul>" + "".join(f"<li>{item}</li>" for item in run) + "</ul>"
                if in_list
                else "<p>" + "<br>".join(run) + "</p>"
            )
        run.clear()

    for line in block.split("\n"):
        is_item = line.startswith("- ")
        if is_item != in_list:
            close()
            in_list = is_item
        run.append(line[2:].strip() if is_item else line)
    close()
    return "".join(parts)


def body_html(text: str) -> SafeString:
    """The body as HTML that cannot run anything: cleaned by nh3 first, then laid out in paragraphs and lists."""
    clean = nh3.clean(text.replace("\r\n", "\n"), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES)
    blocks = [block.strip() for block in clean.split("\n\n") if block.strip()]
    return mark_safe("".join(_paragraph(block) for block in blocks))  # noqa: S308 — nh3 cleaned it
