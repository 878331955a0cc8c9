"""The compound's waste poster: one A4 page per language with Shanghai's four bins (the language's names, the
Chinese words on the bins), six everyday examples a bin in that language, the compound's windows and the
station's name, in every script the station's residents read."""

import io

import pytest
from django.utils import translation
from pypdf import PdfReader

from lianyang.civic.guide import poster
from lianyang.civic.guide.bins import EXAMPLES_PER_BIN, bin_examples, bins
from lianyang.civic.guide.poster import poster_pdf
from lianyang.civic.guide.search import guide_search_version_bump
from lianyang.civic.models import WasteItem
from tests.civic.guide_portal_factories import ITEMS, compound_of, make_guide_items, set_windows
from tests.publishing.test_printing import holds, words_held

pytestmark = pytest.mark.django_db

A4 = (595, 842)  # points, rounded


@pytest.fixture
def compound(station_a):
    make_guide_items()
    return compound_of(station_a)


def _pages(pdf: bytes):
    return PdfReader(io.BytesIO(pdf)).pages


@pytest.mark.parametrize("language", ["zh-hans", "ja", "ar", "ru", "ko", "en"])
def test_the_poster_is_one_a4_page_with_the_bins_their_examples_and_the_windows(compound, station_a, language):
    set_windows(compound, "06:30-08:30", "17:30-20:30")
    pages = _pages(poster_pdf(compound, language))
    assert len(pages) == 1
    assert tuple(round(float(side)) for side in pages[0].mediabox[2:]) == A4
    text = pages[0].extract_text()
    with translation.override(language):
        for shown in bins():
            assert words_held(text, shown.name), shown.name  # right to left, its brackets may turn
            assert holds(text, shown.sign), shown.sign
    for _key, _category, _how, names in ITEMS:
        assert holds(text, (names.get(language) or names["en"])[0])
    assert holds(text, "06:30–08:30") and holds(text, "17:30–20:30")
    assert holds(text, station_a.name if language == "zh-hans" else station_a.name_en)
    assert holds(text, compound.name)


def test_a_compound_without_windows_says_not_set_yet(compound):
    text = _pages(poster_pdf(compound, "en"))[0].extract_text()
    assert holds(text, "Not set yet: ask the property management.")


def test_each_bin_has_six_examples_chosen_first_then_its_other_items(compound):
    WasteItem.objects.bulk_create(
        WasteItem(key=f"dry-thing-{n}", category="dry", how="bagged", source="city-guide",
                  names={"en": [f"dry thing {n}"]})
        for n in range(10)
    )  # fmt: skip
    examples = bin_examples("ja")
    assert examples["dry"][:2] == ["トイレットペーパー", "タピオカドリンクのカップ"]
    assert examples["dry"][2:] == [f"dry thing {n}" for n in range(EXAMPLES_PER_BIN - 2)]
    assert examples["wet"] == ["食べ残し", "バナナの皮"]


def test_a_poster_full_of_long_names_still_fits_one_page(compound):
    WasteItem.objects.all().delete()
    WasteItem.objects.bulk_create(
        WasteItem(key=f"{category}-{n}", category=category, how="bagged", source="city-guide",
                  names={"de": [f"Sehr langer zusammengesetzter Gegenstandsname Nummer {n} für {category}"]})
        for category in ("recyclable", "hazardous", "wet", "dry") for n in range(8)
    )  # fmt: skip
    set_windows(compound, "06:00-07:00", "08:00-09:00", "17:00-18:00", "19:00-21:00")
    assert len(_pages(poster_pdf(compound, "de"))) == 1


def test_a_poster_is_printed_again_only_when_its_windows_or_the_guide_change(compound, monkeypatch):
    printed = []
    real = poster.html_to_pdf
    monkeypatch.setattr(poster, "html_to_pdf", lambda html: printed.append(html) or real(html))
    first = poster_pdf(compound, "ja")
    assert poster_pdf(compound, "ja") == first and len(printed) == 1
    poster_pdf(compound, "ko")
    set_windows(compound, "06:30-08:30")
    assert "06:30–08:30" in _pages(poster_pdf(compound, "ja"))[0].extract_text()
    guide_search_version_bump()
    poster_pdf(compound, "ja")
    assert len(printed) == 4
