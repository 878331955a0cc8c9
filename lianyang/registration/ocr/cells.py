"""Reading an MRZ band by its fixed pitch and the OCR-B font itself.

Doc 9303 (part 3, 4.2) prints every MRZ in OCR-B at ten characters to the inch: once the band is level, each
line splits into cells of one pitch, and the character in a cell is the OCR-B glyph it looks most like. The
glyphs come from `ocrb.png`, drawn once from Matthew Skala's OCR-B (after Norbert Schwarz; public domain and
"freely use, modify and/or distribute").

A cell is compared in grey levels, not black and white: a blurred or small photo keeps in its grey levels the
gap between two strokes that a threshold closes. The cell's window is placed by the line's own frame (where its
characters' middles run and how tall its capitals stand, fitted along the line, since a slanted photo tilts
the baseline), so a glyph's size and height within the line count as much as its shape: `0` is narrower than
`O`, and OCR-B's digits stand taller than its capitals. Each glyph is drawn at several stroke weights and blurs
(a thin print, a bold one, a sharp scan, a soft photo), and the window is moved by a sample each way; the
glyph's score is its best normalised correlation with the cell. A cell whose best two glyphs score too close is
*unsure*: the check digits settle it in the numeric fields, and in a name (no check digit) it marks the name
uncertain.
"""

import statistics
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from . import letters

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
SHEET = Path(__file__).with_name("ocrb.png")
SHEET_PITCH = 72.296875  # OCR-B's pitch at the sheet's size (100 px)
SHEET_CELL = 110  # each glyph drawn in a cell this wide, clear of its neighbours
SHEET_CAP = (23, 96)  # the capitals' extent in the sheet (H), top to baseline
# A cell is compared on a grid this size (columns, rows), spanning one pitch across and, down, from `WINDOW[0]`
# to `WINDOW[1]` capital heights below the capitals' top (a digit reaches 0.08 above it).
GRID = (16, 24)
WINDOW = (-0.3, 1.25)
# Stroke weights (pixels of the sheet added, or taken when negative) and blurs (share of a capital's height).
WEIGHTS = (-5, 0, 5, 9)
BLURS = (0.0, 0.04, 0.08, 0.12, 0.17, 0.23, 0.3)
# How far apart the best two glyphs' correlations must be for a cell to be sure. On bench/mrz, 0.01 is the
# first margin at which a page is read wrong without saying so; this is twice that.
SURE_MARGIN = 0.02
# Glyphs that differ by so little (0 stands a little taller than O) that a cell is sure of one only by
# LOOK_ALIKE_MARGIN, compared where the line's frame puts it.
LOOK_ALIKE = {"O": "0", "0": "O"}
LOOK_ALIKE_MARGIN = 0.05
# How much higher OCR-B's digits reach than its letters (capital heights), and how far from halfway between the
# two a top must stand to tell 0 from O by it.
DIGIT_RISE = 0.068
HEIGHT_SLACK = 0.015
# Where a line's characters have their middle, in capital heights below the capitals' top: capitals at 0.5,
# digits and fillers at 0.45; a line with digits is mostly digits and fillers, a line of names a mix.
MIDDLE = {True: 0.452, False: 0.48}
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
ALLOWED = {"a": LETTERS, "d": DIGITS, "s": "MF<", "c": DIGITS + "<", "x": ALPHABET}


def _window(image: Image.Image, centre: float, cap_top: float, cap: float, pitch: float, pad: int = 0) -> np.ndarray:
    """The grey levels of one cell on the comparison grid, `pad` grid samples more on every side."""
    width, height = pitch, (WINDOW[1] - WINDOW[0]) * cap
    step_x, step_y = width / GRID[0], height / GRID[1]
    box = (
        centre - width / 2 - pad * step_x,
        cap_top + WINDOW[0] * cap - pad * step_y,
        centre + width / 2 + pad * step_x,
        cap_top + WINDOW[1] * cap + pad * step_y,
    )
    size = (GRID[0] + 2 * pad, GRID[1] + 2 * pad)
    return np.asarray(image.resize(size, Image.Resampling.BOX, box=box), dtype=np.float32)


