"""Issue 13's guide journey: the station's head sets a compound's drop-off windows; a Japanese resident on a phone
looks up a bubble-tea cup in Japanese and sees its bin (dry waste, the black bin) and their compound's windows; an
item the guide does not know sends them to ask the station, the question prefilled."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.civic.guide.windows import windows_of, windows_said
from tests.browser.conftest import assert_accessible, assert_fits, screenshot, totp_code
from tests.civic.guide_portal_factories import compound_of, make_guide_items
from tests.factories import make_portal_account, make_resident, make_staff, make_station

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_japanese_resident_looks_up_a_bubble_tea_cup_on_a_phone_and_sees_the_bin_and_the_windows(
    live_server, page, phone_page
):
    station = make_station("Lianyang")
    make_guide_items()
    compound = compound_of(station)
    head = make_staff(station, "head")
    device = TOTPDevice.objects.create(user=head, name="phone", confirmed=True)
    resident = make_resident(station, 0, preferred_language="ja")
    make_portal_account(resident, "hiroshi.tanaka@example.com", language="ja")

    page.goto(f"{live_server.url}/staff/login/")
    page.get_by_label("User name").fill(head.username)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Code from your authenticator app").fill(totp_code(device))
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/staff/**")
    page.goto(f"{live_server.url}/staff/civic/windows/")
    page.get_by_role("link", name=f"Change the windows of {compound}").click()
    page.locator("#id_opens_1").fill("06:30")
    page.locator("#id_closes_1").fill("08:30")
    page.locator("#id_opens_2").fill("17:30")
    page.locator("#id_closes_2").fill("20:30")
    page.get_by_role("button", name="Save").click()
    page.get_by_text(f"The drop-off windows of {compound} have been saved.").wait_for()
    assert windows_said(windows_of(compound)) == ["06:30–08:30", "17:30–20:30"]
    screenshot(page, "civic-windows")
    assert_accessible(page)

    phone = phone_page("ja-JP")
    base = f"{live_server.url}/ja"
    phone.goto(f"{base}/login/")
    phone.fill("#id_password-email", "hiroshi.tanaka@example.com")
    phone.fill("#id_password-password", "portal-pass-2026")
    phone.locator("form:has(#id_password-password) button[type=submit]").click()
    phone.goto(f"{base}/")
    phone.locator("main a[href='/ja/waste/']").first.click()
    phone.locator("[data-category='wet']").wait_for()  # the four bins before any query
    assert_fits(phone, "waste-guide-bins-ja")

    phone.locator("#id_q").fill("タピオカの容器")
    phone.locator("#id_q").press("Enter")
    answer = phone.locator("article.waste-result").first
    answer.wait_for()
    assert answer.get_attribute("data-category") == "dry"
    assert "干垃圾" in answer.inner_text() and "タピオカドリンクのカップ" in answer.inner_text()
    windows = phone.locator(".waste-windows").inner_text()
    assert "06:30–08:30" in windows and "17:30–20:30" in windows
    assert_fits(phone, "waste-guide-ja")

    phone.locator("#id_q").fill("宇宙船の模型")
    phone.locator("#id_q").press("Enter")
    phone.locator(".waste-unknown").wait_for()
    phone.locator(".waste-unknown a").click()
    phone.wait_for_url("**/ja/requests/ask/**")
    assert phone.locator("#id_category").input_value() == "waste"
    assert "宇宙船の模型" in phone.locator("#id_subject").input_value()
    assert_fits(phone, "waste-ask-ja")
