"""The matcher proposes the pairs of greatest total score under the constraints: checked against brute force."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from lianyang.activities.pairing.matcher import Party, Slot, match, overlap_minutes, pair_score

TOPICS = ("cooking", "tea")
LANGUAGES = ("en", "zh-hans", "pt-br")


def slots():
    return st.lists(
        st.builds(
            lambda weekday, start, length: Slot(weekday, start, min(start + length, 24 * 60)),
            st.integers(0, 1),
            st.integers(0, 23 * 60),
            st.integers(15, 300),
        ),
        max_size=3,
    ).map(tuple)


def parties(draw, count, *, offers=False):
    return [
        Party(
            id=index,
            topic=draw(st.sampled_from(TOPICS)),
            languages=frozenset(draw(st.sets(st.sampled_from(LANGUAGES), max_size=2))),
            compound=draw(st.sampled_from([None, 1, 2, 3])),
            area=draw(st.sampled_from([None, 10, 20])),
            station=1,
            slots=draw(slots()),
            places=draw(st.integers(0, 2)) if offers else 1,
        )
        for index in range(count)
    ]


@st.composite
def cases(draw):
    wishes = parties(draw, draw(st.integers(0, 4)))
    offers = parties(draw, draw(st.integers(0, 3)), offers=True)
    pairs = [(wish.id, offer.id) for wish in wishes for offer in offers]
    excluded = draw(st.sets(st.sampled_from(pairs), max_size=2)) if pairs else set()
    return wishes, offers, excluded


def brute_force(wishes, offers, excluded) -> int:
    """The best total over every feasible assignment: each wish to one offer or none, offers within places."""
    best = 0
    for choice in itertools.product([None, *offers], repeat=len(wishes)):
        used = [offer.id for offer in choice if offer is not None]
        if any(used.count(offer.id) > offer.places for offer in offers):
            continue
        total = 0
        for wish, offer in zip(wishes, choice, strict=True):
            if offer is not None and (wish.id, offer.id) not in excluded:
                total += pair_score(wish, offer)
        best = max(best, total)
    return best


@settings(max_examples=300, deadline=None)
@given(cases())
def test_matcher_total_equals_brute_force(case):
    wishes, offers, excluded = case
    proposals = match(wishes, offers, excluded=excluded)
    by_id_wish, by_id_offer = {w.id: w for w in wishes}, {o.id: o for o in offers}
    # Feasible: each wish once, each offer within its places, same topic, nothing excluded, score as computed.
    assert len({p.wish for p in proposals}) == len(proposals)
    for offer in offers:
        assert sum(p.offer == offer.id for p in proposals) <= offer.places
    for proposal in proposals:
        wish, offer = by_id_wish[proposal.wish], by_id_offer[proposal.offer]
        assert wish.topic == offer.topic
        assert (wish.id, offer.id) not in excluded
        assert proposal.score == pair_score(wish, offer) > 0
    assert sum(p.score for p in proposals) == brute_force(wishes, offers, excluded)


def test_overlapping_slots_of_one_side_count_once():
    mine = (Slot(0, 600, 720), Slot(0, 660, 780))
    theirs = (Slot(0, 540, 840),)
    assert overlap_minutes(mine, theirs) == 180


def test_the_nearer_host_with_a_common_language_wins():
    wish = Party(id=1, topic="cooking", languages=frozenset({"pt-br", "en"}), compound=7, area=1, station=1,
                 slots=(Slot(5, 600, 720),))  # fmt: skip
    near = Party(id=1, topic="cooking", languages=frozenset({"en"}), compound=7, area=1, station=1,
                 slots=(Slot(5, 540, 720),))  # fmt: skip
    far = Party(id=2, topic="cooking", languages=frozenset({"zh-hans"}), compound=9, area=2, station=1,
                slots=(Slot(5, 540, 720),))  # fmt: skip
    [proposal] = match([wish], [far, near])
    assert proposal.offer == near.id
    assert proposal.reasons == {"languages": ["en"], "overlap_minutes": 120, "near": "compound"}
    assert proposal.score == 40 + 20 + 20


def test_a_full_offer_gets_nobody_and_topics_never_cross():
    wish = Party(id=1, topic="tea", station=1)
    assert match([wish], [Party(id=1, topic="tea", station=1, places=0)]) == []
    assert match([wish], [Party(id=2, topic="cooking", station=1)]) == []