def _normalised(rows: np.ndarray) -> np.ndarray:
    """Each row less its mean, scaled to length one: their dot product is the normalised correlation."""
    rows = rows - rows.mean(axis=-1, keepdims=True)
    return rows / (np.linalg.norm(rows, axis=-1, keepdims=True) + 1e-6)


@cache
def templates() -> tuple[np.ndarray, tuple[str, ...]]:
    """Every glyph at every stroke weight and blur on the comparison grid (one normalised row each), and the
    character of each row."""
    sheet = Image.open(SHEET).convert("L").point(lambda value: 255 if value < 128 else 0)
    cap = SHEET_CAP[1] - SHEET_CAP[0]
    border = 40  # room for the blur and the bolder strokes
    rows, chars = [], []
    for index, char in enumerate(ALPHABET):
        cell = sheet.crop((index * SHEET_CELL, 0, (index + 1) * SHEET_CELL, sheet.height))
        box = cell.getbbox()
        framed = Image.new("L", (cell.width + 2 * border, cell.height + 2 * border))
        framed.paste(cell, (border, border))
        for weight in WEIGHTS:
            weighted = framed
            if weight:
                grow = ImageFilter.MaxFilter(weight) if weight > 0 else ImageFilter.MinFilter(-weight)
                weighted = framed.filter(grow)
            for blur in BLURS:
                drawn = weighted.filter(ImageFilter.GaussianBlur(blur * cap)) if blur else weighted
                centre = border + (box[0] + box[2]) / 2
                rows.append(_window(drawn, centre, border + SHEET_CAP[0], cap, SHEET_PITCH).ravel())
                chars.append(char)
    return _normalised(np.array(rows)), tuple(chars)


@dataclass
class CellReading:
    char: str
    sure: bool
    runner_up: str = ""


def correlated(cell: np.ndarray, allowed: str) -> CellReading:
    """The glyph most like the cell (its grid padded by a sample on every side, so it may move a sample each
    way), among the characters `allowed` at its position. O and 0 differ mainly in height (the digit stands
    a fifteenth of a capital taller), which a sample's move up or down would hide: between the two, the cell
    is compared where the line's frame puts it."""
    pad = (cell.shape[0] - GRID[1]) // 2
    shifts = [
        cell[dy : dy + GRID[1], dx : dx + GRID[0]].ravel()
        for dy in range(2 * pad + 1)
        for dx in range(cell.shape[1] - GRID[0] + 1)
    ]
    rows, chars = templates()
    scores = _normalised(np.array(shifts)) @ rows.T
    char, first, runner_up, second = _best_two(chars, scores.max(axis=0), allowed)
    if LOOK_ALIKE.get(char) == runner_up:
        level = scores[pad * (cell.shape[1] - GRID[0] + 1) : (pad + 1) * (cell.shape[1] - GRID[0] + 1)]
        char, first, runner_up, second = _best_two(chars, level.max(axis=0), char + runner_up)
        return CellReading(char, first - second > LOOK_ALIKE_MARGIN, runner_up)
    return CellReading(char, first - second > SURE_MARGIN, runner_up)


def _best_two(chars: tuple[str, ...], scores: np.ndarray, allowed: str) -> tuple[str, float, str, float]:
    """The two characters among `allowed` whose glyphs score best, with their scores."""
    best: dict[str, float] = {}
    for char, score in zip(chars, scores.tolist(), strict=True):
        if char in allowed and score > best.get(char, -2.0):
            best[char] = score
    (char, first), (runner_up, second) = sorted(best.items(), key=lambda item: -item[1])[:2]
    return char, first, runner_up, second


