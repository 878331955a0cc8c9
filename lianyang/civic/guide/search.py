"""The waste guide's search: a resident types an item in any of the ten interface languages or in Chinese, with
typos and plurals, and learns its bin.

The rule the answer serves is the Shanghai Municipal Domestic Waste Management Regulations (in force 1 July 2019):
every household sorts its waste into four categories. An item the query names (its name or a synonym, in any
language, give or take a plural or a typo) is a certain answer; otherwise the closest items the guide knows are
offered as a guess, and with nothing close the page says "when unsure, dry waste" (docs/domain.md §8).

The index lives in each process's memory, built from the database in one query, and is rebuilt when the guide's
version in the cache changes (the item services bump it): a search costs one cache read and no query.
"""

import heapq
import math
import re
import threading
import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from rapidfuzz import process
from rapidfuzz.distance import OSA

from lianyang.civic.models import WasteItem

__all__ = [
    "LONGEST_QUERY",
    "Found",
    "GuideAnswer",
    "GuideIndex",
    "guide_search",
    "guide_search_version_bump",
    "normalise",
]

LONGEST_QUERY = 100
MOST_FOUND = 5
VERSION_KEY = "civic:guide:search-version"

# Below this likeness (0–1) an item is not worth showing as a guess.
LEAST_LIKENESS = 0.12


@dataclass(frozen=True)
class Found:
    key: str
    category: str
    how: str
    name: str  # in the reader's language, else English, else Chinese
    matched: str  # the name (any language) the query matched
    certain: bool  # the query names this item; False: the closest item known, to be presented as a guess


@dataclass(frozen=True)
class GuideAnswer:
    query: str
    found: tuple[Found, ...]  # best first, at most five; empty when nothing is close (when unsure, dry waste)


# --- Normalising --------------------------------------------------------------------------------------------------

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})
_SEPARATORS = re.compile(r"[\W_]+")


def _is_cjk(char: str) -> bool:
    """Han, kana and hangul: scripts written without spaces between words (Korean has spaces, but its particles
    stick to the word), compared by character pairs."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # kana
        or 0x3400 <= code <= 0x9FFF  # han
        or 0xF900 <= code <= 0xFAFF
        or 0xAC00 <= code <= 0xD7AF  # hangul syllables
        or 0x1100 <= code <= 0x11FF
        or 0x3130 <= code <= 0x318F
        or code == 0x30FC
    )


def _fold_char(char: str) -> str:
    code = ord(char)
    if 0x30A1 <= code <= 0x30F6:  # katakana to hiragana, so ペットボトル meets ぺっとぼとる
        return chr(code - 0x60)
    if code < 0x0590:  # Latin, Greek, Cyrillic: accents off (é→e, ü→u, ё→е)
        return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return char


def normalise(text: str) -> str:
    """The form names and queries are compared in: NFKC, case folded, accents off, katakana as hiragana, Arabic
    without vowel marks, punctuation as single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    text = "".join(_fold_char(char) for char in text)
    return _SEPARATORS.sub(" ", text).strip()


# Little words that say nothing about the item, in the languages that write them apart.
_LITTLE_WORDS = """
    a an the of for from with and or old used empty piece pieces
    de du des le la les l d un une en pour au aux avec et
    del el los las para con y unos unas
    do da dos das o os as com um uma
    der die das den dem von vom fur mit und ein eine alte alter altes
    от для из с и в на
    من في و
"""
_STOPWORDS = frozenset(_LITTLE_WORDS.split())

# Light plural and inflection endings, longest first, tried on Latin script words (English, French, Spanish,
# Portuguese, German share them well enough: both the names and the query go through the same cut).
_LATIN_ENDINGS = (
    ("ies", "y"),
    ("ves", "f"),
    ("eaux", "eau"),
    ("aux", "al"),
    ("ais", "al"),
    ("eis", "el"),
    ("ces", "z"),
    ("oes", "o"),
    ("es", ""),
    ("en", ""),
    ("er", ""),
    ("s", ""),
    ("e", ""),
    ("n", ""),
)
_RUSSIAN_ENDINGS = """
    ами ями ого его ому ему ых их ым им ов ев ей ам ям ах ях ой ий ый ая яя ое ее ые ие ую юю ом ем
    ы и а я у ю о е ь й
"""
_CYRILLIC_ENDINGS = tuple(sorted(_RUSSIAN_ENDINGS.split(), key=len, reverse=True))
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_ENDINGS = ("ات", "ون", "ين", "ان", "ه", "ي")


