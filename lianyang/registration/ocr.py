"""Reading the machine-readable zone from a photo or scan of a passport data page or visa page.

Tesseract runs on this server, never a cloud service: passport data stay in mainland China (PIPL art. 36,
FACTS.md §5). The MRZ sits at the bottom of the page in a fixed-pitch font (ICAO Doc 9303), so each attempt
crops the lower part, turns it grey, scales it to a width Tesseract reads well and, in some attempts, cuts it
to black and white; Tesseract reads it with only the MRZ alphabet allowed. Its reading is then laid on the
fixed pitch: every character goes to the cell it stands in, so fillers (`<`) it ran together are counted
back. The check digits decide (`mrz.repair` undoes O/0, I/1, B/8, S/5, Z/2); the first attempt whose check
digits all agree wins. A few attempts only, within `TIME_BUDGET`: the resident waits for the answer.
"""

import datetime
import io
import itertools
import os
import re
import shutil
import statistics
import time
from dataclasses import dataclass
from functools import cache

import pytesseract
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from . import mrz

WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
TESSERACT_CONFIG = f"--oem 1 --psm 6 -c tessedit_char_whitelist={WHITELIST}"
# Seconds one reading may take in all (a resident waits: under 3 s), and what one attempt needs at least.
TIME_BUDGET = 2.5
ATTEMPT_SECONDS = 0.3
# A larger picture is refused before it is decoded: a small file can unpack into a huge bitmap. A JPEG is first
# reduced while it is decoded, so a 108-megapixel phone photo passes.
MAX_PIXELS = 50_000_000
LINE_LENGTHS = {"P": (44,), "V": (44, 36)}
# Tesseract's own threads cost more than they gain on a small picture: one thread reads a crop in 0.18 s
# where two take 0.5 s on a two-core server. The limit applies to the Tesseract processes started from here.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@dataclass(frozen=True)
class Attempt:
    """One way of preparing the picture: where the crop starts (a fraction of the height), the width it is
    scaled to, and whether it is cut to black and white."""

    top: float
    width: int
    black_and_white: bool = True


# Chosen on rendered pages (sharp, blurred, tilted, small in a large photo): the first reads most, the whole
# page catches a photo with a wide margin below, the last two read what the first two misread.
ATTEMPTS = (
    Attempt(top=0.6, width=2000, black_and_white=False),
    Attempt(top=0.0, width=1600, black_and_white=False),
    Attempt(top=0.6, width=1600),
    Attempt(top=0.45, width=2600),
)


@cache
def ocr_available() -> bool:
    """Whether the Tesseract program is installed here; without it the portal offers typing the MRZ."""
    return shutil.which(pytesseract.pytesseract.tesseract_cmd) is not None


@dataclass
class Glyph:
    """One character as Tesseract boxed it (pixels, origin at the bottom left)."""

    char: str
    left: int
    right: int
    bottom: int
    top: int

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2

    @property
    def width(self) -> int:
        return self.right - self.left


def _unreadable() -> ValidationError:
    return ValidationError(
        _(
            "We could not find a readable machine-readable zone (the two lines with <<< at the bottom of the page) "
            "in this picture. Please take a sharper photo of the whole page in good light, type the two lines, or "
            "fill in the form by hand."
        ),
        code="no_mrz",
    )


def _open(content: bytes) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(content))
        if image.format == "JPEG":
            # Decode a large phone photo at a reduced scale straight away: much faster, and enough for the MRZ.
            image.draft("L", (3000, 3000))
        if image.width * image.height > MAX_PIXELS:
            raise ValidationError(
                _("This picture is too large to read. Please send a smaller photo."), code="too_large"
            )
        return ImageOps.grayscale(ImageOps.exif_transpose(image))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("This file is not a picture we can read."), code="not_an_image") from None


def _otsu(image: Image.Image) -> int:
    """The grey level that best separates ink from paper (Otsu's method on the histogram)."""
    histogram = image.histogram()
    total = sum(histogram)
    sum_all = sum(level * count for level, count in enumerate(histogram))
    best_level, best_spread, weight_dark, sum_dark = 128, -1.0, 0, 0
    for level, count in enumerate(histogram):
        weight_dark += count
        if weight_dark == 0 or weight_dark == total:
            continue
        sum_dark += level * count
        mean_dark = sum_dark / weight_dark
        mean_light = (sum_all - sum_dark) / (total - weight_dark)
        spread = weight_dark * (total - weight_dark) * (mean_dark - mean_light) ** 2
        if spread > best_spread:
            best_level, best_spread = level, spread
    return best_level


def _prepare(image: Image.Image, attempt: Attempt) -> Image.Image:
    crop = image.crop((0, int(image.height * attempt.top), image.width, image.height))
    scale = attempt.width / crop.width
    crop = crop.resize((attempt.width, max(1, int(crop.height * scale))), Image.Resampling.LANCZOS)
    crop = ImageOps.autocontrast(crop, cutoff=1)
    if attempt.black_and_white:
        level = _otsu(crop)
        crop = crop.point(lambda value: 255 if value > level else 0)
    return crop


def _glyph_lines(boxes: str) -> list[list[Glyph]]:
    """Tesseract's boxes, one per character in reading order, grouped into lines."""
    lines: list[list[Glyph]] = []
    for row in boxes.splitlines():
        parts = row.split(" ")
        if len(parts) < 5 or parts[0] not in WHITELIST:
            continue
        glyph = Glyph(parts[0], int(parts[1]), int(parts[3]), int(parts[2]), int(parts[4]))
        previous = lines[-1][-1] if lines else None
        if previous is None or glyph.left < previous.left or glyph.top < previous.bottom or glyph.bottom > previous.top:
            lines.append([glyph])
        else:
            lines[-1].append(glyph)
    return lines


