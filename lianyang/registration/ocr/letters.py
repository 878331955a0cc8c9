"""A second opinion on a cell: a linear discriminant learned from OCR-B drawn badly.

The correlation with the glyphs (`cells.correlated`) weighs a cell's whole shape, so two glyphs that differ in
a stroke or two score about alike on a blurred photo of about 13 pixels a character: M and H, E and F, I and T,
K and X, Z and 2, S and 5, O and D. A linear discriminant over the cell's grey levels (`letters.npy`, drawn by
`python -m lianyang.registration.ocr.learn` from the OCR-B font alone, never from a photo of a document) weighs
the pixels where the glyphs differ. It settles a cell the correlation left unsure when it picks one of the
correlation's two glyphs by at least `MARGIN`, and it casts doubt on a name letter the correlation was sure of
when it prefers another letter by `DOUBT`: a name has no check digit, so a letter read sure but wrong would be
offered as certain. The figures behind both thresholds are in docs/decisions/0007-reading-passport-photos.md.
"""

from functools import cache
from pathlib import Path

import numpy as np

CLASSES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
MODEL = Path(__file__).with_name("letters.npy")
# The least difference between the discriminant's scores of the correlation's two glyphs for it to settle
# an unsure cell; and the least lead of another letter over a name letter read sure for it to doubt that letter.
MARGIN = 30.0
DOUBT = 10.0


def features(cell: np.ndarray) -> np.ndarray:
    """The cell's grey levels (padded grid) less their mean, scaled to length one."""
    row = cell.ravel().astype(np.float32)
    row = row - row.mean()
    return row / (np.linalg.norm(row) + 1e-6)


@cache
def discriminant() -> np.ndarray | None:
    model = np.load(MODEL) if MODEL.exists() else None
    return model if model is not None and len(model) == len(CLASSES) else None


def scores(cell: np.ndarray, allowed: str) -> dict[str, float] | None:
    """The discriminant's score of each character `allowed` at the cell's place; None without a model."""
    model = discriminant()
    if model is None:
        return None
    values = model[:, :-1] @ features(cell) + model[:, -1]
    return {char: value for char, value in zip(CLASSES, values.tolist(), strict=True) if char in allowed}


def judged(cell: np.ndarray, char: str, runner_up: str, sure: bool, allowed: str, *, doubt: bool):
    """The correlation's reading (`char`, `sure`, `runner_up`) with the discriminant's opinion: (char, sure,
    runner_up). An unsure cell is settled for the glyph of the two that the discriminant scores `MARGIN`
    higher, when that is also its best of all allowed; with `doubt`, a sure cell becomes unsure when another
    allowed character scores `DOUBT` above it."""
    scored = scores(cell, allowed)
    if scored is None or char not in scored:
        return char, sure, runner_up
    best = max(scored, key=scored.get)
    if sure:
        if doubt and best != char and scored[best] - scored[char] >= DOUBT:
            return char, False, best
        return char, True, runner_up
    if best in (char, runner_up) and runner_up in scored:
        other = runner_up if best == char else char
        if scored[best] - scored[other] >= MARGIN:
            return best, True, other
    return char, False, runner_up
