"""Reading the machine-readable zone from a photo or scan of a passport data page, visa or identity card.

The reading runs on this server, never a cloud service: passport data stay in mainland China (PIPL art. 36,
docs/domain.md §3). It needs Pillow and numpy alone (docs/decisions/0007-reading-passport-photos.md):

1. the picture is turned so that its text runs level: sideways photos by a quarter turn, tilts by the angle
   whose projection profile is sharpest (`picture.rotations`, likeliest first, then upside down, then the other
   quarter turn);
2. the MRZ is found as the block of lines that run furthest without a break (`picture.mrz_bands`), cut out,
   scaled to a standard width and levelled once more on its own lines (`picture.levelled_band`);
3. each line is cut into cells at the fixed pitch and each cell read as the OCR-B glyph it looks most like,
   only the characters the layout allows at that position considered (`cells`);
4. the check digits decide among the ways of reading the cells read unsure (`_proven`), and a name character
   read unsure marks its name uncertain: no check digit covers a name. A reading whose every field is
   proven wins at once; when nothing passes, the next rotation is tried.

A few attempts only, within `TIME_BUDGET`: the resident waits for the answer.
"""

import datetime
import itertools
import time
from dataclasses import dataclass, field
from functools import cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .. import mrz
from . import cells, picture

__all__ = ["MrzReading", "ocr_available", "read_mrz"]

# Seconds one reading may take in all (a resident waits: under 3 s); no new band is started after it.
TIME_BUDGET = 2.5
# A reading that fails more checks than this is no reading of an MRZ, only letters where one might be.
MAX_ERRORS = 2
# Unsure characters outside the names tried both ways against the check digits, at most: with more, one of the
# many wrong ways passes a check digit by chance (one in ten does) and looks like the one reading that fits.
MAX_DOUBTS = 3


@cache
def ocr_available() -> bool:
    """Whether reading photos works here (the OCR-B glyphs ship with the code); without it the portal offers
    typing the MRZ."""
    return cells.SHEET.exists()


def _unreadable() -> ValidationError:
    return ValidationError(
        _(
            "We could not find a readable machine-readable zone (the two lines with <<< at the bottom of the page) "
            "in this picture. Please take a sharper photo of the whole page in good light, type the two lines, or "
            "fill in the form by hand."
        ),
        code="no_mrz",
    )


@dataclass(frozen=True)
class MrzReading:
    """What was read: the lines (shown to the resident to correct when a check failed), their parse and the
    seconds the reading took."""

    lines: tuple[str, ...]
    result: mrz.MrzResult
    seconds: float = field(default=0.0, compare=False)

    @property
    def line1(self) -> str:
        return self.lines[0]

    @property
    def line2(self) -> str:
        return self.lines[1]


def _name_fields(line: str, unsure: dict[int, str], start: int) -> list[str]:
    """The name fields to mark uncertain when a character of the name was read unsure (no check digit covers
    a name): both, since the `<<` that parts surname from given names may be the character misread."""
    return ["surname", "given_names"] if any(position >= start for position in unsure) else []


def _proven(lines: list[str], doubtful: list[tuple[int, int, str]], today) -> tuple[list[str], mrz.MrzResult]:
    """The one reading the check digits accept among the ways of reading the characters read unsure (each as
    read or as the glyph that came second); when none or several pass, what `mrz.repair` makes of the lines
    as read. Characters read sure are not second-guessed: `mrz.repair` flips every O/0 or I/1 it sees and
    so finds several passing readings of a number that the glyphs themselves tell apart."""
    passing: list[tuple[list[str], mrz.MrzResult]] = []
    if len(doubtful) <= MAX_DOUBTS:
        for flips in itertools.product((False, True), repeat=len(doubtful)):
            chars = [list(line) for line in lines]
            for (row, position, runner_up), flip in zip(doubtful, flips, strict=True):
                if flip:
                    chars[row][position] = runner_up
            candidate = ["".join(line) for line in chars]
            result = mrz.parse(*candidate, today=today)
            if result.valid:
                passing.append((candidate, result))
                if len(passing) > 1:
                    break
    if len(passing) == 1:
        return passing[0]
    # `mrz.repair` tries only O/0, I/1, B/8, S/5 and Z/2: a field holding a character read unsure between other
    # glyphs stays uncertain, whatever a repair of its look-alikes finds.
    result = mrz.repair(*lines, today=today)
    for name in _fields_of(len(lines), doubtful):
        if name not in result.uncertain:
            result.uncertain.append(name)
    return lines, result


