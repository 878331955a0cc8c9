"""Reading an MRZ band by its fixed pitch and the OCR-B font itself.

Doc 9303 (part 3, 4.2) prints every MRZ in OCR-B at ten characters to the inch: once the band is level, each
line splits into cells of one pitch, and the character in a cell is the OCR-B glyph it looks most like. The
glyphs come from `ocrb.png`, drawn once from Matthew Skala's OCR-B (after Norbert Schwarz; public domain and
"freely use, modify and/or distribute"). A glyph is compared by its ink's outline scaled to a small grid, and
by its size within the line (a filler `<` is as tall as a letter but its left end is a point; `0` is narrower
than `O`). A cell whose best and second-best glyphs look about equally alike is *unsure*: the check digits
settle it in the numeric fields, and in a name (no check digit) it marks the name uncertain.
"""

import statistics
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
SHEET = Path(__file__).with_name("ocrb.png")
SHEET_PITCH = 72.296875  # OCR-B's pitch at the sheet's size (100 px)
SHEET_CELL = 110  # each glyph drawn in a cell this wide, clear of its neighbours
GRID = (10, 14)  # a glyph's outline is compared at this size
# How far apart the best two glyphs must look for a cell to be sure (share of the best one's difference).
SURE_MARGIN = 0.12
# Size of a glyph relative to the line (height) and the pitch (width) weighs in with this factor.
SIZE_WEIGHT = 60.0
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
# The first letter of every document code (Doc 9303: P passport, V visa, I, A, C identity and other cards).
DOCUMENT_CODES = "PVIAC"
DIGITS = "0123456789"
# What may stand at each position of each line, by (lines, length) (Doc 9303 parts 4–7): `a` a letter or a
# filler (codes, states, names), `d` a digit (dates, check digits), `s` the sex, `c` a check digit or, for a
# longer number, a filler; `x` anything.
_DATES = "dddddddsddddddd"
KINDS = {
    (2, 44): ("a" * 44, "x" * 9 + "c" + "aaa" + _DATES + "x" * 16),
    (2, 36): ("a" * 36, "x" * 9 + "c" + "aaa" + _DATES + "x" * 8),
    (3, 30): ("aaaaa" + "x" * 9 + "c" + "x" * 15, "dddddddsdddddddaaa" + "x" * 11 + "d", "a" * 30),
}
# A document that is no visa (its code does not start with V) ends line 2 with check digits (TD3: the optional
# field's own and the composite; TD2: the composite).
CHECKED_ENDS = {(2, 44): "x" * 14 + "cd", (2, 36): "x" * 7 + "d"}
# Glyphs that differ by so little that a cell is sure of one only by LOOK_ALIKE_MARGIN.
LOOK_ALIKE = {"O": "0", "0": "O"}
LOOK_ALIKE_MARGIN = 0.3
ALLOWED = {"a": LETTERS, "d": DIGITS, "s": "MF<", "c": DIGITS + "<", "x": ALPHABET}


@dataclass(frozen=True)
class Glyph:
    char: str
    outline: Image.Image
    width: float  # ink width / pitch
    height: float  # ink height / cap height
    middle: float  # ink's vertical centre within the cap height (0 top, 1 bottom)


def _outline(ink: Image.Image) -> Image.Image:
    """The ink (white on black) scaled to GRID, as grey levels."""
    return ink.resize(GRID, Image.Resampling.BOX)


@cache
def _strip() -> Image.Image:
    """Every glyph's outline side by side, to be compared with a cell's in one pass."""
    strip = Image.new("L", (GRID[0] * len(glyphs()), GRID[1]))
    for index, glyph in enumerate(glyphs()):
        strip.paste(glyph.outline, (index * GRID[0], 0))
    return strip


def _differences(outline: Image.Image) -> list[float]:
    """The mean difference, grey level by grey level, between the outline and each glyph's."""
    tiled = Image.new("L", _strip().size)
    for index in range(len(glyphs())):
        tiled.paste(outline, (index * GRID[0], 0))
    difference = ImageChops.difference(tiled, _strip()).convert("F")
    return list(difference.resize((len(glyphs()), 1), Image.Resampling.BOX).get_flattened_data())


@cache
def glyphs() -> tuple[Glyph, ...]:
    sheet = Image.open(SHEET).convert("L").point(lambda value: 255 if value < 128 else 0)
    cap_top, cap_bottom = 23, 96  # the capitals' extent in the sheet (H)
    height = cap_bottom - cap_top
    found = []
    for index, char in enumerate(ALPHABET):
        cell = sheet.crop((index * SHEET_CELL, 0, (index + 1) * SHEET_CELL, sheet.height))
        box = cell.getbbox()
        if box is None:
            continue
        found.append(
            Glyph(
                char,
                _outline(cell.crop(box)),
                (box[2] - box[0]) / SHEET_PITCH,
                (box[3] - box[1]) / height,
                ((box[1] + box[3]) / 2 - cap_top) / height,
            )
        )
    return tuple(found)


