"""Checks of the short answers people type by hand (a building number, a room, a port's name)."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MARKUP = set("<>{}")


def short_text_problem(text: str, *, longest: int) -> str | None:
    """Why `text` cannot be kept as a short plain answer, or None: at most `longest` characters, no markup
    and no control characters (it is printed on police forms and shown in pages)."""
    text = text.strip()
    if len(text) > longest:
        return ngettext(
            "Please keep this to %(count)d character.", "Please keep this to %(count)d characters.", longest
        ) % {"count": longest}
    if any(character in MARKUP or not character.isprintable() for character in text):
        return _("Please use letters, digits and ordinary punctuation only.")
    return None


# The largest id a database integer column holds (PostgreSQL bigint; SQLite raises OverflowError beyond it).
LARGEST_ID = 2**63 - 1


def database_id(value) -> int | None:
    """`value` as an id to look up, or None: ASCII digits only (`"²".isdigit()` is true, yet int() refuses it)
    and no larger than a database integer. An id from a URL or a form is only looked up through this."""
    text = str(value if value is not None else "").strip()
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if number <= LARGEST_ID else None
