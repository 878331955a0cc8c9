"""The station's publications on the portal: the board in the reader's language (English standing in, said so),
notices for the reader's own compound, the handbook searched in any script, the newspaper's archive."""

import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from lianyang.publishing.handbook import entry_create, section_create
from lianyang.publishing.newspaper import article_create, issue_create, issue_publish
from tests.factories import make_portal_account, make_resident, make_staff, make_station
from tests.publishing.publishing_factories import WATER_CUT, published_notice, reviewed

pytestmark = pytest.mark.django_db


@pytest.fixture
def station():
    return make_station()


def test_reader_in_japanese_sees_the_japanese_notice(client, station):
    published_notice(
        station,
        texts={
            "zh-hans": ("停水通知", "明天停水。"),
            "ja": ("断水のお知らせ", "明日は断水します。"),
            "en": ("Water cut", "No water."),
        },
    )
    page = client.get("/ja/board/").content.decode()
    assert "断水のお知らせ" in page and "Not yet translated" not in page


def test_reader_without_a_translation_gets_english_and_is_told(client, station):
    published_notice(station)
    page = client.get("/ko/board/").content.decode()
    assert "Water cut" in page and 'data-fallback="en"' in page


def test_unpublished_and_future_notices_are_not_shown(client, station):
    notice = published_notice(station, shown_from=timezone.now() + datetime.timedelta(days=2))
    assert "Water cut" not in client.get("/en/board/").content.decode()
    assert client.get(f"/en/board/{notice.pk}/").status_code == 404


def test_compound_notice_reaches_residents_of_that_compound_only(client, station):
    resident = make_resident(station)
    compound = resident.address.building.compound
    published_notice(station, texts={"en": ("Lift repair in your compound", "Thursday.")}, compound=compound)
    assert "Lift repair" not in client.get("/en/board/").content.decode()
    client.force_login(make_portal_account(resident, "reader@example.com"))
    assert "Lift repair" in client.get("/en/board/").content.decode()


def _handbook(station):
    writer, reviewer = make_staff(station), make_staff(station)
    section = section_create(actor=writer, station=station, language="en", title="Healthcare")
    reviewed(section, writer, reviewer, "en", "Healthcare")
    entry = entry_create(
        actor=writer, section=section, language="en", title="Hospitals", body="International clinics take walk-ins."
    )
    reviewed(entry, writer, reviewer, "en", "Hospitals", "International clinics take walk-ins.")
    reviewed(entry, writer, reviewer, "ko", "병원", "국제 진료소는 예약 없이 갈 수 있습니다.")
    reviewed(entry, writer, reviewer, "zh-hans", "医院", "国际门诊可以直接就诊。")
    return entry


@pytest.mark.parametrize(
    "language, query, shown",
    [("ko", "병원", "병원"), ("en", "clinics", "Hospitals"), ("en", "门诊", "Hospitals"), ("ja", "病院", None)],
)
def test_handbook_search_in_any_script(client, station, language, query, shown):
    _handbook(station)
    page = client.get(f"/{language}/handbook/", {"q": query}).content.decode()
    if shown:
        assert shown in page and 'data-entry="hospitals"' in page
    else:
        assert 'data-entry="hospitals"' not in page and 'class="empty"' in page


def test_a_resident_s_handbook_search_takes_four_queries(client, station, django_assert_max_num_queries):
    """The session, the account with its resident and their station (as the login reads them), the entries, their
    translations: the resident's station costs no query of its own."""
    _handbook(station)
    client.force_login(make_portal_account(make_resident(station, 2), "searcher@example.com", language="ko"))
    with django_assert_max_num_queries(4):
        page = client.get("/ko/handbook/", {"q": "병원"}).content.decode()
    assert 'data-entry="hospitals"' in page


def test_handbook_search_with_nonsense_changes_nothing_and_answers(client, station):
    _handbook(station)
    for query in ("' OR 1=1 --", "%", "_"):
        assert client.get("/en/handbook/", {"q": query}).status_code == 200


