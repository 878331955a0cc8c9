"""The waste guide search's quality measure, shared by the tests and `python -m tests.civic.guide_quality`.

The held-out fifth: items whose key's SHA-1 is 0 modulo 5. The index keeps them with their first (display) name in
each language only; each is then looked up by every synonym it has in every language (names the index never saw),
and by a plural and a one-letter typo of its English, French, German and Spanish names. A query scores when the
top result's category is the item's; an empty answer counts as dry waste, as the page then says ("when unsure,
dry waste"). The harsher figure removes the held-out items entirely: the category of the closest item known.
"""

import hashlib
import random
from dataclasses import dataclass

from lianyang.civic.guide.search import GuideIndex
from lianyang.civic.guide.starter import shipped_items

TYPO_LANGUAGES = ("en", "fr", "de", "es")


def held_out(key: str) -> bool:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0


def plural(name: str, language: str) -> str:
    """A plural as a resident might type it: the head noun (last in English and German, first in French and
    Spanish) with its regular ending."""
    words = name.split()
    at = -1 if language in ("en", "de") else 0
    word = words[at]
    if language == "en":
        if word.endswith(("s", "x", "ch", "sh")):
            word += "es"
        elif word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
            word = word[:-1] + "ies"
        else:
            word += "s"
    elif language == "fr":
        word += "x" if word.endswith(("eau", "au")) else ("" if word.endswith(("s", "x")) else "s")
    elif language == "de":
        word += "n" if word.endswith(("e", "el", "er")) else "e"
    elif language == "es":
        word += "s" if word[-1:] in "aeiouáéó" else "es"
    words[at] = word
    return " ".join(words)


def typo(name: str, seed: str) -> str:
    """One letter wrong in the longest word (never its first): dropped, doubled or swapped for a neighbour."""
    rng = random.Random(seed)
    words = name.split()
    at = max(range(len(words)), key=lambda index: len(words[index]))
    word = words[at]
    if len(word) < 3:
        return name
    position = rng.randrange(1, len(word))
    kind = rng.choice(("drop", "double", "swap"))
    if kind == "drop":
        word = word[:position] + word[position + 1 :]
    elif kind == "double":
        word = word[:position] + word[position] + word[position:]
    else:
        letters = "aeiou" if word[position] in "aeiou" else "rstnlm"
        word = word[:position] + rng.choice([c for c in letters if c != word[position]]) + word[position + 1 :]
    words[at] = word
    return " ".join(words)


def held_out_queries(item: dict) -> list[tuple[str, str]]:
    """(language, query) pairs for one held-out item."""
    queries = [(language, name) for language, names in item["names"].items() for name in names[1:]]
    for language in TYPO_LANGUAGES:
        display = item["names"][language][0]
        queries.append((language, plural(display, language)))
        queries.append((language, typo(display, f"{item['key']}:{language}")))
    return queries


def _row(item: dict, display_only: bool = False) -> tuple:
    names = item["names"]
    if display_only:
        names = {language: given[:1] for language, given in names.items()}
    return (item["key"], item["category"], item["how"], names)


@dataclass
class Score:
    queries: int
    right: int
    misses: list

    @property
    def share(self) -> float:
        return self.right / self.queries if self.queries else 1.0


def _score(index: GuideIndex, items: list[dict]) -> Score:
    score = Score(0, 0, [])
    for item in items:
        for language, query in held_out_queries(item):
            found = index.search(query, language)
            category = found[0].category if found else "dry"
            score.queries += 1
            if category == item["category"]:
                score.right += 1
            else:
                score.misses.append((query, item["key"], item["category"], found[0].key if found else "", category))
    return score


def held_out_scores(items: list[dict] | None = None) -> tuple[Score, Score]:
    """The held-out fifth's score with the items kept by their display names, and with them removed."""
    items = shipped_items() if items is None else items
    out = [item for item in items if held_out(item["key"])]
    kept = GuideIndex([_row(item, display_only=held_out(item["key"])) for item in items])
    removed = GuideIndex([_row(item) for item in items if not held_out(item["key"])])
    return _score(kept, out), _score(removed, out)