# Where each field stands, as (row, first, end) by number of lines (Doc 9303 parts 4–7; check digits with
# their fields). A long document number that runs on into the optional data is counted with the optional data.
FIELDS = {
    2: (("issuing_state", 0, 2, 5), ("document_number", 1, 0, 10), ("nationality", 1, 10, 13),
        ("birth_date", 1, 13, 20), ("sex", 1, 20, 21), ("expiry_date", 1, 21, 28), ("optional_data", 1, 28, 44)),
    3: (("issuing_state", 0, 2, 5), ("document_number", 0, 5, 15), ("optional_data", 0, 15, 30),
        ("birth_date", 1, 0, 7), ("sex", 1, 7, 8), ("expiry_date", 1, 8, 15), ("nationality", 1, 15, 18),
        ("optional_data", 1, 18, 30)),
}  # fmt: skip


# The positions a check settles, by layout: (row, first, end): those a check digit covers, and the state codes
# and sex, which must be a known code or M, F or `<`. A character read unsure elsewhere (a visa's optional
# data) no check can settle, so its field stays uncertain.
CHECKED = {
    "TD3": ((0, 2, 5), (1, 0, 44)),
    "TD2": ((0, 2, 5), (1, 0, 36)),
    "MRV": ((0, 2, 5), (1, 0, 28)),
    "TD1": ((0, 2, 30), (1, 0, 30)),
}


def _checked(lines: list[str], row: int, position: int) -> bool:
    layout = (
        "TD1" if len(lines) == 3 else "MRV" if lines[0].startswith("V") else "TD3" if len(lines[0]) == 44 else "TD2"
    )
    return any(row == span_row and first <= position < end for span_row, first, end in CHECKED[layout])


def _fields_of(count: int, doubtful: list[tuple[int, int, str]]) -> list[str]:
    return [
        name
        for name, row, first, end in FIELDS[count]
        if any(row == doubt_row and first <= position < end for doubt_row, position, _runner_up in doubtful)
    ]


def _judged(lines: list[str], unsure: list[dict[int, str]], today) -> tuple[list[str], mrz.MrzResult]:
    """The lines as the check digits settle them and their parse; a character read unsure where no check digit
    reaches (a name, the nationality, a visa's optional data) marks its field uncertain."""
    name_row, name_start = (2, 0) if len(lines) == 3 else (0, 5)
    doubtful = [
        (row, position, runner_up)
        for row, positions in enumerate(unsure)
        for position, runner_up in positions.items()
        if not (row == name_row and position >= name_start)
    ]
    unchecked = [doubt for doubt in doubtful if not _checked(lines, doubt[0], doubt[1])]
    lines, result = _proven(lines, [doubt for doubt in doubtful if doubt not in unchecked], today)
    for name in _fields_of(len(lines), unchecked) + _name_fields(lines[name_row], unsure[name_row], name_start):
        if name not in result.uncertain:
            result.uncertain.append(name)
    return lines, result


def _better(reading: mrz.MrzResult, than: mrz.MrzResult | None) -> bool:
    if than is None:
        return bool(reading.format)
    return (reading.valid, -len(reading.uncertain), -len(reading.errors)) > (
        than.valid,
        -len(than.uncertain),
        -len(than.errors),
    )


def read_mrz(content: bytes, *, today: datetime.date | None = None) -> MrzReading:
    """The MRZ of a photo or scan (JPEG, PNG or WebP); if no reading passed every check, the closest one,
    unless it fails more than `MAX_ERRORS` checks.

    Raises ValidationError when the reader's glyphs are missing ("ocr_unavailable"), the file is no picture
    ("not_an_image") or too large a one ("too_large"), or no lines that look like an MRZ were found ("no_mrz").
    """
    if not ocr_available():
        raise ValidationError(_("Reading photos is not available on this server."), code="ocr_unavailable")
    started = time.monotonic()
    image = picture.open_picture(content)
    best: tuple[list[str], mrz.MrzResult] | None = None
    for rotation in picture.rotations(image):
        if best is not None and best[1].valid or time.monotonic() - started > TIME_BUDGET:
            break
        page = picture.turned(image, rotation)
        for band in picture.mrz_bands(page):
            if time.monotonic() - started > TIME_BUDGET:
                break
            for read, unsure in cells.read_band(picture.levelled_band(page.image, band)):
                lines, result = _judged(read, unsure, today)
                if result.valid and not result.uncertain:
                    return MrzReading(tuple(lines), result, time.monotonic() - started)
                if _better(result, best[1] if best else None):
                    best = (lines, result)
    if best is None or len(best[1].errors) > MAX_ERRORS:
        raise _unreadable()
    if best[1].errors:
        # A check that fails shows the photo misread somewhere; the names, which no check covers, were read
        # from the same photo and are offered for comparison too, never as certain.
        best[1].uncertain.extend(name for name in ("surname", "given_names") if name not in best[1].uncertain)
    return MrzReading(tuple(best[0]), best[1], time.monotonic() - started)