@pytest.mark.parametrize("path", ["/ja/board/", "/ja/handbook/", "/ja/newspaper/"])
def test_over_long_query_is_answered_400_with_the_box_message_in_the_reader_language(client, station, path):
    response = client.get(path, {"q": "x" * 500})
    assert response.status_code == 400
    # Django's own message, in Japanese: "at most 100 characters (it has 500)".
    assert "この値は 100 文字以下でなければなりません( 500 文字になっています)。" in response.content.decode()


def test_newspaper_issue_read_in_english_when_not_in_the_readers_language(client, station):
    writer, reviewer = make_staff(station), make_staff(station)
    issue = issue_create(actor=writer, station=station, dated=timezone.localdate())
    article = article_create(actor=writer, issue=issue, language="en", title="Dumpling night", body="We made jiaozi.")
    reviewed(article, writer, reviewer, "en", "Dumpling night", "We made jiaozi.")
    issue_publish(actor=writer, issue=issue)
    assert "No. 1" in client.get("/en/newspaper/").content.decode()
    page = client.get(f"/de/newspaper/{issue.pk}/").content.decode()
    assert "Dumpling night" in page and "fallback-note" in page


def test_empty_board_and_handbook_say_what_to_do(client, station):
    for path in ("/en/board/", "/en/handbook/", "/en/newspaper/"):
        assert 'class="empty"' in client.get(path).content.decode()


def test_several_stations_let_the_visitor_choose(client, station):
    make_station("Gubei Foreign Affairs Service Station")
    page = client.get("/en/board/").content.decode()
    assert "Gubei" in page and reverse("board:station", args=[station.pk]) in page


# The newspaper's search for a visitor: the station, the matching articles with their issues, their translations.
QUERIES = 3


def _queries(client, path) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context)


def test_board_and_handbook_read_the_same_number_of_queries_for_5_and_50_items(client, station):
    writer, reviewer = make_staff(station), make_staff(station)
    section = section_create(actor=writer, station=station, language="en", title="Transport")
    reviewed(section, writer, reviewer, "en", "Transport")

    def add(first, last):
        for index in range(first, last):
            published_notice(station, writer=writer, reviewer=reviewer, texts={"en": (f"Notice {index}", "Text.")})
            entry = entry_create(actor=writer, section=section, language="en", title=f"Tip {index}", body="Text.")
            reviewed(entry, writer, reviewer, "en", f"Tip {index}", "Text.")

    add(0, 5)
    few = [_queries(client, path) for path in ("/en/board/", "/en/handbook/", "/en/handbook/?q=Tip")]
    add(5, 50)
    assert [_queries(client, path) for path in ("/en/board/", "/en/handbook/", "/en/handbook/?q=Tip")] == few


def _pdf_text(response) -> str:
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_resident_downloads_the_issue_and_the_handbook_as_pdf(client, station):
    _handbook(station)
    writer, reviewer = make_staff(station), make_staff(station)
    issue = issue_create(actor=writer, station=station, dated=timezone.localdate())
    article = article_create(actor=writer, issue=issue, language="en", title="Dumpling night", body="We made jiaozi.")
    reviewed(article, writer, reviewer, "en", "Dumpling night", "We made jiaozi.")
    assert client.get(reverse("board:issue_pdf", args=[issue.pk])).status_code == 404  # not out yet
    issue_publish(actor=writer, issue=issue)
    assert "Dumpling night" in _pdf_text(client.get(f"/de/newspaper/{issue.pk}/pdf/"))
    assert "병원" in _pdf_text(client.get(f"/ko/handbook/station/{station.pk}/pdf/"))


@pytest.mark.parametrize(
    "language, query, found", [("ja", "断水", True), ("en", "water", True), ("en", "typhoon", False)]
)
def test_board_searched_in_any_script(client, station, language, query, found):
    published_notice(station, texts=WATER_CUT)
    page = client.get(f"/{language}/board/", {"q": query}).content.decode()
    assert ("notice-card" in page) is found


