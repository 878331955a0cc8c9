"""What the station prints: a notice's poster for the board, a newspaper issue and the handbook, each holding the
text it was given in every script (Chinese, Japanese, Korean, Cyrillic, accented Latin, Arabic), and printed
only for the station's own staff."""

import datetime
import io
import re
import subprocess
from dataclasses import dataclass
from xml.etree import ElementTree

import pytest
import zxingcpp
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from PIL import Image
from pypdf import PdfReader

from lianyang.publishing.handbook import entry_create, section_create
from lianyang.publishing.models import Article
from lianyang.publishing.newspaper import article_create, issue_create
from lianyang.publishing.notices import language_name
from lianyang.publishing.pictures import picture_set
from lianyang.publishing.printing.document import date_said
from lianyang.publishing.printing.handbook import handbook_pdf
from lianyang.publishing.printing.newspaper import issue_pdf
from lianyang.publishing.printing.poster import notice_url, poster_pdf
from tests.factories import days_from_today, make_staff, pdf_bytes, png_bytes

from .publishing_factories import published_notice, reviewed

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]

WATER_CUT = {
    "zh-hans": ("停水通知", "本周六上午九点至十二点，芳甸路小区停水，请提前储水。"),
    "en": ("Water cut on Saturday", "There will be no water on Saturday from 9 to 12. Please keep some in advance."),
    "ja": ("断水のお知らせ", "今週土曜日の午前九時から十二時まで断水します。事前に水をためておいてください。"),
    "ko": ("단수 안내", "이번 주 토요일 오전 9시부터 12시까지 단수됩니다. 미리 물을 받아 두세요."),
    "ru": ("Отключение воды", "В субботу с 9 до 12 часов воды не будет. Пожалуйста, запаситесь водой заранее."),
    "fr": ("Coupure d’eau samedi", "Samedi, de 9 h à 12 h, l’eau sera coupée. Prévoyez des réserves à l’avance."),
    "de": ("Wasserabschaltung", "Am Samstag gibt es in der Fangdian-Straße von 9 bis 12 Uhr kein Wasser."),
    "ar": ("انقطاع المياه", "ستنقطع المياه يوم السبت من الساعة التاسعة حتى الثانية عشرة. يرجى تخزين الماء مسبقا."),
}

EMERGENCY_NUMBERS = {
    "zh-hans": "紧急电话",
    "en": "Emergency numbers",
    "ja": "緊急連絡先",
    "ko": "긴급 전화번호",
    "ru": "Экстренные номера",
    "fr": "Numéros d’urgence",
    "de": "Notrufnummern",
    "ar": "أرقام الطوارئ",
}