@dataclass
class CellReading:
    char: str
    sure: bool
    runner_up: str = ""


def _classify(cell: Image.Image, pitch: float, frame: tuple[float, float, float], allowed: str) -> CellReading:
    """The glyph most like the cell's ink. `frame` places the line in the capitals' units: where its top
    stands in the cell (pixels), its height (pixels), and what the line's top and height are in units of a
    capital (OCR-B's digits stand taller than its capitals, so a line with digits reaches higher)."""
    box = cell.getbbox()
    if box is None:
        return CellReading("<", True)
    line_top, line_height, (unit_top, unit_height) = frame[0], frame[1], frame[2]
    outline = _outline(cell.crop(box))
    width = (box[2] - box[0]) / pitch
    height = (box[3] - box[1]) / line_height * unit_height
    middle = unit_top + ((box[1] + box[3]) / 2 - line_top) / line_height * unit_height
    scores = []
    for glyph, difference in zip(glyphs(), _differences(outline), strict=True):
        if glyph.char not in allowed:
            continue
        size = abs(width - glyph.width) + abs(height - glyph.height) + abs(middle - glyph.middle)
        scores.append((difference + SIZE_WEIGHT * size, glyph.char))
    scores.sort()
    (best, char), (second, runner_up) = scores[0], scores[1]
    sure = second - best > SURE_MARGIN * max(best, 1.0)
    twin = LOOK_ALIKE.get(char)
    if sure and twin and twin in allowed:
        # O and 0 differ by a few pixels of height: sure only by a wider margin.
        twin_score = next(score for score, other in scores if other == twin)
        if twin_score - best <= LOOK_ALIKE_MARGIN * max(best, 1.0):
            sure, runner_up = False, twin
    return CellReading(char, sure, runner_up)


@dataclass
class Line:
    top: int
    bottom: int
    left: int
    right: int


def _runs(values: list[int], floor: int, gap: int) -> list[tuple[int, int]]:
    """Runs of indexes whose value is above `floor`, gaps of up to `gap` bridged."""
    runs: list[list[int]] = []
    for index, value in enumerate(values):
        if value <= floor:
            continue
        if runs and index - runs[-1][1] <= gap + 1:
            runs[-1][1] = index
        else:
            runs.append([index, index])
    return [(start, end + 1) for start, end in runs]


SOLID = 150  # a row this full of ink (of 255) is a dark surface, not print


