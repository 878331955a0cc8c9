"""Checks of the short answers people type by hand (a building number, a room, a port's name), and lists said as the
page's language says them."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext

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


def printable(value: str) -> None:
    """A validator for names and addresses, which are printed on police forms and searched: no control
    characters and no invisible formatting ones. A right-to-left override (U+202E) prints what follows it
    reversed; a zero-width space (U+200B) makes a name that looks empty, or one no search finds."""
    if any(not character.isprintable() for character in value):
        raise ValidationError(
            gettext_lazy("Please use letters, digits and ordinary punctuation only."), code="not_printable"
        )


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


def listed(items) -> str:
    """Items as a list in the active language, with its own separator ("A, B"; "A、B" in Chinese and Japanese)."""
    return pgettext("between items of a list", ", ").join(str(item) for item in items)
