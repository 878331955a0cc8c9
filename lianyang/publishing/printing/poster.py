"""A notice as a poster for the station's physical board: its reviewed texts in several languages on one A4 (or
A3) sheet, each block headed by the language's own name, with the notice's window and a QR code that opens the
notice online in that language.

Only a reviewed text made from the current source is printed, in exactly its language: a language of the
poster without one is left off (no English standing in for Korean on a board), and the staff page says which.
"""

from dataclasses import dataclass

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..models import Notice
from ..reading import Reading, reading_of
from .document import date_said, direction, own_name, printed, station_name

SIZES = ("a4", "a3")


@dataclass(frozen=True)
class PosterBlock:
    reading: Reading
    name: str
    dir: str
    window: str
    url: str
    qr_code: str


def notice_url(notice: Notice, language: str) -> str:
    """The notice on the portal's board, read in `language`."""
    return f"{settings.SITE_URL}/{language}/board/{notice.pk}/"


def poster_readings(notice: Notice) -> tuple[list[Reading], list[str]]:
    """The texts the poster prints (in the order of the notice's poster languages) and the languages left off
    because they have no reviewed, current text of their own."""
    shown, left_off = [], []
    for language in notice.poster_languages:
        reading = reading_of(notice, language)
        if reading is not None and not reading.is_fallback:
            shown.append(reading)
        else:
            left_off.append(language)
    return shown, left_off


def _window(notice: Notice, language: str) -> str:
    start = date_said(timezone.localtime(notice.shown_from), language)
    with translation.override(language):
        if notice.shown_until is None:
            return _("On the board from %(start)s") % {"start": start}
        end = date_said(timezone.localtime(notice.shown_until), language)
        return _("On the board from %(start)s to %(end)s") % {"start": start, "end": end}


def _block(notice: Notice, reading: Reading) -> PosterBlock:
    url = notice_url(notice, reading.language)
    return PosterBlock(
        reading=reading,
        name=own_name(reading.language),
        dir=direction(reading.language),
        window=_window(notice, reading.language),
        url=url,
        qr_code=segno.make(url, error="m").svg_data_uri(scale=4, border=2),
    )


def poster_pdf(notice: Notice, *, size: str = "a4") -> bytes:
    """The poster of `notice` on an A4 or A3 sheet; refused when no language of the poster has a reviewed text."""
    if size not in SIZES:
        raise ValidationError(_("Please choose A4 or A3."), code="size")
    readings, _left_off = poster_readings(notice)
    if not readings:
        raise ValidationError(
            _("No language of the poster has a reviewed text yet, so there is nothing to print."), code="empty"
        )
    blocks = [_block(notice, reading) for reading in readings]
    first = readings[0].language
    return printed(
        "publishing/print/poster.html",
        {
            "notice": notice,
            "size": size,
            "blocks": blocks,
            "station_names": list(dict.fromkeys(station_name(notice.station, r.language) for r in readings)),
        },
        language=first,
    )