def _stem(word: str) -> str:
    """A word without its plural or case ending, so "cups", "Becher", "стаканы" and "أكياس" meet their names."""
    first = word[0]
    if "a" <= first <= "z" or first.isdigit():
        for _round in range(2):
            for ending, replacement in _LATIN_ENDINGS:
                if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
                    word = word[: -len(ending)] + replacement
                    break
            else:
                break
        return word
    if "\u0400" <= first <= "\u04ff":
        for ending in _CYRILLIC_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                return word[: -len(ending)]
        return word
    if "\u0600" <= first <= "\u06ff":
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                word = word[len(prefix) :]
                break
        for ending in _ARABIC_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                return word[: -len(ending)]
    return word


def _typos_allowed(stem: str) -> int:
    """How many letters of a word or name may be wrong and it still count as typed for another: none in CJK and
    in short words, one in Latin words of three letters or more and in Cyrillic and Arabic ones of six or more
    (their words are short and near each other), two from nine letters on."""
    if not stem or _is_cjk(stem[0]):
        return 0
    shortest = 3 if stem[0] < "\u0400" else 6
    if len(stem) < shortest:
        return 0
    return 1 if len(stem) < 9 else 2


def _runs(text: str) -> list[tuple[str, bool]]:
    """The normalised text's words, with CJK runs split off from other scripts: (run, is_cjk)."""
    runs = []
    for word in text.split():
        current, current_cjk = "", None
        for char in word:
            cjk = _is_cjk(char)
            if current and cjk != current_cjk:
                runs.append((current, current_cjk))
                current = ""
            current, current_cjk = current + char, cjk
        if current:
            runs.append((current, current_cjk))
    return runs


@dataclass(frozen=True)
class _Shape:
    """What a name or a query is compared by."""

    plain: str  # normalised
    stems: tuple[str, ...]  # stemmed words without little words (CJK runs whole)
    stem_key: str  # the stems joined without spaces: "bubble tea cup" = "bubbleteacup", Bubble-Tea-Becher alike
    features: frozenset[str]


def _shape(text: str) -> _Shape:
    plain = normalise(text)
    stems, features = [], set()
    for run, cjk in _runs(plain):
        if cjk:
            stems.append(run)
            features.update(f"c:{char}" for char in run)
            features.update(f"b:{run[i : i + 2]}" for i in range(len(run) - 1))
            continue
        if run in _STOPWORDS:
            continue
        stem = _stem(run)
        stems.append(stem)
        features.add(f"w:{stem}")
        padded = f" {stem} "
        features.update(f"t:{padded[i : i + 3]}" for i in range(len(padded) - 2))
    if not stems and plain:  # a name of little words only: keep them
        stems = plain.split()
        features.update(f"w:{word}" for word in stems)
    return _Shape(plain, tuple(stems), "".join(stems), frozenset(features))


# --- The index ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    key: str
    category: str
    how: str
    names: dict


