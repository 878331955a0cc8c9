"""The starting handbook: every section and entry in all ten languages, each in its own script, loaded into an
empty handbook as texts waiting for the station's review."""

import re

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError

from lianyang.publishing.handbook_start import handbook_start_load, starter_sections
from lianyang.publishing.models import HandbookEntry, HandbookSection, TranslationStatus
from tests.factories import make_staff, make_station

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
SCRIPT = {
    "zh-hans": re.compile(r"[\u4e00-\u9fff]"),
    "ja": re.compile(r"[\u3040-\u30ff]"),
    "ko": re.compile(r"[\uac00-\ud7af]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
}
SECTIONS = ["emergency", "registration", "visas", "healthcare", "schooling", "safety",
            "transport", "banking", "utilities", "waste", "pets", "etiquette"]  # fmt: skip


# A Japanese title may be all kanji ("交通"); a Japanese text is not.
JAPANESE_TITLE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _texts():
    """(key, is a title, texts by language) for every title and body."""
    for spec in starter_sections():
        yield spec["section"], True, spec["title"]
        for entry in spec["entries"]:
            yield entry["key"], True, entry["title"]
            yield entry["key"], False, entry["body"]


def test_the_twelve_sections_each_have_entries():
    sections = starter_sections()
    assert [spec["section"] for spec in sections] == SECTIONS
    assert all(len(spec["entries"]) >= 2 for spec in sections)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_text_is_written_in_every_language_in_its_script(language):
    for key, is_title, texts in _texts():
        text = texts.get(language, "").strip()
        assert text, f"{key} has no {language} text"
        if language != "en":
            assert text != texts["en"], f"{key} in {language} is the English text"
        script = JAPANESE_TITLE if language == "ja" and is_title else SCRIPT.get(language)
        if script:
            assert script.search(text), f"{key} in {language} is not in its script"


@pytest.mark.django_db
def test_loaded_into_an_empty_handbook_waiting_for_review_and_only_once():
    station = make_station()
    officer = make_staff(station)
    count = handbook_start_load(actor=officer, station=station)
    assert count == HandbookEntry.objects.filter(section__station=station).count() >= 24
    rows = HandbookEntry._parler_meta.root_model.objects.filter(master__section__station=station)
    assert set(rows.values_list("status", flat=True)) == {TranslationStatus.NEEDS_REVIEW}
    assert rows.count() == count * len(LANGUAGE_CODES)
    with pytest.raises(ValidationError):
        handbook_start_load(actor=officer, station=station)
    assert HandbookSection.objects.filter(station=station).count() == len(SECTIONS)