def _read(cell: np.ndarray, kind: str) -> CellReading:
    """The cell read by correlation, with the discriminant's second opinion (`letters.judged`): it settles
    glyphs the correlation could not tell apart, and in names and codes (`a`), which no check digit covers
    letter by letter, it may doubt a letter the correlation was sure of. Where a letter and a digit may both
    stand (a document number), it never settles a letter against a digit (O or 0, Z or 2, S or 5): two such
    cells settled wrong can pass a check digit together (O counts 24 and 0 nothing: two of them at places
    weighted 7 and 3 change the sum by 240, which leaves the check digit as it was), so they stay unsure and the
    check digits decide, or the field is marked uncertain."""
    reading = correlated(cell, ALLOWED[kind])
    if kind != "a" and (reading.char in DIGITS) != (reading.runner_up in DIGITS):
        return reading
    char, sure, runner_up = letters.judged(
        cell, reading.char, reading.runner_up, reading.sure, ALLOWED[kind], doubt=kind == "a"
    )
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


def read_line(ink: Image.Image, grey: Image.Image, line: Line, kinds: str) -> tuple[str, dict[int, str]] | None:
    """The characters of one line laid on one cell per kind, and the positions read unsure with the glyph that
    came second; None when the line's proportions do not fit that length. `ink` (black and white) places the
    cells; `grey` (the darkness of the same band) is what they are read from."""
    laid = line_cells(ink, grey, line, len(kinds), "d" in kinds)
    if laid is None:
        return None
    boxes, cells, cap = laid
    readings = [_read(cell, kind) if cell is not None else None for cell, kind in zip(cells, kinds, strict=True)]
    _settle_by_height(readings, boxes, cap)
    chars = [reading.char if reading else "<" for reading in readings]
    unsure = {index: reading.runner_up for index, reading in enumerate(readings) if reading and not reading.sure}
    return "".join(chars), unsure


def line_cells(ink: Image.Image, grey: Image.Image, line: Line, length: int, with_digits: bool):
    """One line cut into `length` cells: each glyph's box in the band (None where a cell holds no ink), its
    grey levels on the comparison grid padded by a sample, and the capitals' height; None when the line's
    proportions do not fit that length."""
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
    top = max(0, line.top - margin)
    band = ink.crop((0, top, ink.width, min(ink.height, line.bottom + margin)))
    boxes = _boxes(band, top, centres, pitch)
    if sum(1 for box in boxes if box) < length // 2:
        return None
    boxes = _followed(band, top, centres, pitch, boxes)
    cap_top = _frame([box for box in boxes if box], with_digits)
    pitches = _pitch_along(centres, pitch)
    cells = [_cell(grey, box, (box[0] + box[2]) / 2, cap_top((box[0] + box[2]) / 2), local) if box else None
             for box, local in zip(boxes, pitches, strict=True)]  # fmt: skip
    return boxes, cells, cap_top((line.left + line.right) / 2)[1]


def _pitch_along(centres: list[float], pitch: float) -> list[float]:
    """The pitch at each glyph: on a page photographed at a slant the near end's characters stand further
    apart than the far end's. A parabola fitted through the glyphs' centres by their place in the line gives
    it; never more than a fifth from the line's mean pitch."""
    places = np.arange(len(centres))
    curve, step, _start = np.polyfit(places, np.array(centres), 2).tolist()
    return [min(1.2 * pitch, max(0.8 * pitch, step + 2 * curve * place)) for place in places.tolist()]


def _boxes(band: Image.Image, top: int, centres: list[float], pitch: float, spans=None) -> list:
    """Each glyph's box in the band around its centre (None where no ink is), from the rows `spans` gives
    for it (all the band's rows when None)."""
    boxes = []
    for index, centre in enumerate(centres):
        left = round(centre - pitch / 2)
        upper, lower = spans[index] if spans else (0, band.height)
        box = _own_ink(band.crop((left, upper, round(centre + pitch / 2), lower))).getbbox()
        boxes.append((left + box[0], top + upper + box[1], left + box[2], top + upper + box[3]) if box else None)
    return boxes