def _newspaper(station, *, texts=None):
    """A published issue with one article, reviewed in each language of `texts` ({language: (title, body)})."""
    writer, reviewer = make_staff(station), make_staff(station)
    texts = texts or NIGHT_MARKET
    issue = issue_create(actor=writer, station=station, dated=timezone.localdate())
    source, (title, body) = next(iter(texts.items()))
    article = article_create(actor=writer, issue=issue, language=source, title=title, body=body)
    for language, (title, body) in texts.items():
        reviewed(article, writer, reviewer, language, title, body)
    issue_publish(actor=writer, issue=issue)
    return article


NIGHT_MARKET = {
    "en": ("Night market on Fangdian Road", "Stalls sell dumplings and lanterns until ten."),
    "zh-hans": ("芳甸路夜市", "摊位卖饺子和灯笼，营业到十点。"),
    "ja": ("芳甸路のナイトマーケット", "屋台では十時まで餃子と提灯を売っています。"),
    "ko": ("팡뎬루 야시장", "노점에서 열 시까지 만두와 등불을 팝니다."),
}


@pytest.mark.parametrize(
    "language, query, shown",
    [
        ("ja", "餃子", "芳甸路のナイトマーケット"),
        ("ko", "야시장", "팡뎬루 야시장"),
        ("zh-hans", "饺子", "芳甸路夜市"),
        ("de", "dumplings", "Night market on Fangdian Road"),  # no German text: English stands in, said so
    ],
)
def test_newspaper_archive_searched_in_any_script_links_to_the_article(client, station, language, query, shown):
    article = _newspaper(station)
    response = client.get(f"/{language}/newspaper/", {"q": query})
    page = response.content.decode()
    assert response.status_code == 200
    assert shown in page and f'data-article="{article.pk}"' in page
    assert f'href="/{language}/newspaper/{article.issue_id}/#article-{article.pk}"' in page
    assert ('data-fallback="en"' in page) is (language == "de")
    assert f'id="article-{article.pk}"' in client.get(f"/{language}/newspaper/{article.issue_id}/").content.decode()


def test_newspaper_search_finds_nothing_in_an_unpublished_issue_or_another_station(client, station):
    _newspaper(make_station("Gubei Foreign Affairs Service Station"))
    writer, reviewer = make_staff(station), make_staff(station)
    issue = issue_create(actor=writer, station=station, dated=timezone.localdate())
    article = article_create(actor=writer, issue=issue, language="en", title="Lantern night", body="Lanterns.")
    reviewed(article, writer, reviewer, "en", "Lantern night", "Lanterns.")
    page = client.get(f"/en/newspaper/station/{station.pk}/", {"q": "lantern"}).content.decode()
    assert "data-article" not in page and 'class="empty"' in page


def test_newspaper_search_finding_nothing_says_what_to_do(client, station):
    _newspaper(station)
    response = client.get("/en/newspaper/", {"q": "typhoon"})
    page = response.content.decode()
    assert response.status_code == 200 and "data-article" not in page
    # A new string, not yet in the catalogues: asserted in English.
    assert "No article holds these words. Try another word, or open the list of issues." in page
    assert f'href="{reverse("board:newspaper_station", args=[station.pk])}"' in page


@pytest.mark.parametrize("issues", [5, 50])
def test_newspaper_search_reads_a_fixed_number_of_queries(client, station, django_assert_max_num_queries, issues):
    writer, reviewer = make_staff(station), make_staff(station)
    for number in range(issues):
        issue = issue_create(actor=writer, station=station, dated=timezone.localdate())
        article = article_create(actor=writer, issue=issue, language="en", title=f"Market {number}", body="Stalls.")
        reviewed(article, writer, reviewer, "en", f"Market {number}", "Stalls.")
        reviewed(article, writer, reviewer, "ja", f"市場 {number}", "屋台。")
        issue_publish(actor=writer, issue=issue)
    with django_assert_max_num_queries(QUERIES):
        page = client.get("/ja/newspaper/", {"q": "市場"}).content.decode()
    assert page.count("data-article=") == min(issues, 30)
