"""Issue 10's journey: a resident writes in Korean from a phone; the request lands with the Korean-speaking officer,
who answers with the station's Korean canned reply; the resident reads it on the portal and rates it."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.casework.models import ServiceRequest
from lianyang.casework.requests.services import canned_reply_create
from tests.browser.conftest import assert_accessible, assert_fits, screenshot, totp_code
from tests.factories import make_portal_account, make_resident, make_speaker, make_station

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTION = "아이를 위한 소아과 병원을 추천해 주실 수 있나요? 영어나 한국어가 되는 곳이면 좋겠습니다."
CANNED = "푸둥 소아과 병원(Pudong Children's Hospital)에는 한국어 통역 서비스가 있습니다. 예약은 위챗으로 하세요."


def test_a_korean_question_from_a_phone_is_answered_with_a_canned_reply_and_rated(live_server, page, phone_page):
    station = make_station("Lianyang")
    make_speaker(station, {"en": "native", "ja": "fluent"})
    officer = make_speaker(station, {"ko": "native", "en": "fluent"})
    officer.set_password("correct-horse-battery")
    officer.save()
    device = TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)
    canned_reply_create(actor=officer, language="ko", title="소아과 병원 안내", body=CANNED, category="healthcare")
    canned_reply_create(actor=officer, language="en", title="Children's hospitals", body="Pudong Children's Hospital.")
    resident = make_resident(station, 1, preferred_language="ko")
    make_portal_account(resident, "minjun@example.com", language="ko")

    phone = phone_page("ko-KR")
    base = f"{live_server.url}/ko"
    phone.goto(f"{base}/login/")
    phone.fill("#id_password-email", "minjun@example.com")
    phone.fill("#id_password-password", "portal-pass-2026")
    phone.locator("form:has(#id_password-password) button[type=submit]").click()
    phone.wait_for_url(lambda url: "/login/" not in url)  # logged in: on the resident's own record
    phone.goto(f"{base}/")
    phone.locator("main a[href='/ko/requests/ask/']").first.click()
    phone.wait_for_url("**/ko/requests/ask/")
    assert_fits(phone, "portal-request-ask-ko")
    phone.select_option("#id_category", "healthcare")
    phone.fill("#id_text", QUESTION)
    screenshot(phone, "casework-portal-ask")  # the guide's picture: the question written, about to be sent
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url("**/ko/requests/*/")
    assert QUESTION in phone.content()

    service_request = ServiceRequest.objects.get()
    assert (service_request.assignee, service_request.language) == (officer, "ko")

    page.goto(f"{live_server.url}/staff/login/")
    page.get_by_label("User name").fill(officer.username)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Code from your authenticator app").fill(totp_code(device))
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/staff/casework/requests/?tab=mine")
    assert_accessible(page)
    page.get_by_role("link", name=f"#{service_request.pk}").click()
    page.locator("#canned").wait_for()
    options = page.locator("#canned option").all_inner_texts()
    assert options == ["소아과 병원 안내"]  # the resident's language only
    page.get_by_role("button", name="Use this reply").click()
    assert page.locator("#id_body").first.input_value() == CANNED
    assert_accessible(page)
    page.get_by_role("button", name="Send the reply").click()
    page.get_by_text("Your reply was sent to the resident.").wait_for()
    page.get_by_role("button", name="Close the request").click()
    page.get_by_text("The request is closed.").wait_for()
    screenshot(page, "officer-request-thread")

    phone.reload()
    assert CANNED in phone.content()
    phone.locator("label[for$='rating_0']").click()  # the first choice: 5
    phone.locator("form[action$='/rate/'] button[type=submit]").click()
    phone.wait_for_url("**/ko/requests/*/")
    assert_fits(phone, "portal-request-rated-ko")
    service_request.refresh_from_db()
    assert (service_request.status, service_request.rating) == ("closed", 5)
