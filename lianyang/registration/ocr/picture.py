"""Finding the MRZ in a photo: which way up the page lies, how far it is tilted, where the MRZ band is.

Everything here works on a small copy of the picture (`ANALYSIS_SIDE` pixels on its long side) with Pillow
alone. Ink is what is darker than its neighbourhood (the picture minus a wide blur of itself), so uneven light
and glare do not count as ink. Text lines are found by their projection profile: rotated to the right angle,
the ink's row sums swing hard between lines and gaps (the sharpest profile wins). The MRZ is the block of two
or three lines that run furthest across the page without a break: its fillers join its characters into one
long run, where printed labels and values stop short.
"""

import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, ImageChops, ImageFilter, ImageOps, UnidentifiedImageError

# A larger picture is refused before it is decoded: a small file can unpack into a huge bitmap. A JPEG is first
# reduced while it is decoded, so a 108-megapixel phone photo passes.
MAX_PIXELS = 50_000_000
# The long side of the picture the reading works on: an MRZ filling half a 2400-pixel photo still has characters
# about 25 pixels apart.
WORK_SIDE = 1600
ANALYSIS_SIDE = 640
# Tilts tried, in degrees: a coarse sweep, then finer steps around the best.
COARSE_TILTS = tuple(range(-14, 15, 2))
FINE_STEPS = (-1.5, -1.0, -0.5, 0.5, 1.0, 1.5)
# Cells of the run map, in analysis pixels (wide, short): a gap of up to `RUN_GAP` cells still joins a run.
CELL = (4, 2)
RUN_GAP = 3
# How much darker than what lies around it a stroke must be to count as print, at least (grey levels).
INK_CONTRAST = 14
# A band is read at this width (a pitch of about 24 pixels for 44 characters), and levelled within these tilts.
BAND_WIDTH = 1080
# (in half degrees, then a quarter either side of the best: a page photographed at a slant tilts its bottom lines
# up to a few degrees from its upper text, by which the page was levelled).
BAND_TILTS = tuple(step / 2 for step in range(-8, 9))
BAND_FINE = (-0.25, 0.25)
# The tilt is measured on a smaller copy still: a rotation costs in proportion to the pixels.
ANGLE_SIDE = 360


def open_picture(content: bytes) -> Image.Image:
    """The picture in grey, the right way up as the phone recorded it (EXIF), no larger than `WORK_SIDE`."""
    try:
        image = Image.open(io.BytesIO(content))
        if image.format == "JPEG":
            # Decode a large phone photo at a reduced scale straight away: much faster, and enough for the MRZ.
            image.draft("L", (WORK_SIDE, WORK_SIDE))
        if image.width * image.height > MAX_PIXELS:
            raise ValidationError(
                _("This picture is too large to read. Please send a smaller photo."), code="too_large"
            )
        image = ImageOps.grayscale(ImageOps.exif_transpose(image))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("This file is not a picture we can read."), code="not_an_image") from None
    if max(image.size) > WORK_SIDE:
        image.thumbnail((WORK_SIDE, WORK_SIDE), Image.Resampling.LANCZOS)
    return image


