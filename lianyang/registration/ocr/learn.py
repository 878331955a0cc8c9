"""Drawing `letters.npy`, the reader's discriminant over every OCR-B glyph, from the font alone.

`OPENBLAS_NUM_THREADS=1 python -m lianyang.registration.ocr.learn [TRAIN] [TEST]` (needs Debian's fonts-ocr-b,
only here, never where the station reads photos; numpy's products on one thread, or two busy cores crawl):
draws TRAIN bands (200) of a name line (letters and fillers) and a number line (letters and digits mixed, then
mostly digits) in OCR-B, photographs them badly in many ways at random (small, blurred, bold or thin print,
noisy, uneven contrast, JPEG), cuts them into cells as the reader does (`cells.line_cells`) and fits a linear
discriminant (class means and one shared covariance) to the cells' grey levels. No photo of a document is used:
the pictures the reader is measured on stay unseen.

Each class's row holds its weights and, last, its offset; `letters.discriminant` scores a cell by them. It then
reports, on TEST bands (100) drawn from another seed, for names and for numbers: how many cells the correlation
left unsure, how many of those `letters.judged` settles and how many wrongly, and how many letters read sure it
doubts.
"""

import io
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from . import cells, letters

OCR_B = Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf")
LINE = 44
DRAWN_PITCH = 36  # pixels between characters where the band is drawn, before it is photographed


def _text(rng: random.Random) -> str:
    """A line like a name line: runs of letters parted by one or two fillers, fillers to the end."""
    parts, length = [], rng.randint(20, LINE)
    while sum(len(part) for part in parts) < length:
        parts.append("".join(rng.choice(cells.LETTERS[:-1]) for _ in range(rng.randint(2, 12))))
        parts.append("<" * rng.choice((1, 1, 2)))
    return "".join(parts)[:length].ljust(LINE, "<")


def _number_text(rng: random.Random) -> str:
    """A line like the second line of a passport: letters and digits mixed, then mostly digits, a filler here
    and there, fillers to the end."""
    mixed = "".join(rng.choice(cells.ALPHABET) for _ in range(rng.randint(8, 12)))
    digits = "".join(rng.choice(cells.DIGITS + "<MF" + cells.DIGITS) for _ in range(rng.randint(10, 24)))
    return (mixed + digits)[:LINE].ljust(LINE, "<")


