"""The pairing matcher: which wishes to pair with which offers so that the pairs are as good as they can be.

Pure: plain values in, proposals out, no database. A pair is possible only on the same topic, and not between a
wish and an offer the caller excludes (already paired, or declined before). Its score, in whole points:

- a language both speak: LANGUAGE_POINTS;
- weekly time both are free: a point for every OVERLAP_MINUTES_PER_POINT minutes, at most OVERLAP_POINTS;
- how near they live: the same compound NEAR_POINTS["compound"], else the same residential area, else the same
  station.

Under the constraints (an offer takes at most its open places; a wish, which is one resident's one topic, gets
at most one pairing) the proposals maximise the total score: an assignment problem, solved exactly with the
Hungarian method of scipy (`linear_sum_assignment`) on each topic's own matrix, where an offer stands for as many
columns as it has open places. A pair worth nothing is not proposed.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

LANGUAGE_POINTS = 40
OVERLAP_POINTS = 40
OVERLAP_MINUTES_PER_POINT = 6  # four hours a week of common time earns the whole 40
NEAR_POINTS = {"compound": 20, "area": 10, "station": 5}
MINUTES_A_DAY = 24 * 60


@dataclass(frozen=True)
class Slot:
    """A weekly window: its day (0 Monday … 6 Sunday) and its minutes from midnight, `end` after `start`."""

    weekday: int
    start: int
    end: int


@dataclass(frozen=True)
class Party:
    """One side of a possible pair: an offer (`places` open) or a wish (one place)."""

    id: int
    topic: str
    languages: frozenset = frozenset()
    compound: int | None = None
    area: int | None = None
    station: int | None = None
    slots: tuple = ()
    places: int = 1


@dataclass(frozen=True)
class Proposal:
    wish: int
    offer: int
    score: int
    reasons: dict = field(default_factory=dict, compare=False)


def week_intervals(slots: Iterable[Slot]) -> list[tuple[int, int]]:
    """The slots as minutes of the week, overlapping ones merged, so no common minute is counted twice."""
    intervals = sorted(
        (slot.weekday * MINUTES_A_DAY + slot.start, slot.weekday * MINUTES_A_DAY + slot.end)
        for slot in slots
        if slot.end > slot.start
    )
    merged: list[list[int]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def overlap_minutes(a: Iterable[Slot], b: Iterable[Slot]) -> int:
    return sum(
        max(0, min(end_a, end_b) - max(start_a, start_b))
        for start_a, end_a in week_intervals(a)
        for start_b, end_b in week_intervals(b)
    )


def nearness(wish: Party, offer: Party) -> str | None:
    for level in ("compound", "area", "station"):
        mine, theirs = getattr(wish, level), getattr(offer, level)
        if mine is not None and mine == theirs:
            return level
    return None


def pair_reasons(wish: Party, offer: Party) -> dict:
    """Why a pair scores what it does: the languages both speak, their common minutes a week, how near they live."""
    return {
        "languages": sorted(wish.languages & offer.languages),
        "overlap_minutes": overlap_minutes(wish.slots, offer.slots),
        "near": nearness(wish, offer),
    }


def points(reasons: dict) -> int:
    overlap = min(OVERLAP_POINTS, reasons["overlap_minutes"] // OVERLAP_MINUTES_PER_POINT)
    return (LANGUAGE_POINTS if reasons["languages"] else 0) + overlap + NEAR_POINTS.get(reasons["near"], 0)


def pair_score(wish: Party, offer: Party) -> int:
    """The score of one pair (0 when the topics differ: no pair)."""
    return points(pair_reasons(wish, offer)) if wish.topic == offer.topic else 0


def _padded_intervals(parties: list[Party]) -> tuple[np.ndarray, np.ndarray]:
    """Every party's merged intervals as two arrays (starts, ends) padded with empty intervals to the same width."""
    intervals = [week_intervals(party.slots) for party in parties]
    width = max((len(each) for each in intervals), default=0) or 1
    starts = np.zeros((len(parties), width), dtype=np.int32)
    ends = np.zeros((len(parties), width), dtype=np.int32)
    for row, each in enumerate(intervals):
        for column, (start, end) in enumerate(each):
            starts[row, column], ends[row, column] = start, end
    return starts, ends


def _codes(values: list, *, missing: int) -> np.ndarray:
    return np.array([missing if value is None else value for value in values], dtype=np.int64)


