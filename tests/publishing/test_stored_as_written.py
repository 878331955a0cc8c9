"""HTML or script in a body: the stored text stays exactly as written; every place that shows it (the board, the
notice's page, the RSS and Atom feeds, the poster) shows the harmless text around it and nothing that runs."""

import io
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from lianyang.publishing.models import Notice
from lianyang.publishing.notices import notice_create, notice_publish
from lianyang.publishing.printing.poster import poster_pdf
from lianyang.publishing.translation import translation_review, translation_write

pytestmark = pytest.mark.django_db

HOSTILE = {
    "en": (
        "Water cut on Saturday",
        "There will be no water on Saturday morning.\n\n"
        "<script>alert(1)</script>\n\n"
        '<img src="x.png" onerror="alert(2)">\n\n'
        '<a href="javascript:alert(3)">Read the details</a> at the station.',
    ),
    "ja": (
        "土曜日の断水",
        "土曜日の午前は断水します。\n\n"
        "<script>alert(1)</script>\n\n"
        '<img src="x.png" onerror="alert(2)">\n\n'
        '<a href="javascript:alert(3)">詳しくは</a>ステーションで。',
    ),
}
# What must still be read, in each language: the sentence before and the words around the link.
HARMLESS = {
    "en": ["There will be no water on Saturday morning.", "Read the details", "at the station."],
    "ja": ["土曜日の午前は断水します。", "詳しくは", "ステーションで。"],
}


def _runs_nothing(text: str) -> None:
    assert "<script" not in text.lower() and "alert(" not in text
    assert "onerror" not in text.lower()
    assert "javascript:" not in text.lower()


@pytest.fixture
def notice(station, staff):
    """Written in English through the service, translated into Japanese through translation_write, both reviewed
    and published."""
    writer, reviewer = staff["writer"], staff["reviewer"]
    title, body = HOSTILE["en"]
    notice = notice_create(
        actor=writer,
        station=station,
        language="en",
        title=title,
        body=body,
        required_languages=["en", "ja"],
        poster_languages=["en", "ja"],
    )
    for language, (title, body) in HOSTILE.items():
        translation_write(actor=writer, piece=notice, language=language, title=title, body=body, ready=True)
        translation_review(actor=reviewer, piece=notice, language=language, approve=True)
    return notice_publish(actor=writer, notice=notice)


def test_the_stored_text_stays_exactly_as_written(notice):
    rows = {row.language_code: row for row in Notice.objects.get(pk=notice.pk).translations.all()}
    for language, (title, body) in HOSTILE.items():
        assert (rows[language].title, rows[language].body) == (title, body)


@pytest.mark.parametrize("language", list(HOSTILE))
def test_board_and_notice_page_show_the_text_and_nothing_that_runs(client, station, notice, language):
    for path in (f"/{language}/board/station/{station.pk}/", f"/{language}/board/{notice.pk}/"):
        page = client.get(path).content.decode()
        assert HOSTILE[language][0] in page
        assert all(text in page for text in HARMLESS[language]), path
        _runs_nothing(page)


def _feed_bodies(xml: bytes) -> list[str]:
    """The HTML the feed carries for its entries (RSS description, Atom summary), as a reader unescapes it."""
    root = ET.fromstring(xml)
    return [
        element.text or "" for element in root.iter() if element.tag.rsplit("}", 1)[-1] in ("description", "summary")
    ]


@pytest.mark.parametrize("language", list(HOSTILE))
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_carry_the_text_and_nothing_that_runs(client, station, notice, language, kind):
    response = client.get(f"/{language}/board/{station.pk}/{kind}/")
    assert response.status_code == 200
    _runs_nothing(response.content.decode())
    html = "".join(_feed_bodies(response.content))
    assert all(text in html for text in HARMLESS[language])
    _runs_nothing(html)


def _links(reader: PdfReader) -> list[str]:
    """The addresses of the PDF's link annotations (what a click on the sheet's PDF would open)."""
    annotations = [note.get_object() for page in reader.pages for note in page.get("/Annots") or []]
    return [str(note["/A"].get("/URI", "")) for note in annotations if "/A" in note]


def test_poster_prints_the_text_and_links_nothing_that_runs(notice):
    reader = PdfReader(io.BytesIO(poster_pdf(notice)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for language in HOSTILE:
        assert HOSTILE[language][0] in text
        assert all(words in text for words in HARMLESS[language]), language
    _runs_nothing(text)
    assert "<img" not in text and "<a" not in text
    assert not [link for link in _links(reader) if link.lower().startswith("javascript:")]
