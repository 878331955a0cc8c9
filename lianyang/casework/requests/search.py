"""A request found by any words of its subject or text, in whatever script it was written or the search is typed.

Residents write in their own language (Korean, Russian, Arabic, Chinese…) and officers search in theirs. Each
request keeps its subject and text reduced once (`text_key`): case-folded with NFKC (so ＡＢＣ and abc, Привет and
ПРИВЕТ meet, which the databases' own case-insensitive match does not do beyond ASCII), and again transliterated to
ASCII (anyascii: 주차 → jucha, Москва → moskva), so a word typed on a Latin keyboard finds it too. The resident's
names are found through their own search key (core/names.py).
"""

import re
import unicodedata

from anyascii import anyascii
from django.db.models import Q

from lianyang.people.selectors import name_matches

_SPACES = re.compile(r"\s+")
# Between the folded text and its transliteration, so a search never matches across the two.
_BETWEEN = "\u241e"


def _folded(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def text_key(*parts: str) -> str:
    folded = _folded(" ".join(parts))
    return f"{folded}{_BETWEEN}{_folded(anyascii(folded))}"


def text_matches(query: str, *, resident_field: str = "resident__search_key") -> Q:
    """Requests whose subject or text holds the query, as typed or transliterated, or whose resident it names."""
    folded = _folded(query)
    if not folded:
        return Q()
    return (
        Q(search_text__contains=folded)
        | Q(search_text__contains=_folded(anyascii(folded)))
        | name_matches(query, field=resident_field)
    )