def score_matrix(wishes: list[Party], offers: list[Party]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The scores of every wish against every offer of one topic, with their common minutes and nearness level
    (0 compound, 1 area, 2 station, 3 none), computed for the whole matrix at once (numpy)."""
    wish_starts, wish_ends = _padded_intervals(wishes)
    offer_starts, offer_ends = _padded_intervals(offers)
    overlap = np.zeros((len(wishes), len(offers)), dtype=np.int64)
    for i in range(wish_starts.shape[1]):
        for j in range(offer_starts.shape[1]):
            common = np.minimum(wish_ends[:, i, None], offer_ends[None, :, j]) - np.maximum(
                wish_starts[:, i, None], offer_starts[None, :, j]
            )
            overlap += np.maximum(common, 0)
    score = np.minimum(OVERLAP_POINTS, overlap // OVERLAP_MINUTES_PER_POINT)

    spoken = sorted({language for party in (*wishes, *offers) for language in party.languages})
    index = {language: column for column, language in enumerate(spoken)}
    wish_languages = np.zeros((len(wishes), len(spoken) or 1), dtype=np.int32)
    offer_languages = np.zeros((len(offers), len(spoken) or 1), dtype=np.int32)
    for row, party in enumerate(wishes):
        wish_languages[row, [index[language] for language in party.languages]] = 1
    for row, party in enumerate(offers):
        offer_languages[row, [index[language] for language in party.languages]] = 1
    score += np.where(wish_languages @ offer_languages.T > 0, LANGUAGE_POINTS, 0)

    level = np.full((len(wishes), len(offers)), 3, dtype=np.int8)
    for code, name in reversed(list(enumerate(("compound", "area", "station")))):
        # A missing place never matches: the wishes' missing code differs from the offers'.
        same = (
            _codes([getattr(w, name) for w in wishes], missing=-1)[:, None]
            == _codes([getattr(o, name) for o in offers], missing=-2)[None, :]
        )
        level[same] = code
    score += np.select([level == 0, level == 1, level == 2], list(NEAR_POINTS.values()), 0)
    return score, overlap, level


def _solve_topic(wishes: list[Party], offers: list[Party], excluded: set) -> list[Proposal]:
    columns = [offer_index for offer_index, offer in enumerate(offers) for _place in range(max(0, offer.places))]
    if not wishes or not columns:
        return []
    score, overlap, level = score_matrix(wishes, offers)
    wish_row = {wish.id: row for row, wish in enumerate(wishes)}
    offer_column = {offer.id: column for column, offer in enumerate(offers)}
    for wish_id, offer_id in excluded:
        if wish_id in wish_row and offer_id in offer_column:
            score[wish_row[wish_id], offer_column[offer_id]] = 0
    expanded = score[:, columns]
    rows, chosen = linear_sum_assignment(expanded, maximize=True)
    levels = ("compound", "area", "station", None)
    proposals = []
    for wish_index, column in zip(rows, chosen, strict=True):
        offer_index = columns[column]
        value = int(expanded[wish_index, column])
        if value <= 0:
            continue
        wish, offer = wishes[wish_index], offers[offer_index]
        reasons = {
            "languages": sorted(wish.languages & offer.languages),
            "overlap_minutes": int(overlap[wish_index, offer_index]),
            "near": levels[level[wish_index, offer_index]],
        }
        proposals.append(Proposal(wish=wish.id, offer=offer.id, score=value, reasons=reasons))
    return proposals


def match(wishes: Iterable[Party], offers: Iterable[Party], *, excluded: Iterable = ()) -> list[Proposal]:
    """The proposals of greatest total score: each wish at most once, each offer at most `places` times, never a
    pair of `excluded` ((wish id, offer id) pairs). Solved topic by topic, since no pair crosses topics."""
    excluded = set(excluded)
    wishes_by_topic, offers_by_topic = defaultdict(list), defaultdict(list)
    for wish in wishes:
        wishes_by_topic[wish.topic].append(wish)
    for offer in offers:
        offers_by_topic[offer.topic].append(offer)
    proposals = []
    for topic in sorted(wishes_by_topic.keys() & offers_by_topic.keys()):
        proposals.extend(_solve_topic(wishes_by_topic[topic], offers_by_topic[topic], excluded))
    return proposals
