"""Languages' names as a reader sees them, and the language a bilingual printed sheet sets beside Chinese."""

from django.conf import settings
from django.utils import translation

CHINESE = "zh-hans"


def language_name(code: str, language: str) -> str:
    """A language's name said in `language` (its code where Django does not know it)."""
    try:
        info = translation.get_language_info(code)
    except KeyError:
        return code
    with translation.override(language):
        return str(info["name_translated"])


def sheet_language(officer_language: str) -> str:
    """The language beside Chinese: the officer's own, or English for an officer who reads Chinese."""
    known = {code for code, _name in settings.LANGUAGES}
    return officer_language if officer_language in known and officer_language != CHINESE else "en"
