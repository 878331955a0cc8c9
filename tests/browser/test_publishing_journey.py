"""Issue 12's journeys: an officer writes a notice in Chinese, a Japanese-speaking colleague translates it beside
the source, a reviewer approves and publishes it, and a resident reading in Japanese on a phone sees it on the
board and in the feed; a resident reading in Korean searches the handbook and finds the entry."""

import feedparser
import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.publishing.handbook import entry_create, section_create
from lianyang.publishing.models import Notice
from tests.browser.conftest import assert_accessible, screenshot, totp_code
from tests.factories import make_staff, make_station
from tests.publishing.publishing_factories import reviewed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE_ZH, BODY_ZH = (
    "3号楼电梯检修通知",
    "3号楼电梯将于周四上午九点至十二点检修。\n\n- 请走楼梯\n- 行动不便的居民请联系服务站",
)
TITLE_JA, BODY_JA = (
    "3号棟エレベーター点検のお知らせ",
    "3号棟のエレベーターは木曜日の午前9時から12時まで点検します。\n\n- 階段をご利用ください",
)


def _staff_page(browser, live_server, user):
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    page = browser.new_context(locale="en-GB").new_page()
    page.goto(f"{live_server.url}/staff/login/")
    page.get_by_label("User name").fill(user.username)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Code from your authenticator app").fill(totp_code(device))
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/staff/**")
    return page


def test_notice_written_in_chinese_translated_into_japanese_reviewed_and_read_on_a_phone(
    live_server, browser, phone_page
):
    station = make_station("Lianyang")
    writer = make_staff(station, "officer", languages={"zh-hans": "native", "en": "fluent"})
    translator = make_staff(station, "officer", languages={"zh-hans": "native", "ja": "fluent"})

    desk = _staff_page(browser, live_server, writer)
    desk.goto(f"{live_server.url}/staff/publishing/notices/new/")
    desk.get_by_label("Written in").select_option("zh-hans")
    desk.get_by_label("Title").fill(TITLE_ZH)
    desk.get_by_label("Text").fill(BODY_ZH)
    desk.get_by_label("Japanese").first.check()  # it needs Chinese and Japanese before it goes up
    desk.get_by_label("English", exact=True).first.uncheck()
    desk.get_by_role("button", name="Save").click()
    desk.get_by_text("The notice is saved as a draft").wait_for()
    notice = Notice.objects.get()

    japanese = _staff_page(browser, live_server, translator)
    japanese.goto(f"{live_server.url}/staff/publishing/translations/")
    screenshot(japanese, "publishing-dashboard")
    japanese.locator(f"a[href$='/notice/{notice.pk}/ja/']").first.click()
    assert TITLE_ZH in japanese.locator("#source ~ div").inner_text()  # the source beside the form
    japanese.get_by_label("Title").fill(TITLE_JA)
    japanese.get_by_label("Text").fill(BODY_JA)
    japanese.get_by_label("Ready for review").check()
    japanese.get_by_role("button", name="Save the text").click()
    japanese.get_by_text("The text is saved.").wait_for()
    screenshot(japanese, "publishing-translate")
    assert_accessible(japanese)
    japanese.goto(f"{live_server.url}/staff/publishing/translate/notice/{notice.pk}/zh-hans/")
    japanese.get_by_label("Approve").check()
    japanese.get_by_role("button", name="Save the review").click()

    desk.goto(f"{live_server.url}/staff/publishing/translate/notice/{notice.pk}/ja/")
    desk.get_by_label("Approve").check()
    desk.get_by_role("button", name="Save the review").click()
    desk.goto(f"{live_server.url}/staff/publishing/notices/{notice.pk}/")
    desk.get_by_role("button", name="Publish").click()
    desk.get_by_text("The notice is on the board.").wait_for()
    screenshot(desk, "publishing-notice")

    phone = phone_page("ja-JP")
    phone.goto(f"{live_server.url}/ja/board/")
    phone.get_by_text(TITLE_JA).wait_for()
    assert "階段をご利用ください" in phone.content() and TITLE_ZH not in phone.content()
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    screenshot(phone, "publishing-board-ja")
    assert_accessible(phone)
    feed = feedparser.parse(phone.request.get(f"{live_server.url}/ja/board/{station.pk}/rss/").body())
    assert not feed.bozo and [entry.title for entry in feed.entries] == [TITLE_JA]


def test_resident_reading_korean_searches_the_handbook_and_finds_the_entry(live_server, phone_page):
    station = make_station("Lianyang")
    writer, reviewer = make_staff(station), make_staff(station)
    section = section_create(actor=writer, station=station, language="en", title="Healthcare")
    reviewed(section, writer, reviewer, "ko", "의료")
    entry = entry_create(actor=writer, section=section, language="en", title="Hospitals", body="Bring your passport.")
    reviewed(entry, writer, reviewer, "en", "Hospitals", "Bring your passport.")
    reviewed(
        entry,
        writer,
        reviewer,
        "ko",
        "병원 이용하기",
        "국제 진료부가 있는 병원에서는 외국어로 진료를 받을 수 있습니다. 여권을 꼭 가져가세요.",
    )

    phone = phone_page("ko-KR")
    phone.goto(f"{live_server.url}/ko/handbook/")
    phone.locator("#id_q").fill("병원")
    phone.locator("#id_q").press("Enter")
    phone.locator("[data-entry='hospitals']").wait_for()
    assert "여권을 꼭 가져가세요" in phone.content()
    screenshot(phone, "publishing-handbook-search-ko")
    assert_accessible(phone)
