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
