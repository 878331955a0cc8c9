"""Telling a name's look-alike letters apart by a discriminant learned from OCR-B drawn badly.

A name has no check digit: a letter whose best two glyphs correlate about equally (M and H, E and F, I and T,
K and X on a blurred photo of about 13 pixels a character) used to leave the name uncertain. A linear
discriminant over the cell's grey levels (`letters.npy`, drawn by `python -m lianyang.registration.ocr.learn`
from the OCR-B font alone) weighs the pixels where the two letters differ, not their whole shape; it settles
such a letter only when its two scores stand at least `MARGIN` apart, else the name stays uncertain.
"""

from functools import cache
from pathlib import Path

import numpy as np

CLASSES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
MODEL = Path(__file__).with_name("letters.npy")
# The least difference of two letters' scores the reader trusts. On 100 bands drawn apart from those it learned
# from (`learn`), no letter was confirmed wrong at any margin, and a tenth of the right ones scored under 59
# apart; on the bench one F confirmed where a blurred E stood scored 23.5 apart (docs/decisions/0007).
MARGIN = 50.0


def features(cell: np.ndarray) -> np.ndarray:
    """The cell's grey levels (padded grid) less their mean, scaled to length one."""
    row = cell.ravel().astype(np.float32)
    row = row - row.mean()
    return row / (np.linalg.norm(row) + 1e-6)


@cache
def discriminant() -> np.ndarray | None:
    return np.load(MODEL) if MODEL.exists() else None


def scores(cell: np.ndarray) -> dict[str, float] | None:
    model = discriminant()
    if model is None:
        return None
    values = model[:, :-1] @ features(cell) + model[:, -1]
    return dict(zip(CLASSES, values.tolist(), strict=True))


def settled(cell: np.ndarray, first: str, second: str) -> str | None:
    """Which of two letters the cell holds, when the discriminant's best letter of all is one of the two and
    beats the other by `MARGIN`; else None (a cell the correlation took for two letters it holds neither of
    the discriminant often names: it is left unsure)."""
    scored = scores(cell) if first in CLASSES and second in CLASSES else None
    if scored is None or max(scored, key=scored.get) not in (first, second):
        return None
    if scored[first] - scored[second] < MARGIN:
        return None
    return first
