"""Search keys that find a person's name across scripts.

A resident may be asked for by the passport name, the name in their own script, their Chinese name, its pinyin,
or a transliteration typed on a Latin keyboard. Each name is reduced to compact keys (lower case, no spaces or
punctuation): the name itself (so 田中 and 김민준 match as typed), its ASCII transliteration (anyascii: Müller →
muller, 김민준 → gimminjun, Дмитрий → dmitrii), the German spelling of umlauts (Müller → mueller) and, for Chinese
names, their pinyin. A query is reduced the same way and matched as a substring of the joined keys.
"""

import re
import unicodedata

from anyascii import anyascii
from pypinyin import lazy_pinyin

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
SEPARATOR = "|"


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


def search_key(*names: str) -> str:
    """The joined keys of all of a person's names, stored on the row and matched by a substring search."""
    keys: set[str] = set()
    for name in names:
        keys |= name_keys(name)
    return SEPARATOR + SEPARATOR.join(sorted(keys)) + SEPARATOR


def query_keys(query: str) -> list[str]:
    """The compact forms of what a person typed in the search box, longest first."""
    keys = {compact(query), compact(anyascii(query)), compact(anyascii(query.translate(_GERMAN)))}
    if _HAN.search(query):
        keys.add(compact("".join(lazy_pinyin(query))))
    return sorted((key for key in keys if key), key=len, reverse=True)