def _band(texts: list[str], rng: random.Random) -> Image.Image:
    """Two lines of OCR-B photographed at random: a pitch of 8 to 28 pixels, blur, weight, noise, JPEG, then
    scaled as `picture.levelled_band` scales a band."""
    font = ImageFont.truetype(str(OCR_B), round(DRAWN_PITCH / (cells.SHEET_PITCH / 100)))
    paper, ink = rng.randint(150, 245), rng.randint(0, 110)
    image = Image.new("L", (LINE * DRAWN_PITCH + 4 * DRAWN_PITCH, 6 * DRAWN_PITCH), paper)
    draw = ImageDraw.Draw(image)
    for row, text in enumerate(texts):
        draw.text((2 * DRAWN_PITCH, (1.5 + 2 * row) * DRAWN_PITCH), text, font=font, fill=ink)
    weight = rng.choice((0, 0, 3, 5))
    if weight:
        grow = ImageFilter.MinFilter(weight) if rng.random() < 0.6 else ImageFilter.MaxFilter(weight)
        image = image.filter(grow)
    image = image.rotate(rng.uniform(-0.4, 0.4), resample=Image.Resampling.BILINEAR, fillcolor=paper)
    pitch = rng.uniform(8, 28)
    small = image.resize((round(image.width * pitch / DRAWN_PITCH), round(image.height * pitch / DRAWN_PITCH)),
                         Image.Resampling.LANCZOS)  # fmt: skip
    sigma = rng.choice((0, rng.uniform(0.2, 0.14 * pitch)))
    if sigma:
        small = small.filter(ImageFilter.GaussianBlur(sigma))
    noise = np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(0, 8), (small.height, small.width))
    small = Image.fromarray(np.clip(np.asarray(small, dtype=np.float32) + noise, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=rng.randint(50, 90))
    small = Image.open(buffer)
    scale = 1080 / (LINE * pitch)
    return small.resize((round(small.width * scale), round(small.height * scale)))


def cells_of(count: int, seed: int) -> tuple[np.ndarray, list[str], list[tuple[str, str] | None]]:
    """Cells of `count` bands drawn from `seed` (one normalised row each), their letters, and the two letters
    the correlation read each one unsure between (None where it was sure)."""
    rng = random.Random(seed)
    rows, labels, unsure = [], [], []
    for _band_index in range(count):
        texts = [_text(rng), _number_text(rng)]
        band = _band(texts, rng)
        grey = cells.darkness(band.filter(ImageFilter.MedianFilter(3)), band.width / 44)
        ink = cells.binarised(grey)
        lines = [line for line in cells.text_lines(ink) if line.right - line.left > band.width / 2]
        if len(lines) != 2:
            continue
        for line, text, allowed in zip(lines, texts, (cells.LETTERS, cells.ALPHABET), strict=True):
            laid = cells.line_cells(ink, grey, line, LINE, allowed == cells.ALPHABET)
            if laid is None:
                continue
            readings = [cells.correlated(cell, allowed) if cell is not None else None for cell in laid[1]]
            misread = sum(1 for char, reading in zip(text, readings, strict=True) if reading and reading.char != char)
            if misread > LINE // 10:
                continue  # cut into cells out of step with the text drawn: its cells would be mislabelled
            for char, cell, reading in zip(text, laid[1], readings, strict=True):
                if cell is not None:
                    rows.append(letters.features(cell))
                    labels.append(char)
                    unsure.append((reading.char, reading.runner_up, reading.sure, allowed))
    return np.array(rows), labels, unsure


def fit(rows: np.ndarray, labels: list[str]) -> np.ndarray:
    """Linear discriminant: each class's mean, one covariance shared by all (ridged), as rows of weights
    with the offset last."""
    classes = letters.CLASSES
    index = np.array([classes.index(label) for label in labels])
    means = np.array([rows[index == k].mean(axis=0) for k in range(len(classes))])
    centred = rows - means[index]
    covariance = centred.T @ centred / len(rows)
    covariance += 0.05 * np.trace(covariance) / len(covariance) * np.eye(len(covariance))
    weights = np.linalg.solve(covariance, means.T).T
    offsets = -0.5 * np.sum(weights * means, axis=1)
    return np.hstack([weights, offsets[:, None]]).astype(np.float32)


def main() -> int:
    rows, labels, _readings = cells_of(int(sys.argv[1]) if len(sys.argv) > 1 else 200, seed=1)
    np.save(letters.MODEL, fit(rows, labels))
    letters.discriminant.cache_clear()
    rows, labels, readings = cells_of(int(sys.argv[2]) if len(sys.argv) > 2 else 100, seed=2)
    for line, allowed in (("names", cells.LETTERS), ("numbers", cells.ALPHABET)):
        counts = dict.fromkeys(("unsure", "settled", "settled wrong", "sure wrong", "doubted", "doubted right"), 0)
        for row, label, (char, runner_up, sure, cell_allowed) in zip(rows, labels, readings, strict=True):
            if cell_allowed != allowed:
                continue
            judged, now_sure, _other = letters.judged(row, char, runner_up, sure, allowed, doubt=True)
            counts["unsure"] += not sure
            counts["settled"] += not sure and now_sure
            counts["settled wrong"] += not sure and now_sure and judged != label
            counts["sure wrong"] += sure and char != label
            counts["doubted"] += sure and not now_sure
            counts["doubted right"] += sure and not now_sure and char == label
        print(line, counts, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