class GuideIndex:
    """Every name of every item, by its plain form, its stems and its features (words, letter triples, CJK
    characters and pairs), weighted by how rare each is."""

    # How much more a whole word counts than one of its letter triples.
    WORD_WEIGHT = 2.0
    # The guesses' category is voted by the closest items: how many, and how steeply likeness counts.
    VOTERS = 8
    VOTE_POWER = 3.0
    # Features in more names than this count in the query's length but are not looked up (speed).
    COMMONEST = 300

    def __init__(self, rows):
        self.items: list[_Item] = []
        self.name_item: list[int] = []  # name number -> item number
        self.name_text: list[str] = []
        self.name_language: list[str] = []
        self.by_plain: dict[str, list[int]] = defaultdict(list)
        self.by_stem_key: dict[str, list[int]] = defaultdict(list)
        postings: dict[str, list[int]] = defaultdict(list)
        shapes = []
        for key, category, how, names in rows:
            number = len(self.items)
            self.items.append(_Item(key, category, how, names))
            for language, language_names in names.items():
                for text in language_names:
                    shape = _shape(text)
                    if not shape.plain:
                        continue
                    name = len(self.name_text)
                    self.name_item.append(number)
                    self.name_text.append(text)
                    self.name_language.append(language)
                    shapes.append(shape)
                    self.by_plain[shape.plain].append(name)
                    if shape.stem_key:
                        self.by_stem_key[shape.stem_key].append(name)
                    for feature in shape.features:
                        postings[feature].append(name)
        count = max(len(shapes), 1)
        self.weight = {
            feature: math.log(1 + count / len(names)) * (self.WORD_WEIGHT if feature[0] == "w" else 1.0)
            for feature, names in postings.items()
        }
        self.postings = dict(postings)
        self.name_norm = [math.sqrt(sum(self.weight[f] ** 2 for f in shape.features)) or 1.0 for shape in shapes]
        self.name_stem_key = [shape.stem_key for shape in shapes]
        words = sorted({feature[2:] for feature in postings if feature.startswith("w:")})
        self.word_set = frozenset(word for word in words if len(word) >= 4)
        # Typos are looked for among the words and the names of about the same length only.
        self.words_by_length: dict[int, list[str]] = defaultdict(list)
        for word in words:
            self.words_by_length[len(word)].append(word)
        self.keys_by_length: dict[int, tuple[list[str], list[int]]] = defaultdict(lambda: ([], []))
        for name, key in enumerate(self.name_stem_key):
            if key and not _is_cjk(key[0]):
                self.keys_by_length[len(key)][0].append(key)
                self.keys_by_length[len(key)][1].append(name)
        self.keys_by_length = dict(self.keys_by_length)

    def _word_features(self, word: str) -> set[str]:
        padded = f" {word} "
        return {f"w:{word}"} | {f"t:{padded[i : i + 3]}" for i in range(len(padded) - 2)}

    def _corrected(self, shape: _Shape) -> _Shape:
        """The query with each unknown word replaced by the closest known one (a typo or two: "buble" counts as
        "bubble"), or, for a compound ("Schweineknochen", "Gojibeeren"), with the known words it ends or starts
        with."""
        features = set(shape.features)
        stems = []
        for stem in shape.stems:
            if f"w:{stem}" in self.weight or not _typos_allowed(stem):
                stems.append(stem)
                continue
            allowed = _typos_allowed(stem)
            closest = sorted(
                (distance, word)
                for length in range(len(stem) - allowed, len(stem) + allowed + 1)
                for word, distance, _number in process.extract(
                    stem, self.words_by_length.get(length, ()), scorer=OSA.distance, score_cutoff=allowed, limit=4
                )
            )
            if closest:
                stems.append(closest[0][1])
                for distance, word in closest:
                    if distance == closest[0][0]:
                        features |= self._word_features(word)
                continue
            stems.append(stem)
            parts = [stem[i:] for i in range(1, len(stem) - 3)] + [stem[:i] for i in range(len(stem) - 1, 3, -1)]
            for part in parts:
                if part in self.word_set:
                    features.add(f"w:{part}")
        return _Shape(shape.plain, tuple(stems), "".join(stems), frozenset(features))

    def _likeness(self, shape: _Shape) -> dict[int, tuple[float, int]]:
        """Each item's best name by cosine likeness of the shared features, weighted by rarity."""
        scores: dict[int, float] = defaultdict(float)
        query_norm = 0.0
        for feature in shape.features:
            weight = self.weight.get(feature)
            if weight is None:
                # an unknown feature still counts in the query's length: a long unknown query is far from all
                query_norm += math.log(2 + len(self.name_text)) ** 2
                continue
            query_norm += weight * weight
            postings = self.postings[feature]
            if len(postings) > self.COMMONEST:
                continue  # a letter triple in hundreds of names tells them apart too little to visit them all
            for name in postings:
                scores[name] += weight * weight
        query_norm = math.sqrt(query_norm) or 1.0
        best: dict[int, tuple[float, int]] = {}
        for name, score in scores.items():
            likeness = score / (query_norm * self.name_norm[name])
            item = self.name_item[name]
            if item not in best or likeness > best[item][0]:
                best[item] = (likeness, name)
        return best

    def search(self, query: str, language: str) -> tuple[Found, ...]:
        typed = _shape(query)
        shape = self._corrected(typed)
        if not shape.plain:
            return ()
        # Certain: the query is a name (exact, its plural or another inflection, a typo of it).
        certain: dict[int, tuple[int, int]] = {}  # item -> (rank, name)
        for name in self.by_plain.get(shape.plain, ()):
            certain.setdefault(self.name_item[name], (0, name))
        for key in (typed.stem_key, shape.stem_key):
            for name in self.by_stem_key.get(key, ()):
                certain.setdefault(self.name_item[name], (1, name))
        near: dict[int, int] = {}  # item -> name: a typo of a name too short to be sure of
        key = typed.stem_key
        allowed = _typos_allowed(key)
        if allowed and not certain:
            # a typo of a whole name: one letter in a short name, two in a longer one
            typos = []
            for length in range(len(key) - allowed, len(key) + allowed + 1):
                keys, names = self.keys_by_length.get(length, ((), ()))
                typos += [
                    (distance, self.name_language[names[number]] != language, names[number])
                    for _key, distance, number in process.extract(
                        key, keys, scorer=OSA.distance, score_cutoff=allowed, limit=3
                    )
                ]
            for _distance, _other_language, name in sorted(typos)[:3]:
                if len(key) >= 4:
                    certain.setdefault(self.name_item[name], (2, name))
                else:
                    near.setdefault(self.name_item[name], name)
        best = self._likeness(shape)
        found = [
            self._found(item, name, language, certain=True)
            for item, (_rank, name) in sorted(certain.items(), key=lambda pair: pair[1][0])
        ]
        guesses = heapq.nlargest(
            self.VOTERS + MOST_FOUND,
            (
                (likeness, item, name)
                for item, (likeness, name) in best.items()
                if likeness >= LEAST_LIKENESS and item not in certain and item not in near
            ),
            key=lambda guess: (guess[0], -guess[1]),
        )
        guesses[:0] = [(1.0, item, name) for item, name in near.items()]
        if guesses and not found:
            # the closest items vote on the category; the best of the winning category leads
            votes: dict[str, float] = defaultdict(float)
            for likeness, item, _name in guesses[: self.VOTERS]:
                votes[self.items[item].category] += likeness**self.VOTE_POWER
            winner = max(votes, key=votes.get)
            guesses.sort(key=lambda guess: self.items[guess[1]].category != winner)
        for _likeness, item, name in guesses[: MOST_FOUND - len(found)]:
            found.append(self._found(item, name, language, certain=False))
        return tuple(found[:MOST_FOUND])

    def _found(self, item: int, name: int, language: str, *, certain: bool) -> Found:
        entry = self.items[item]
        shown = entry.key
        for code in (language, "en", "zh-hans"):
            if entry.names.get(code):
                shown = entry.names[code][0]
                break
        return Found(entry.key, entry.category, entry.how, shown, self.name_text[name], certain)


# --- The process's index and its version --------------------------------------------------------------------------

_lock = threading.Lock()
_current: tuple[str, GuideIndex] | None = None


def guide_search_version_bump() -> None:
    """Tell every process its index is stale (called by the item services and the loader)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _index() -> GuideIndex:
    global _current
    version = cache.get(VERSION_KEY)
    if version is None:  # a cleared cache: a fresh version, so no process keeps an index of another database
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    current = _current
    if current is not None and current[0] == version:
        return current[1]
    with _lock:  # one thread rebuilds; the others wait for its index rather than build their own
        if _current is None or _current[0] != version:
            _current = (version, GuideIndex(list(WasteItem.objects.values_list("key", "category", "how", "names"))))
        return _current[1]


def guide_search(query: str, language: str) -> GuideAnswer:
    """The items a resident's words name, best first, at most five; certain ones first, then guesses."""
    query = (query or "").strip()
    if not query:
        raise ValidationError(_("Type the name of an item to look it up."), code="empty")
    if len(query) > LONGEST_QUERY:
        raise ValidationError(
            _("Type at most %(most)d characters: the name of one item.") % {"most": LONGEST_QUERY}, code="too_long"
        )
    return GuideAnswer(query, _index().search(query, language))
