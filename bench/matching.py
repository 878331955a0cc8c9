"""The pairing matcher at city scale: 5,000 residents' wishes against 5,000 hosts' offers (issue 11: ≤ 10 s).

The parties are drawn from a seeded generator, not the database: the matcher (lianyang/activities/pairing/matcher.py)
is pure, and what it costs depends on how many wishes and offers share a topic, not on where they are stored.
Eight topics, one to three languages of the ten each, one to four weekly slots of one to three hours, sixty
compounds in twelve areas, hosts taking one to three pairings."""

import random
import time

from lianyang.activities.pairing.matcher import Party, Slot, match

TOPICS = ("cooking", "mandarin", "calligraphy", "tai_chi", "tea", "shanghainese", "crafts", "other")
LANGUAGES = ("en", "zh-hans", "ja", "ko", "fr", "de", "es", "pt-br", "ru", "ar")


def parties(rng: random.Random, count: int, *, hosts: bool) -> list[Party]:
    drawn = []
    for index in range(count):
        slots = []
        for _ in range(rng.randint(1, 4)):
            start = rng.randint(8 * 60, 20 * 60)
            slots.append(Slot(rng.randint(0, 6), start, start + rng.choice((60, 90, 120, 180))))
        drawn.append(Party(
            id=index, topic=rng.choice(TOPICS), languages=frozenset(rng.sample(LANGUAGES, rng.randint(1, 3))),
            compound=rng.randint(1, 60), area=rng.randint(1, 12), station=1, slots=tuple(slots),
            places=rng.randint(1, 3) if hosts else 1,
        ))  # fmt: skip
    return drawn


def matching(count: int = 5000, seed: int = 11) -> dict:
    """`count` wishes against `count` offers, timed (the drawing of the parties is not)."""
    rng = random.Random(seed)
    wishes, offers = parties(rng, count, hosts=False), parties(rng, count, hosts=True)
    started = time.perf_counter()
    proposals = match(wishes, offers)
    seconds = round(time.perf_counter() - started, 2)
    return {"wishes": count, "offers": count, "proposals": len(proposals), "seconds": seconds}