def ink_of(image: Image.Image, *, stroke: int = 5) -> Image.Image:
    """Print: thin strokes darker than what lies on both sides of them (white), everything else black. A
    closing (the darkest strokes filled in with their surroundings) minus the picture keeps strokes and drops
    paper, shadows, the edge of the page and the faint texture of a table."""
    closed = image.filter(ImageFilter.MaxFilter(stroke)).filter(ImageFilter.MinFilter(stroke))
    darker = ImageChops.subtract(closed, image)
    # Print covers a few hundredths of a page: half the contrast of its strongest strokes separates it from
    # paper grain and JPEG noise, on a sharp photo and on a blurred one alike.
    histogram, strongest, counted = darker.histogram(), 255, 0
    while strongest > 0 and counted < darker.width * darker.height // 100:
        counted += histogram[strongest]
        strongest -= 1
    level = max(INK_CONTRAST, strongest // 2)
    return darker.point(lambda value: 255 if value >= level else 0)


def _softened(ink: Image.Image) -> Image.Image:
    """The ink blurred by a pixel before its tilt is measured. Turned by any angle but zero, a picture is
    interpolated, which smooths away the row-to-row jitter of fine noise (a table's texture, JPEG grain); left
    untouched at zero it keeps it, and that jitter alone made zero the sharpest tilt of a small page on a
    noisy table. Blurred first, every angle is measured on equally smooth rows."""
    return ink.filter(ImageFilter.BoxBlur(1))


def _sharpness(ink: Image.Image, angle: float) -> float:
    turned = ink.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True)
    rows = list(turned.resize((1, turned.height), Image.Resampling.BOX).get_flattened_data())
    return sum((a - b) ** 2 for a, b in zip(rows, rows[1:], strict=False)) / max(1, turned.width)


def text_angle(ink: Image.Image) -> tuple[float, float]:
    """The rotation (degrees, counter-clockwise) that makes the text lines level, and how sharp that makes them."""
    ink = _softened(ink)
    best = max(COARSE_TILTS, key=lambda angle: _sharpness(ink, angle))
    scored = {best: _sharpness(ink, best)}
    for step in FINE_STEPS:
        scored[best + step] = _sharpness(ink, best + step)
    angle = max(scored, key=scored.get)
    return angle, scored[angle]


@dataclass(frozen=True)
class Page:
    """The picture turned so that its text runs level, and its ink at the analysis scale."""

    image: Image.Image
    ink: Image.Image
    scale: float  # analysis pixels per picture pixel


def rotations(image: Image.Image) -> list[float]:
    """The rotations (degrees, counter-clockwise) that make the picture's text level, likeliest first: turned
    by 0 or 90 degrees and untilted, then the same upside down, then the other quarter turn and its reverse.
    Whether the page is upside down a projection cannot tell, and a small page on a textured table can make
    the other quarter turn look likelier: the caller reads in this order until a reading passes."""
    small = image.copy()
    small.thumbnail((ANGLE_SIDE, ANGLE_SIDE), Image.Resampling.BOX)
    ink = ink_of(small, stroke=3)
    upright = text_angle(ink)[0]
    sideways = text_angle(ink.transpose(Image.Transpose.ROTATE_90))[0] + 90
    # The sharpest profile alone cannot tell lines from the columns of a fixed-pitch text: the MRZ's
    # characters stand in columns as regular as its lines. Lines are what run far without a break.
    first, second = sorted((upright, sideways), key=lambda angle: -_longest_run(ink.rotate(angle, expand=True)))
    return [first, first + 180, second, second + 180]


def turned(image: Image.Image, rotation: float) -> Page:
    scale = min(1.0, ANALYSIS_SIDE / max(image.size))
    fill = _paper(image)
    page = image.rotate(rotation, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=fill)
    small = page.resize((max(1, round(page.width * scale)), max(1, round(page.height * scale))))
    return Page(page, ink_of(small, stroke=5), scale)


def _paper(image: Image.Image) -> int:
    histogram = image.histogram()
    return max(range(128, 256), key=lambda level: histogram[level])


def _runs(cells: list[int], threshold: int) -> tuple[int, int]:
    """The longest run of cells at or above `threshold`, gaps of up to `RUN_GAP` cells bridged: (start, end)."""
    best, start, last = (0, 0), None, None
    for index, value in enumerate(cells):
        if value < threshold:
            continue
        if start is None or index - last > RUN_GAP + 1:
            start = index
        last = index
        if last + 1 - start > best[1] - best[0]:
            best = (start, last + 1)
    return best


