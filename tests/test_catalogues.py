"""Every interface language has a complete catalogue: no untranslated entry, no fuzzy one, same placeholders."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]")
LOCALE = Path(settings.LOCALE_PATHS[0])
LANGUAGES = [code for code, _ in settings.LANGUAGES if code != "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete(language):
    path = LOCALE / to_locale(language) / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    assert catalogue.untranslated_entries() == [], [e.msgid for e in catalogue.untranslated_entries()][:10]
    assert catalogue.fuzzy_entries() == [], [e.msgid for e in catalogue.fuzzy_entries()][:10]
    for entry in catalogue.translated_entries():
        expected = set(PLACEHOLDER.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert set(PLACEHOLDER.findall(text)) <= expected | set(PLACEHOLDER.findall(entry.msgid_plural or "")), (
                entry.msgid
            )


def test_catalogues_are_up_to_date_with_the_code():
    """A catalogue that misses a string of the code shows English to that reader: run `make catalogues`."""
    english = polib.pofile(str(LOCALE / "ja" / "LC_MESSAGES" / "django.po"))
    ids = {entry.msgid for entry in english}
    assert "Residents" in ids and "My data" in ids
    for language in LANGUAGES:
        other = polib.pofile(str(LOCALE / to_locale(language) / "LC_MESSAGES" / "django.po"))
        assert {entry.msgid for entry in other} == ids, language