def text_of(pdf: bytes) -> list[str]:
    """Each page's text as pypdf extracts it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squeezed(text: str) -> str:
    """Text without its whitespace: a printed line breaks where the layout breaks it, not where the source did."""
    return re.sub(r"\s+", "", text)


def times_held(pdf_text: str, source: str) -> int:
    """How many times the printed text holds `source`, in the order it was typed: pypdf gives WeasyPrint's Arabic
    in that logical order, never reversed (that the lines run right to left is checked by the words' positions,
    test_arabic_issue_is_laid_out_right_to_left). A number within an Arabic line comes out where it is shown
    (before the words, to their left), so Arabic is compared without numbers mixed in."""
    return squeezed(pdf_text).count(squeezed(source))


def holds(pdf_text: str, source: str) -> bool:
    return times_held(pdf_text, source) > 0


def words_held(pdf_text: str, source: str) -> bool:
    """Whether every word of `source` is printed: for a line that mixes directions (an Arabic date, whose numbers
    run left to right), where the bidirectional layout may move a run or its punctuation."""
    printed = squeezed(pdf_text)
    return all(word in printed for word in re.findall(r"\w+", source))


@dataclass(frozen=True)
class Word:
    text: str
    left: float
    right: float


def lines_of(pdf: bytes) -> list[list[list[Word]]]:
    """Each page's lines, each line's words with their left and right edges (in points from the page's left), as
    poppler lays them out (`pdftotext -bbox-layout`)."""
    layout = subprocess.run(["pdftotext", "-bbox-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    namespace = {"x": "http://www.w3.org/1999/xhtml"}
    return [
        [
            [
                Word(word.text or "", float(word.get("xMin")), float(word.get("xMax")))
                for word in line.iterfind("x:word", namespace)
            ]
            for line in page.iterfind(".//x:line", namespace)
        ]
        for page in ElementTree.fromstring(layout).iterfind(".//x:page", namespace)
    ]


def positions(line: list[Word], words: list[str]) -> list[float]:
    """The left edge of each of `words` found on the line, in the order of `words` (poppler writes a right-to-left
    word's letters as they sit on the page, left to right, so a word is matched either way round)."""
    found = {word.text: word.left for word in line} | {word.text[::-1]: word.left for word in line}
    return [found[word] for word in words if word in found]


@pytest.fixture
def writer(station_a):
    return make_staff(station_a, "officer")


@pytest.fixture
def reviewer(station_a):
    return make_staff(station_a, "officer")


@pytest.fixture
def water_cut(station_a, writer, reviewer):
    return published_notice(
        station_a, writer=writer, reviewer=reviewer, texts=WATER_CUT, poster_languages=list(WATER_CUT)
    )


def issue_day() -> datetime.date:
    """The day the tests' issues are dated (and a poster's notice shown from): a few weeks back."""
    return days_from_today(-20)


def checked_day() -> datetime.date:
    """The day the tests' handbook entries had their facts checked, within the year."""
    return days_from_today(-300)


def _issue(station, writer, reviewer, languages, *, articles: int = 2):
    issue = issue_create(actor=writer, station=station, dated=issue_day())
    for number in range(1, articles + 1):
        article = article_create(actor=writer, issue=issue, language="en", title=f"Story {number}", body="Draft.")
        for language in languages:
            title, body = WATER_CUT[language]
            reviewed(article, writer, reviewer, language, f"{title} {number}", body)
    return issue


# The poster


@pytest.mark.parametrize("language", list(WATER_CUT))
def test_poster_holds_the_notice_in_each_script(water_cut, language):
    text = "\n".join(text_of(poster_pdf(water_cut)))
    title, body = WATER_CUT[language]
    assert holds(text, title)
    assert holds(text, body)


def test_poster_heads_each_block_with_the_language_own_name_and_the_window_as_that_language_writes_dates(
    station_a, writer, reviewer
):
    starts = timezone.make_aware(datetime.datetime.combine(issue_day(), datetime.time(9)))
    notice = published_notice(
        station_a,
        writer=writer,
        reviewer=reviewer,
        texts={code: WATER_CUT[code] for code in ("zh-hans", "en", "ja", "ko")},
        shown_from=starts,
    )
    text = squeezed("\n".join(text_of(poster_pdf(notice))))
    for own_name in ("简体中文", "English", "日本語", "한국어"):
        assert own_name in text
    day = issue_day()
    assert f"{day.year}年{day.month}月{day.day}日" in text
    assert squeezed(f"{day.year}년 {day.month}월 {day.day}일") in text
    assert station_a.name in text


def test_poster_leaves_off_a_language_without_its_own_reviewed_text_and_the_page_says_which(
    client_for, station_a, writer, reviewer
):
    notice = published_notice(station_a, writer=writer, reviewer=reviewer)  # Chinese and English only
    assert notice.poster_languages == ["zh-hans", "en", "ja", "ko"]
    text = squeezed("\n".join(text_of(poster_pdf(notice))))
    assert "停水通知" in text and "Watercut" in text
    assert "日本語" not in text and "한국어" not in text
    page = client_for(writer).get(reverse("publishing_print:poster", args=[notice.pk]))
    assert page.status_code == 200
    left_off = page.content.decode()[page.content.decode().index("Left off the poster") :]
    assert "Japanese" in left_off and "Korean" in left_off
    assert "Simplified Chinese" not in left_off


def test_poster_qr_code_opens_the_notice_on_the_portal_board_in_each_language(station_a, writer, reviewer, tmp_path):
    notice = published_notice(station_a, writer=writer, reviewer=reviewer, texts=dict(list(WATER_CUT.items())[:4]))
    assert notice_url(notice, "ja") == f"{settings.SITE_URL}/ja/board/{notice.pk}/"
    (tmp_path / "poster.pdf").write_bytes(poster_pdf(notice))
    subprocess.run(["pdftoppm", "-r", "150", "-png", tmp_path / "poster.pdf", tmp_path / "page"], check=True)
    codes = []
    for page in sorted(tmp_path.glob("page*.png")):
        with Image.open(page) as image:
            codes += [code.text for code in zxingcpp.read_barcodes(image)]
    assert codes == [notice_url(notice, language) for language in ("zh-hans", "en", "ja", "ko")]


def test_poster_prints_on_a3_when_asked(client_for, writer, water_cut):
    url = reverse("publishing_print:poster_pdf", args=[water_cut.pk])
    a4 = PdfReader(io.BytesIO(client_for(writer).get(url).content)).pages[0].mediabox
    a3 = PdfReader(io.BytesIO(client_for(writer).get(url, {"size": "a3"}).content)).pages[0].mediabox
    assert round(float(a4.width)) == 595 and round(float(a3.width)) == 842


def test_poster_on_a_paper_size_the_station_does_not_print_is_refused(client_for, writer, water_cut):
    response = client_for(writer).get(reverse("publishing_print:poster_pdf", args=[water_cut.pk]), {"size": "a5"})
    assert response.status_code == 400
    assert "A4 or A3" in response.content.decode()


def test_poster_of_a_notice_with_no_reviewed_text_in_its_languages_is_refused(station_a, writer, reviewer):
    notice = published_notice(station_a, writer=writer, reviewer=reviewer, poster_languages=["ru", "ar"])
    with pytest.raises(ValidationError, match="nothing to print"):
        poster_pdf(notice)


# The newspaper


@pytest.mark.parametrize("language", ["en", "zh-hans", "ja", "ko", "ru", "fr", "de", "ar"])
def test_issue_holds_its_articles_in_the_script_of_its_language(station_a, writer, reviewer, language):
    issue = _issue(station_a, writer, reviewer, ["en", language])
    pages = text_of(issue_pdf(issue, language))
    text = "\n".join(pages)
    title, body = WATER_CUT[language]
    assert times_held(text, title) == 2  # "<title> 1" and "<title> 2"
    assert holds(text, body)
    assert words_held(text, date_said(issue_day(), language))
    assert squeezed(f"1 / {len(pages)}") in squeezed(pages[0]) or squeezed(f"{len(pages)} / 1") in squeezed(pages[0])


def test_arabic_issue_is_laid_out_right_to_left(station_a, writer, reviewer):
    issue = _issue(station_a, writer, reviewer, ["en", "ar"], articles=1)
    [page] = lines_of(issue_pdf(issue, "ar"))
    first_sentence = WATER_CUT["ar"][1].split(". ")[0].split()
    [line] = [line for line in page if positions(line, first_sentence[:1])]
    xs = positions(line, first_sentence)
    assert len(xs) >= 5 and xs == sorted(xs, reverse=True), xs  # read in order, the words go leftwards
    [second] = [line for line in page if positions(line, ["مسبقا."])]  # the paragraph's short last line
    assert abs(second[-1].right - line[-1].right) < 1 and second[0].left > line[0].left + 50  # right-aligned


def test_an_article_flows_down_the_first_column_then_the_second(station_a, writer, reviewer):
    issue = issue_create(actor=writer, station=station_a, dated=issue_day())
    body = "\n\n".join(f"Paragraph P{number:02d} of the lantern festival story." for number in range(1, 61))
    article = article_create(actor=writer, issue=issue, language="en", title="Lantern festival", body=body)
    reviewed(article, writer, reviewer, "en", "Lantern festival", body)
    pdf = issue_pdf(issue, "en")
    first_page = lines_of(pdf)[0]
    width = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)
    marks = [(int(word.text[1:]), word) for line in first_page for word in line if re.fullmatch(r"P\d\d", word.text)]
    left = [number for number, word in marks if word.right < width / 2]
    right = [number for number, word in marks if word.left > width / 2]
    assert len(left) + len(right) == len(marks)  # nothing straddles the gutter
    assert left and right and max(left) < min(right)  # one article, two columns, read left column first


def test_issue_masthead_carries_the_station_name_number_and_date_written_the_language_way(station_a, writer, reviewer):
    issue = _issue(station_a, writer, reviewer, ["en", "zh-hans"])
    text = squeezed(text_of(issue_pdf(issue, "zh-hans"))[0])
    assert station_a.name in text
    day = issue_day()
    assert f"{day.year}年{day.month}月{day.day}日" in text
    english = squeezed(text_of(issue_pdf(issue, "en"))[0])
    assert squeezed(f"{station_a.name_en} News") in english and "Issue1" in english


def test_twelve_article_issue_prints_every_article(station_a, writer, reviewer):
    issue = _issue(station_a, writer, reviewer, ["en", "ja"], articles=12)
    text = squeezed("\n".join(text_of(issue_pdf(issue, "ja"))))
    assert all(f"断水のお知らせ{number}" in text for number in range(1, 13))


def test_issue_is_not_printed_in_a_language_not_every_article_is_reviewed_in(station_a, writer, reviewer):
    issue = _issue(station_a, writer, reviewer, ["en"])
    with pytest.raises(ValidationError, match="cannot be printed"):
        issue_pdf(issue, "ja")


def test_article_picture_is_printed_with_the_article(station_a, writer, reviewer):
    issue = _issue(station_a, writer, reviewer, ["en"], articles=1)
    article = issue.articles.get()
    picture_set(actor=writer, piece=article, uploaded_file=SimpleUploadedFile("../../dumplings.png", png_bytes()))
    article.refresh_from_db()
    assert re.fullmatch(r"publishing/articles/\d{4}/\d{2}/[0-9a-f]{32}\.png", article.image.name)
    pages = PdfReader(io.BytesIO(issue_pdf(issue, "en"))).pages
    assert sum(len(page.images) for page in pages) == 1


@pytest.mark.parametrize("content", [b"<script>alert(1)</script>", pdf_bytes()], ids=["a script named .png", "a PDF"])
def test_article_picture_that_is_not_a_photo_is_refused_and_nothing_changed(
    station_a, writer, content, private_storage
):
    issue = issue_create(actor=writer, station=station_a, dated=issue_day())
    article = article_create(actor=writer, issue=issue, language="en", title="Dumplings", body="We made some.")
    with pytest.raises(ValidationError):
        picture_set(actor=writer, piece=article, uploaded_file=SimpleUploadedFile("photo.png", content))
    assert not Article.objects.get(pk=article.pk).image
    assert not any(private_storage.rglob("*.*"))


def test_officer_of_another_station_cannot_set_an_article_picture(station_a, writer, officer_b):
    issue = issue_create(actor=writer, station=station_a, dated=issue_day())
    article = article_create(actor=writer, issue=issue, language="en", title="Dumplings", body="We made some.")
    with pytest.raises(ValidationError):
        picture_set(actor=officer_b, piece=article, uploaded_file=SimpleUploadedFile("x.png", png_bytes()))
    assert not Article.objects.get(pk=article.pk).image


# The handbook


@pytest.fixture
def handbook(station_a, writer, reviewer):
    """Emergency numbers (police in every language, the ambulance in English only) and a long section on
    waste sorting, so the contents point past the first pages."""
    emergency = section_create(actor=writer, station=station_a, language="en", title="Emergency numbers")
    police = entry_create(
        actor=writer,
        section=emergency,
        language="en",
        title="Police",
        body="Call 110.",
        checked_on=checked_day(),
    )
    ambulance = entry_create(actor=writer, section=emergency, language="en", title="Ambulance", body="Call 120.")
    waste = section_create(actor=writer, station=station_a, language="en", title="Waste sorting")
    bins = entry_create(actor=writer, section=waste, language="en", title="Four bins", body="Sort it.\n\n" * 60)
    reviewed(emergency, writer, reviewer, "en", "Emergency numbers")
    reviewed(police, writer, reviewer, "en", "Police", "Call 110.")
    reviewed(ambulance, writer, reviewer, "en", "Ambulance", "Call 120.")
    reviewed(waste, writer, reviewer, "en", "Waste sorting")
    reviewed(bins, writer, reviewer, "en", "Four bins", "Sort it.\n\n" * 60)
    # Every language but English, the source: written again, English would make the translations outdated.
    for language in [code for code in WATER_CUT if code != "en"]:
        reviewed(emergency, writer, reviewer, language, EMERGENCY_NUMBERS[language])
        reviewed(police, writer, reviewer, language, *WATER_CUT[language])


@pytest.mark.parametrize("language", ["zh-hans", "ja", "ko", "ru", "fr", "de", "ar"])
def test_handbook_holds_entries_in_the_reader_script_and_marks_english_fallbacks(station_a, handbook, language):
    pages = text_of(handbook_pdf(station_a, language))
    text = "\n".join(pages)
    title, body = WATER_CUT[language]
    assert holds(text, EMERGENCY_NUMBERS[language])
    assert holds(text, title) and holds(text, body)
    assert holds(text, "Ambulance") and holds(text, "Call 120.")
    with translation.override(language):
        note = gettext("Not yet translated into your language: this entry is shown in %(language)s.") % {
            "language": language_name("en")
        }
        checked = gettext("Facts last checked on %(date)s") % {"date": date_said(checked_day(), language)}
    assert words_held(text, note)
    assert words_held(text, checked)


def test_handbook_in_the_reader_language_has_no_fallback_note_for_a_translated_entry(station_a, writer, reviewer):
    section = section_create(actor=writer, station=station_a, language="en", title="Emergency numbers")
    police = entry_create(actor=writer, section=section, language="en", title="Police", body="Call 110.")
    for language, title in (("en", "Emergency numbers"), ("ko", "긴급 전화")):
        reviewed(section, writer, reviewer, language, title)
    for language, (title, body) in (("en", ("Police", "Call 110.")), ("ko", WATER_CUT["ko"])):
        reviewed(police, writer, reviewer, language, title, body)
    with translation.override("ko"):
        note = gettext("Not yet translated into your language: this entry is shown in %(language)s.")
    assert squeezed(note.split("%")[0]) not in squeezed("\n".join(text_of(handbook_pdf(station_a, "ko"))))


def test_handbook_contents_give_the_page_each_entry_starts_on(station_a, handbook):
    pages = text_of(handbook_pdf(station_a, "en"))
    contents = pages[1]
    for title in ("Police", "Ambulance", "Four bins", "Waste sorting"):
        listed = re.search(rf"{re.escape(title)}[\s.]*(\d+)", contents)
        assert listed, title
        page = int(listed.group(1))
        assert re.search(rf"^{re.escape(title)}$", pages[page - 1], re.MULTILINE), (title, page)
    assert int(re.search(r"Four bins[\s.]*(\d+)", contents).group(1)) >= 4


# Who may print


@pytest.fixture
def printed_urls(station_a, writer, reviewer, water_cut):
    issue = _issue(station_a, writer, reviewer, ["en"], articles=1)
    return [
        reverse("publishing_print:poster", args=[water_cut.pk]),
        reverse("publishing_print:poster_pdf", args=[water_cut.pk]),
        reverse("publishing_print:issue_pdf", args=[issue.pk, "en"]),
    ]


def test_officer_downloads_the_poster_issue_and_handbook_of_own_station(client_for, writer, printed_urls, handbook):
    client = client_for(writer)
    for url in [*printed_urls, reverse("publishing_print:handbook_pdf", args=["ko"])]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert response["Content-Type"] == "application/pdf"


def test_officer_of_another_station_gets_404_for_this_station_notice_and_issue(client_for, officer_b, printed_urls):
    client = client_for(officer_b)
    assert [client.get(url).status_code for url in printed_urls] == [404, 404, 404]


def test_resident_is_refused_every_print_page(client_for, resident_user, printed_urls):
    client = client_for(resident_user)
    urls = [*printed_urls, reverse("publishing_print:handbook_pdf", args=["en"])]
    assert all(client.get(url).status_code in (302, 403) for url in urls)


def test_anonymous_visitor_is_sent_to_log_in(client, printed_urls):
    assert all(client.get(url).status_code == 302 for url in printed_urls)


def test_issue_in_a_language_it_does_not_appear_in_is_not_found(client_for, writer, printed_urls):
    issue_url = printed_urls[2]
    assert client_for(writer).get(issue_url.replace("/en.pdf", "/ja.pdf")).status_code == 404
    assert client_for(writer).get(issue_url.replace("/en.pdf", "/xx.pdf")).status_code == 404
