"""The waste guide search's quality measures, shared by the tests and `python -m tests.civic.guide_quality`.

The held-out fifth: items whose key's SHA-1 is 0 modulo 5, kept out of the synonyms. Three figures:

- typed (the target, >= 95 %): the index keeps the held-out items with their first (display) name in each
  language only, and they are looked up as residents type them: a plural and a one-letter typo of the English,
  French, German, Spanish and Portuguese names, those names in capitals and without accents, the Japanese name
  with its katakana as hiragana. What finds them is the search's folding, stemming and typo tolerance, not a
  synonym written for them.
- synonyms: the same index, looked up by every synonym the held-out items have in every language (names the index
  never saw, often other words: "wonton" for a dumpling); this needs a meaning the search does not know.
- removed: the held-out items taken out entirely and looked up by all their names: the category of the closest
  item known, the "items you do not have" case.

A query scores when the top result's category is the item's; an empty answer counts as dry waste, as the page
then says ("when unsure, dry waste").
"""

import hashlib
import random
import unicodedata
from dataclasses import dataclass

from lianyang.civic.guide.search import GuideIndex
from lianyang.civic.guide.starter import shipped_items

TYPO_LANGUAGES = ("en", "fr", "de", "es", "pt-br")


def held_out(key: str) -> bool:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0


def plural(name: str, language: str) -> str:
    """A plural as a resident might type it: the head noun (last in English and German, first in French and
    Spanish) with its regular ending."""
    words = name.split()
    at = -1 if language in ("en", "de") else 0  # French, Spanish and Portuguese put the noun first
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
    elif language in ("es", "pt-br"):
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


def typed_queries(item: dict) -> list[tuple[str, str]]:
    """(language, query) pairs: the held-out item's display names as residents type them."""
    queries = []
    for language in TYPO_LANGUAGES:
        display = item["names"][language][0]
        queries.append((language, plural(display, language)))
        queries.append((language, typo(display, f"{item['key']}:{language}")))
        queries.append((language, display.upper()))
        bare = _without_accents(display)
        if bare != display:
            queries.append((language, bare))
    japanese = item["names"]["ja"][0]
    hiragana = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in japanese)
    if hiragana != japanese:
        queries.append(("ja", hiragana))
    return queries


def synonym_queries(item: dict) -> list[tuple[str, str]]:
    """(language, query) pairs: every synonym of the held-out item, in every language."""
    return [(language, name) for language, names in item["names"].items() for name in names[1:]]


def all_name_queries(item: dict) -> list[tuple[str, str]]:
    return [(language, name) for language, names in item["names"].items() for name in names]


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


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


def _score(index: GuideIndex, items: list[dict], queries) -> Score:
    score = Score(0, 0, [])
    for item in items:
        for language, query in queries(item):
            found = index.search(query, language)
            category = found[0].category if found else "dry"
            score.queries += 1
            if category == item["category"]:
                score.right += 1
            else:
                score.misses.append((query, item["key"], item["category"], found[0].key if found else "", category))
    return score


def held_out_scores(items: list[dict] | None = None) -> dict[str, Score]:
    """The held-out fifth's three figures: typed, synonyms, removed."""
    items = shipped_items() if items is None else items
    out = [item for item in items if held_out(item["key"])]
    kept = GuideIndex([_row(item, display_only=held_out(item["key"])) for item in items])
    removed = GuideIndex([_row(item) for item in items if not held_out(item["key"])])
    return {
        "typed": _score(kept, out, typed_queries),
        "synonyms": _score(kept, out, synonym_queries),
        "removed": _score(removed, out, all_name_queries),
    }


if __name__ == "__main__":  # .venv/bin/python -m tests.civic.guide_quality [--misses]
    import sys

    for name, score in held_out_scores().items():
        print(f"{name}: {score.right}/{score.queries} = {score.share:.1%}")
        if "--misses" in sys.argv:
            for miss in score.misses:
                print("   ", *miss)
