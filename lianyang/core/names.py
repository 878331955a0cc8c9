"""Search keys that find a person's name across scripts.

A resident may be asked for by the passport name, the name in their own script, their Chinese name, its pinyin,
or a transliteration typed on a Latin keyboard. Each name is reduced to compact keys (lower case, no spaces or
punctuation): the name itself (so 田中 and 김민준 match as typed), its ASCII transliteration (anyascii: Müller →
muller, 김민준 → gimminjun, Дмитрий → dmitrii), the German spelling of umlauts (Müller → mueller) and, for Chinese
names, their pinyin. A query is reduced the same way and matched as a substring of the joined keys.

Korean names reach the station in several romanisations: the passport may say LEE, the resident says Yi or Rhee,
the Hangul reads I; Park, Pak and Bak; Sang-chul and Sangcheol. For Korean names (written in Hangul, or with a
Korean surname) a folded key is added, marked with `~` so that it is only ever matched from its start: the
surname brought to its Revised Romanisation, then the spellings that differ between systems made one (eo/u,
oo/u, ch/j, sh/s, k/g, p/b, t/d). A query is folded the same way.
"""

import re
import unicodedata

from anyascii import anyascii
from pypinyin import lazy_pinyin

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
SEPARATOR = "|"
FOLDED = "~"
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")

# Korean surnames as passports and residents spell them, each to its Revised Romanisation (the Hangul's reading).
_KOREAN_SURNAMES = {
    **dict.fromkeys(("lee", "yi", "rhee", "i", "ri", "rhie", "yee", "ree", "rhi"), "i"),
    **dict.fromkeys(("park", "pak", "bak", "bahk", "pack", "bark"), "bak"),
    **dict.fromkeys(("kim", "gim", "ghim"), "gim"),
    **dict.fromkeys(("choi", "choe", "chwe", "choy"), "choe"),
    **dict.fromkeys(("jung", "jeong", "chung", "cheong", "joung", "jeung", "chong", "jong"), "jeong"),
    **dict.fromkeys(("yoo", "yu", "ryu", "lyu", "you"), "yu"),
    **dict.fromkeys(("noh", "roh", "no", "ro"), "no"),
    **dict.fromkeys(("oh", "o"), "o"),
    **dict.fromkeys(("ahn", "an"), "an"),
    **dict.fromkeys(("um", "uhm", "eom"), "eom"),
    **dict.fromkeys(("heo", "hur", "huh"), "heo"),
    **dict.fromkeys(("seo", "suh"), "seo"),
    **dict.fromkeys(("woo", "u"), "u"),
    **dict.fromkeys(("baek", "paek", "paik", "baik"), "baek"),
    **dict.fromkeys(("kang", "gang"), "gang"),
    **dict.fromkeys(("kwon", "gwon"), "gwon"),
    **dict.fromkeys(("lim", "im", "rim"), "im"),
    **dict.fromkeys(("yoon", "yun"), "yun"),
    **dict.fromkeys(("cho", "jo"), "jo"),
    **dict.fromkeys(("shin", "sin"), "sin"),
    **dict.fromkeys(("sung", "seong"), "seong"),
    **dict.fromkeys(("koo", "ku", "gu"), "gu"),
    # Common surnames spelled alike in every system: they mark a name as Korean, and fold as they are.
    **dict.fromkeys(("han", "hong", "song", "jang", "chang", "yang", "moon", "mun", "hwang", "nam"), None),
}
# Spellings that differ between romanisation systems (and habits), made one; applied in this order.
_KOREAN_VOWELS = (("eo", "u"), ("eu", "u"), ("oo", "u"), ("ou", "u"), ("sh", "s"), ("ch", "j"))
_KOREAN_CONSONANTS = str.maketrans("kpt", "gbd")


def compact(text: str) -> str:
    """Lower case, NFKC, and nothing but letters and digits."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def name_keys(name: str) -> set[str]:
    """Every compact form under which `name` should be found."""
    if not name or not name.strip():
        return set()
    keys = {compact(name), compact(anyascii(name)), compact(anyascii(name.translate(_GERMAN)))}
    if _HAN.search(name):
        keys.add(compact("".join(lazy_pinyin(name))))
    return {key for key in keys if key}


def _latin_parts(word: str) -> list[str]:
    """A word's romanised syllable groups: Hangul read syllable by syllable (anyascii capitalises each), else
    the whole word without hyphens or apostrophes."""
    if _HANGUL.search(word):
        return [part.lower() for part in re.findall(r"[A-Z][a-z]*", anyascii(word))]
    ascii_word = compact(anyascii(word))
    return [ascii_word] if ascii_word else []


def _fold(parts: list[str]) -> str:
    """One Korean name's folded form: its surname-like first part to Revised Romanisation, then spellings made one."""
    if not parts:
        return ""
    first = _KOREAN_SURNAMES.get(parts[0]) or parts[0]
    text = first + "".join(parts[1:])
    for spelling, folded in _KOREAN_VOWELS:
        text = text.replace(spelling, folded)
    return text.translate(_KOREAN_CONSONANTS)


def korean_keys(name: str) -> set[str]:
    """The folded keys of a Korean name, from each of its words (so the given name alone is found too); none for
    a name that is neither written in Hangul nor carries a Korean surname."""
    words = [_latin_parts(word) for word in name.split()]
    words = [parts for parts in words if parts]
    if not _HANGUL.search(name) and not any(parts[0] in _KOREAN_SURNAMES for parts in words):
        return set()
    keys = set()
    for start in range(len(words)):
        tail = words[start:]
        keys.add(FOLDED + "".join(_fold(parts) for parts in tail))
        if len(tail[0]) > 1:  # Hangul written without a space: the given name starts at the second syllable.
            keys.add(FOLDED + _fold(tail[0][1:]) + "".join(_fold(parts) for parts in tail[1:]))
    return {key for key in keys if len(key) > 1}


def search_key(*names: str) -> str:
    """The joined keys of all of a person's names, stored on the row and matched by a substring search."""
    keys: set[str] = set()
    for name in names:
        keys |= name_keys(name) | korean_keys(name or "")
    return SEPARATOR + SEPARATOR.join(sorted(keys)) + SEPARATOR


def query_keys(query: str) -> list[str]:
    """The compact forms of what a person typed in the search box, longest first."""
    keys = {compact(query), compact(anyascii(query)), compact(anyascii(query.translate(_GERMAN)))}
    if _HAN.search(query):
        keys.add(compact("".join(lazy_pinyin(query))))
    # Folded as a Korean name would be, whatever the query: it only ever meets the folded keys of Korean names.
    folded = "".join(_fold(parts) for parts in (_latin_parts(word) for word in query.split()) if parts)
    if folded:
        keys.add(FOLDED + folded)
    return sorted((key for key in keys if key), key=len, reverse=True)