def _on_the_pitch(glyphs: list[Glyph], length: int) -> str:
    """The line laid on fixed-width cells: a character goes to the cell its centre stands in, a wide box of
    run-together fillers fills every cell it covers, and a cell nothing landed in is a filler."""
    # The pitch is the median step between neighbours that are single characters (not run-together boxes).
    single = 1.5 * statistics.median(glyph.width for glyph in glyphs)
    steps = [
        b.centre - a.centre
        for a, b in itertools.pairwise(glyphs)
        if b.centre > a.centre and a.width <= single and b.width <= single
    ]
    if not steps:
        return ""
    pitch = statistics.median(steps)
    origin = glyphs[0].centre
    cells: dict[int, tuple[float, str]] = {}
    for glyph in glyphs:
        span = max(1, round(glyph.width / pitch))
        if span == 1:
            positions = [(glyph.centre - origin) / pitch]
        else:
            first = (glyph.left + pitch / 2 - origin) / pitch
            positions = [first + offset for offset in range(span)]
        for position in positions:
            cell = round(position)
            distance = abs(position - cell)
            if 0 <= cell < length and (cell not in cells or distance < cells[cell][0]):
                cells[cell] = (distance, glyph.char)
    return "".join(cells.get(cell, (0, "<"))[1] for cell in range(length))


def _fitted(text: str, length: int) -> str:
    """A line of `length` characters: fillers added to, or taken from, its longest run of fillers."""
    runs = list(re.finditer(r"<+", text))
    if len(text) == length or not runs:
        return text.ljust(length, "<")[:length]
    longest = max(runs, key=lambda run: len(run.group()))
    if len(text) < length:
        return text[: longest.end()] + "<" * (length - len(text)) + text[longest.end() :]
    surplus = min(len(text) - length, len(longest.group()))
    return (text[: longest.end() - surplus] + text[longest.end() :])[:length]


AS_LETTER = str.maketrans({"0": "O", "1": "I", "2": "Z", "5": "S", "6": "G", "8": "B"})
# Birth and expiry check digits of line 2 (TD3); the composite check digit covers both.
DATE_CHECK_DIGITS = {19: (13, 19), 27: (21, 27)}


def _mended(line1: str, line2: str) -> tuple[str, str]:
    """What the format itself settles: letters where only letters may stand (issuing state, names,
    nationality), and on a passport one date check digit read as a filler recomputed from its date, for the
    composite check digit to confirm or refute (Doc 9303 part 3: the composite covers both dates and their
    check digits)."""
    line1 = line1[:2] + line1[2:].translate(AS_LETTER)
    line2 = line2[:10] + line2[10:13].translate(AS_LETTER) + line2[13:]
    erased = [index for index in DATE_CHECK_DIGITS if line2[index] == "<"]
    if line1.startswith("P") and len(erased) == 1:
        start, end = DATE_CHECK_DIGITS[erased[0]]
        digit = mrz.check_digit(line2[start:end].translate(mrz.AS_DIGIT))
        line2 = line2[:end] + digit + line2[end + 1 :]
    return line1, line2


def _candidates(lines: list[list[Glyph]]):
    """Pairs of lines that may be an MRZ, each as read and as laid on the pitch, at each possible length."""
    for first, second in zip(lines, lines[1:], strict=False):
        read1, read2 = "".join(g.char for g in first), "".join(g.char for g in second)
        lengths = LINE_LENGTHS.get(read1[:1], ())
        if len(read1) < 20 or len(read2) < 20 or "<" not in read1 + read2:
            continue
        for length in lengths:
            yield _mended(_on_the_pitch(first, length), _on_the_pitch(second, length))
            yield _mended(_fitted(read1, length), _fitted(read2, length))


@dataclass(frozen=True)
class MrzReading:
    """What was read: the two lines (shown to the resident to correct when a check failed) and their parse."""

    line1: str
    line2: str
    result: mrz.MrzResult


def read_mrz(content: bytes, *, today: datetime.date | None = None) -> MrzReading:
    """The MRZ of a photo or scan (JPEG, PNG or WebP); if no reading passed every check, the closest one.

    Raises ValidationError when Tesseract is missing ("ocr_unavailable"), the file is no picture
    ("not_an_image") or too large a one ("too_large"), or no two lines that look like an MRZ were found
    ("no_mrz").
    """
    if not ocr_available():
        raise ValidationError(_("Reading photos is not available on this server."), code="ocr_unavailable")
    image = _open(content)
    started = time.monotonic()
    best: MrzReading | None = None
    for attempt in ATTEMPTS:
        remaining = TIME_BUDGET - (time.monotonic() - started)
        if remaining < ATTEMPT_SECONDS:
            break
        try:
            boxes = pytesseract.image_to_boxes(_prepare(image, attempt), config=TESSERACT_CONFIG, timeout=remaining)
        except RuntimeError:  # pytesseract's timeout
            break
        for line1, line2 in _candidates(_glyph_lines(boxes)):
            result = mrz.repair(line1, line2, today=today)
            if result.valid:
                return MrzReading(line1, line2, result)
            if result.format and (best is None or len(result.errors) < len(best.result.errors)):
                best = MrzReading(line1, line2, result)
    if best is None:
        raise _unreadable()
    return best