def text_lines(ink: Image.Image) -> list[Line]:
    """The lines of print in a band (ink white on black), top to bottom, each with its longest stretch."""
    rows = list(ink.resize((1, ink.height), Image.Resampling.BOX).get_flattened_data())
    # Print fills a quarter of a text line's pixels; a dark table or shadow at the band's edge fills them all.
    # The floor follows the print, not the darkest row, so a line's sparse fillers are not cut off.
    typical = sorted(rows)[len(rows) * 4 // 5] if rows else 0
    found = []
    for top, bottom in _runs(rows, max(8, min(typical, SOLID) // 4), 1):
        if bottom - top < 5 or sum(rows[top:bottom]) / (bottom - top) > SOLID:
            continue
        strip = ink.crop((0, top, ink.width, bottom))
        columns = list(strip.resize((strip.width, 1), Image.Resampling.BOX).get_flattened_data())
        stretches = _runs(columns, 0, bottom - top)
        if stretches:
            left, right = max(stretches, key=lambda run: run[1] - run[0])
            found.append(Line(top, bottom, left, right))
    return found


def _centres(columns: list[int], left: int, right: int, pitch: float) -> list[float]:
    """Centres of the glyphs along a line, from the gaps between them; a blot wider than a glyph is split."""
    centres = []
    for start, end in _runs(columns[left:right], 0, 0):
        width = end - start
        pieces = max(1, round(width / pitch))
        for piece in range(pieces):
            centres.append(left + start + (piece + 0.5) * width / pieces)
    return centres


def read_line(ink: Image.Image, line: Line, kinds: str) -> tuple[str, dict[int, str]] | None:
    """The characters of one line laid on one cell per kind, and the positions read unsure with the glyph that
    came second; None when the line's proportions do not fit that length."""
    length = len(kinds)
    cap_height = line.bottom - line.top
    pitch = (line.right - line.left) / (length - 0.25)
    if not 0.7 <= cap_height / pitch <= 1.6:
        return None
    strip = ink.crop((0, line.top, ink.width, line.bottom))
    columns = list(strip.resize((strip.width, 1), Image.Resampling.BOX).get_flattened_data())
    centres = _centres(columns, line.left, line.right, pitch)
    if len(centres) != length:
        # Glyphs run together or fell apart: lay them on the even pitch instead.
        centres = [line.left + pitch * (index + 0.4) for index in range(length)]
    margin = max(2, round(cap_height * 0.25))
    band = ink.crop((0, max(0, line.top - margin), ink.width, min(ink.height, line.bottom + margin)))
    glyph_cells = []
    for centre in centres:
        cell = _own_ink(band.crop((round(centre - pitch / 2), 0, round(centre + pitch / 2), band.height)))
        glyph_cells.append((cell, cell.getbbox()))
    boxes = [box for _cell, box in glyph_cells if box]
    if len(boxes) < length // 2:
        return None
    # The line's own frame, from its glyphs: the baseline where most end, the top where the tallest begin. A
    # line that holds digits reaches from the digits' top, one of letters only from the capitals' top (in
    # capital heights: digits stand 1.068 tall from -0.082, capitals 1.0 from -0.014).
    tops = sorted(box[1] for box in boxes)
    top, bottom = tops[len(tops) // 10], statistics.median(box[3] for box in boxes)
    frame = (top, max(1.0, bottom - top), (-0.082, 1.068) if "d" in kinds else (-0.014, 1.0))
    chars, unsure = [], {}
    for index, (cell, _box) in enumerate(glyph_cells):
        reading = _classify(cell, pitch, frame, ALLOWED[kinds[index]])
        chars.append(reading.char)
        if not reading.sure:
            unsure[index] = reading.runner_up
    return "".join(chars), unsure


def _own_ink(cell: Image.Image) -> Image.Image:
    """The cell's ink without slivers of its neighbours at its edges."""
    columns = list(cell.resize((cell.width, 1), Image.Resampling.BOX).get_flattened_data())
    runs = _runs(columns, 0, 1)
    if not runs:
        return cell
    middle = cell.width / 2
    keep = min(
        runs, key=lambda run: 0 if run[0] <= middle < run[1] else min(abs(run[0] - middle), abs(run[1] - middle))
    )
    cleaned = Image.new("L", cell.size, 0)
    cleaned.paste(cell.crop((keep[0], 0, keep[1], cell.height)), (keep[0], 0))
    return cleaned


def binarised(band: Image.Image, pitch_guess: float) -> Image.Image:
    """Ink white on black: darker than its surroundings by at least half the band's contrast."""
    radius = max(3, round(pitch_guess))
    darker = ImageChops.subtract(band.filter(ImageFilter.BoxBlur(radius)), band)
    values = sorted(darker.get_flattened_data())
    strong = values[int(len(values) * 0.99)] if values else 0
    level = max(20, strong // 3)
    return darker.point(lambda value: 255 if value >= level else 0)


def _proportion(lines: list[Line], length: int) -> float:
    """Height over pitch of lines read as `length` characters."""
    height = statistics.median(line.bottom - line.top for line in lines)
    width = statistics.median(line.right - line.left for line in lines)
    return height * (length - 0.25) / max(1, width)


def read_band(band: Image.Image):
    """Every way of reading the band as an MRZ: (lines, {unsure position: runner-up} per line), the layout
    that fits best first."""
    guess = band.width / 44
    ink = binarised(band, guess)
    lines = text_lines(ink)
    widths = [line.right - line.left for line in lines]
    if not widths:
        return
    widest = max(widths)
    long_lines = [line for line in lines if line.right - line.left >= 0.8 * widest]
    groups = [
        (long_lines[start : start + count], (count, length))
        for count, length in KINDS
        for start in range(0, len(long_lines) - count + 1)
    ]
    # The layout whose pitch fits the lines' height best first (OCR-B's capitals are about one pitch tall).
    groups.sort(key=lambda group: abs(_proportion(group[0], group[1][1]) - 1.05))
    for group, (count, length) in groups:
        rows = KINDS[(count, length)]
        read = []
        for row, (line, kinds) in enumerate(zip(group, rows, strict=True)):
            if row == 1 and not read[0][0].startswith("V") and (count, length) in CHECKED_ENDS:
                end = CHECKED_ENDS[(count, length)]
                kinds = kinds[: -len(end)] + end
            reading = read_line(ink, line, kinds)
            if reading is None or (row == 0 and reading[0][0] not in DOCUMENT_CODES):
                break
            read.append(reading)
        if len(read) == count:
            yield [text for text, _unsure in read], [unsure for _text, unsure in read]