def levelled_band(image: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """The band cut out a little wider, scaled so that a line of 44 characters is `BAND_WIDTH` wide, and
    turned by the few tenths of a degree that make its own lines level (a photo taken at a slant tilts the
    bottom of the page differently from the rest)."""
    left, top, right, bottom = box
    spare_x, spare_y = (right - left) // 16, (bottom - top) // 3
    crop = image.crop((max(0, left - spare_x), max(0, top - spare_y), right + spare_x, bottom + spare_y))
    scale = BAND_WIDTH / max(1, right - left)
    crop = crop.resize((max(1, round(crop.width * scale)), max(1, round(crop.height * scale))))
    # Within the page a box blur is surroundings enough, and much cheaper than a closing.
    darker = ImageChops.subtract(crop.filter(ImageFilter.BoxBlur(BAND_WIDTH // 44)), crop)
    ink = _softened(darker.point(lambda value: 255 if value >= 2 * INK_CONTRAST else 0))
    coarse = max(BAND_TILTS, key=lambda tilt: _sharpness(ink, tilt))
    angle = max([coarse + step for step in BAND_FINE] + [coarse], key=lambda tilt: _sharpness(ink, tilt))
    if not angle:
        return crop
    return crop.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=_paper(crop))


def _longest_run(ink: Image.Image) -> float:
    """The longest stretch of print along any row, as a share of the picture's width."""
    columns, rows = max(1, ink.width // CELL[0]), max(1, ink.height // CELL[1])
    values = list(ink.resize((columns, rows), Image.Resampling.BOX).get_flattened_data())
    longest = max(
        (end - start for start, end in (_runs(values[row * columns : (row + 1) * columns], 40) for row in range(rows))),
        default=0,
    )
    return longest / columns


def mrz_bands(page: Page, *, count: int = 2) -> list[tuple[int, int, int, int]]:
    """Boxes (in picture pixels) around the blocks of text lines that run furthest without a break, longest
    first: the MRZ is one of them, usually the first."""
    ink = page.ink
    columns, rows = max(1, ink.width // CELL[0]), max(1, ink.height // CELL[1])
    grid = ink.resize((columns, rows), Image.Resampling.BOX)
    level = 40
    values = list(grid.get_flattened_data())
    spans = [_runs(values[row * columns : (row + 1) * columns], level) for row in range(rows)]
    lengths = [end - start for start, end in spans]
    bands: list[tuple[int, int, int, int]] = []
    taken = [False] * rows
    for _attempt in range(count):
        free = [row for row in range(rows) if not taken[row]]
        if not free:
            break
        peak = max(free, key=lambda row: lengths[row])
        if lengths[peak] < columns // 6:
            break
        floor = 0.7 * lengths[peak]
        # A block: rows whose runs are long, gaps between its lines of up to about a line's height bridged.
        top = bottom = peak
        # Lines of an MRZ stand under two pitches apart; the pitch is at least the run's length over 44.
        gap_limit = max(6, round(2 * lengths[peak] * CELL[0] / 30 / CELL[1]))
        for direction in (-1, 1):
            row, gap = peak, 0
            while 0 <= row + direction < rows and gap <= gap_limit:
                row += direction
                if lengths[row] >= floor and not taken[row]:
                    gap = 0
                    top, bottom = min(top, row), max(bottom, row)
                else:
                    gap += 1
        block = range(top, bottom + 1)
        left = min(spans[row][0] for row in block if lengths[row] >= floor)
        right = max(spans[row][1] for row in block if lengths[row] >= floor)
        for row in range(max(0, top - 2), min(rows, bottom + 3)):
            taken[row] = True
        margin_y = (bottom - top + 1) * 0.5 + 4
        box = (
            (left - 3) * CELL[0], (top - margin_y) * CELL[1], (right + 3) * CELL[0], (bottom + 1 + margin_y) * CELL[1]
        )  # fmt: skip
        bands.append(tuple(max(0, round(value / page.scale)) for value in box))
    return bands


def otsu(image: Image.Image) -> int:
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
