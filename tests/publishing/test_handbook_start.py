"""The starting handbook: every section and entry in all ten languages and no other, each in its own script, with
the English text's paragraphs, list items and numbers and nothing left by its writer (the standard
tests/test_catalogues.py holds the interface strings to), loaded into an empty handbook as texts waiting for the
station's review."""

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


# What a writer leaves behind: a gettext or format placeholder, a to-do.
LEFT_OVER = re.compile(r"%\(|\{|\}|\bTODO\b|\bFIXME\b|\?\?\?|\bXXX\b")
# A number of three digits or more, not part of one written with thousands separators ("2,000").
NUMBER = re.compile(r"(?<![\d,.])\d{3,}(?![\d,.]\d)")

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


def test_every_text_is_in_exactly_the_interface_languages():
    """No language missing, none unknown (a misspelt code would be a text no reader is ever shown)."""
    for key, _is_title, texts in _texts():
        assert sorted(texts) == sorted(LANGUAGE_CODES), key


def test_entry_keys_are_unique():
    keys = [entry["key"] for spec in starter_sections() for entry in spec["entries"]]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_no_text_holds_a_placeholder_or_note_left_by_its_writer(language):
    for key, _is_title, texts in _texts():
        assert not LEFT_OVER.search(texts[language]), f"{key} in {language}: {LEFT_OVER.search(texts[language])[0]}"
        assert texts[language] == texts[language].strip(), f"{key} in {language} starts or ends with a space"


@pytest.mark.parametrize("language", [code for code in LANGUAGE_CODES if code != "en"])
def test_every_translation_keeps_the_english_paragraphs_list_items_and_numbers(language):
    """The body's layout is its markup (paragraphs apart by an empty line, "- " list items): a translation with
    fewer would lose a step. Every number of three digits or more the English gives (a phone number, a year, an
    amount) must be in every language, where a wrong digit sends a resident to the wrong line."""
    for key, is_title, texts in _texts():
        english, text = texts["en"], texts[language]
        if not is_title:
            assert text.count("\n\n") == english.count("\n\n"), f"{key} in {language}: paragraphs"
            assert text.count("\n- ") == english.count("\n- "), f"{key} in {language}: list items"
        for number in NUMBER.findall(english):
            assert re.search(rf"(?<!\d){number}(?!\d)", text), f"{key} in {language} lacks {number}"


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