def _followed(band: Image.Image, top: int, centres: list[float], pitch: float, boxes: list) -> list:
    """The boxes cut again from rows that follow the line's slant. A line still tilted by a degree drifts
    by a third of its height across the page, and where it drifts the rows around it take in the top of the
    line below (or the foot of the line above): those glyphs' boxes stand far taller than the rest. The
    line's middle is fitted through the boxes of usual height, and each glyph is cut from 0.75 of a glyph's
    height either side of it: the next line of an MRZ starts 1.25 heights away (Doc 9303, 6 lines to the
    inch)."""
    found = [box for box in boxes if box]
    heights = sorted(box[3] - box[1] for box in found)
    usual = [box for box in found if box[3] - box[1] <= 1.2 * heights[len(heights) * 3 // 5]]
    if len(usual) < 4 or len(usual) == len(found):
        return boxes
    tall = sorted(box[3] - box[1] for box in usual)[len(usual) * 9 // 10]
    xs = np.array([(box[0] + box[2]) / 2 for box in usual])
    middles = np.array([(box[1] + box[3]) / 2 for box in usual])
    slope, intercept = np.polyfit(xs, middles, 1).tolist()
    spans = []
    for centre in centres:
        middle = slope * centre + intercept - top
        spans.append((max(0, round(middle - 0.75 * tall)), min(band.height, round(middle + 0.75 * tall))))
    return _boxes(band, top, centres, pitch, spans)


def _settle_by_height(readings: list, boxes: list, cap: float) -> None:
    """An O or 0 read unsure, settled by where its top stands: OCR-B's digits reach `DIGIT_RISE` capitals
    higher than its letters, and the line's digits read sure show where digits' tops run (a straight line
    fitted through them). A top between the two stays unsure."""
    digits = [
        ((box[0] + box[2]) / 2, box[1])
        for reading, box in zip(readings, boxes, strict=True)
        if reading and reading.sure and reading.char in DIGITS
    ]
    if len(digits) < 4:
        return
    xs, tops = np.array(digits).T
    kept = np.ones(len(xs), dtype=bool)
    for _round in range(2):
        slope, intercept = np.polyfit(xs[kept], tops[kept], 1).tolist()
        kept = np.abs(tops - (slope * xs + intercept)) < DIGIT_RISE * cap
        if kept.sum() < 4:
            return
    for reading, box in zip(readings, boxes, strict=True):
        if reading and not reading.sure and {reading.char, reading.runner_up} == {"0", "O"}:
            below = (box[1] - (slope * (box[0] + box[2]) / 2 + intercept)) / cap  # in capitals
            if below <= DIGIT_RISE / 2 - HEIGHT_SLACK:
                reading.char, reading.runner_up, reading.sure = "0", "O", True
            elif below >= DIGIT_RISE / 2 + HEIGHT_SLACK:
                reading.char, reading.runner_up, reading.sure = "O", "0", True


def _frame(boxes: list[tuple[int, int, int, int]], with_digits: bool):
    """The line's frame from its glyphs' boxes: the capitals' height, and where their top runs along the line
    (a straight line fitted through the glyphs' middles, twice, the second time without those far off it: a
    photo taken at a slant tilts the baseline). Returns (x -> capitals' top, capitals' height)."""
    heights = sorted(box[3] - box[1] for box in boxes)
    # The tallest characters set the height: digits in a line that holds them (1.068 capitals), else capitals.
    cap = max(1.0, heights[len(heights) * 9 // 10] / (1.068 if with_digits else 1.0))
    xs = np.array([(box[0] + box[2]) / 2 for box in boxes])
    ys = np.array([(box[1] + box[3]) / 2 for box in boxes])
    kept = np.ones(len(xs), dtype=bool)
    slope, intercept = 0.0, float(np.median(ys))
    for _round in range(2):
        if kept.sum() < 2:
            break
        slope, intercept = np.polyfit(xs[kept], ys[kept], 1).tolist()
        kept = np.abs(ys - (slope * xs + intercept)) < 0.15 * cap
    middle = MIDDLE[with_digits] * cap
    return lambda x: (slope * x + intercept - middle, cap)


def _cell(grey: Image.Image, box: tuple[int, int, int, int], centre: float, frame, pitch: float) -> np.ndarray:
    """The cell's grey levels on the comparison grid (padded by a sample), its neighbours' ink left out."""
    cap_top, cap = frame
    left, top = round(centre - pitch), round(cap_top - cap)
    own = Image.new("L", (round(2 * pitch), round(3 * cap)))
    own.paste(grey.crop((box[0] - 1, top, box[2] + 1, top + own.height)), (box[0] - 1 - left, 0))
    return _window(own, centre - left, cap_top - top, cap, pitch, pad=1)


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


def darkness(band: Image.Image, pitch_guess: float) -> Image.Image:
    """How much darker each pixel is than its surroundings (a blur a pitch wide): print, without the paper's
    uneven light."""
    return ImageChops.subtract(band.filter(ImageFilter.BoxBlur(max(3, round(pitch_guess)))), band)


def binarised(darker: Image.Image) -> Image.Image:
    """Ink white on black: darker than its surroundings by at least a third of the band's strongest strokes."""
    values = sorted(darker.get_flattened_data())
    strong = values[int(len(values) * 0.99)] if values else 0
    level = max(20, strong // 3)
    return darker.point(lambda value: 255 if value >= level else 0)


def _alike(lines: list[Line]) -> bool:
    """Whether the lines could be one MRZ: about as wide as each other, and no more than two lines apart."""
    widths = [line.right - line.left for line in lines]
    height = max(line.bottom - line.top for line in lines)
    gaps = [below.top - above.bottom for above, below in zip(lines, lines[1:], strict=False)]
    return max(widths) <= 1.15 * min(widths) and all(gap < 2 * height for gap in gaps)


def _with_aligned(groups):
    """Each group of lines cut to the stretch they share first, then as found: an MRZ's lines start and end
    together (Doc 9303 fills every line to its full length), and a line that runs on further ran into a
    shadow, a fold or the edge of the page."""
    for lines, layout in groups:
        left, right = max(line.left for line in lines), min(line.right for line in lines)
        aligned = [Line(line.top, line.bottom, left, right) for line in lines]
        yield aligned, layout
        if aligned != lines:
            yield lines, layout


def _proportion(lines: list[Line], length: int) -> float:
    """Height over pitch of lines read as `length` characters."""
    height = statistics.median(line.bottom - line.top for line in lines)
    width = statistics.median(line.right - line.left for line in lines)
    return height * (length - 0.25) / max(1, width)


def read_band(band: Image.Image):
    """Every way of reading the band as an MRZ: (lines, {unsure position: runner-up} per line), the layout
    that fits best first."""
    grey = darkness(band.filter(ImageFilter.MedianFilter(3)), band.width / 44)
    ink = binarised(grey)
    lines = text_lines(ink)
    widths = [line.right - line.left for line in lines]
    if not widths:
        return
    widest = max(widths)
    # An MRZ's lines run as wide as each other; the edge of the page or a shadow may run wider still.
    long_lines = [line for line in lines if line.right - line.left >= 0.5 * widest]
    groups = [
        (long_lines[start : start + count], (count, length))
        for count, length in KINDS
        for start in range(0, len(long_lines) - count + 1)
        if _alike(long_lines[start : start + count])
    ]
    # The layout whose pitch fits the lines' height best first (OCR-B's capitals are about one pitch tall).
    groups.sort(key=lambda group: abs(_proportion(group[0], group[1][1]) - 1.05))
    for group, (count, length) in _with_aligned(groups):
        rows = KINDS[(count, length)]
        read = []
        for row, (line, kinds) in enumerate(zip(group, rows, strict=True)):
            if row == 1 and not read[0][0].startswith("V") and (count, length) in CHECKED_ENDS:
                end = CHECKED_ENDS[(count, length)]
                kinds = kinds[: -len(end)] + end
            reading = read_line(ink, grey, line, kinds)
            if reading is None or (row == 0 and reading[0][0] not in DOCUMENT_CODES):
                break
            read.append(reading)
        if len(read) == count:
            yield [text for text, _unsure in read], [unsure for _text, unsure in read]
