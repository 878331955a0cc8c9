"""The living-tips handbook printed in one language: a cover, a table of contents with page numbers, then each
section with its entries and the date each entry's facts were last checked.

An entry not yet reviewed in the reader's language is printed in the language the reader would get online
(English, else Chinese, else its source) under a note in the reader's language saying so; an entry with no
reviewed text at all, and a section left without entries, are not printed.
"""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..models import HandbookSection
from ..notices import language_name
from ..reading import reading_of
from .document import date_said, direction, own_name, printed, station_name


def _fallback_note(shown_in: str, language: str) -> str:
    with translation.override(language):
        return _("Not yet translated into your language: this entry is shown in %(language)s.") % {
            "language": language_name(shown_in)
        }


def _chapters(station, language: str) -> list[dict]:
    sections = HandbookSection.objects.filter(station=station).prefetch_related("translations", "entries__translations")
    chapters = []
    for section in sections:
        heading = reading_of(section, language)
        entries = [
            {
                "entry": entry,
                "reading": reading,
                "dir": direction(reading.language),
                "checked": date_said(entry.last_reviewed_on, language),
                "note": _fallback_note(reading.language, language) if reading.is_fallback else "",
            }
            for entry in section.entries.all()
            if (reading := reading_of(entry, language)) is not None
        ]
        if heading is not None and entries:
            chapters.append(
                {"section": section, "heading": heading, "dir": direction(heading.language), "entries": entries}
            )
    return chapters


def handbook_pdf(station, language: str) -> bytes:
    """The station's handbook for readers of `language`."""
    return printed(
        "publishing/print/handbook.html",
        {
            "station_name": station_name(station, language),
            "language_name": own_name(language),
            "edition": date_said(timezone.localdate(), language),
            "chapters": _chapters(station, language),
        },
        language=language,
    )
