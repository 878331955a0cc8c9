"""Issue 11's pairing journey: the officer runs the matcher and sends its proposal; a local host accepts in Chinese
and the Brazilian resident accepts from her phone in Portuguese; the host logs their first session."""

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.activities.models import Pairing, PairingSession
from tests.activities.pairing_factories import make_host, make_offer, make_wish
from tests.browser.conftest import assert_accessible, screenshot, totp_code
from tests.factories import make_portal_account, make_resident, make_speaker, make_station

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _log_in_to_portal(page, base, email, password):
    page.goto(f"{base}/login/")
    page.fill("#id_password-email", email)
    page.fill("#id_password-password", password)
    page.locator("form:has(#id_password-password) button[type=submit]").click()


def test_host_and_resident_accept_and_the_host_logs_a_session(live_server, browser, page, phone_page):
    station = make_station("Lianyang")
    officer = make_speaker(station, {"en": "native", "zh-hans": "native"})
    officer.set_password("correct-horse-battery")
    officer.save()
    device = TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)
    host = make_host(station, "王阿姨", email="wang.ayi@example.cn")
    make_offer(host, "cooking")
    silva = make_resident(station, 3, surname="SILVA", given_names="ANA", preferred_language="pt-br", nationality="BR")
    make_portal_account(silva, "ana.silva@example.com", language="pt-br")
    make_wish(silva, "cooking")

    page.goto(f"{live_server.url}/staff/login/")
    page.get_by_label("User name").fill(officer.username)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Code from your authenticator app").fill(totp_code(device))
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/staff/activities/pairing/")
    page.get_by_role("button", name="Run the matcher").click()
    page.get_by_text("The matcher proposed 1 pair.").wait_for()
    assert "Common languages: English" in page.content()
    screenshot(page, "pairing-proposals")
    assert_accessible(page)
    page.get_by_role("button", name="Send", exact=True).click()
    page.get_by_text("The proposal was sent to both sides.").wait_for()
    pairing = Pairing.objects.get()
    assert pairing.status == "sent"

    host_context = browser.new_context(locale="zh-CN")
    host_page = host_context.new_page()
    _log_in_to_portal(host_page, f"{live_server.url}/zh-hans", "wang.ayi@example.cn", "host-pass-2026")
    host_page.wait_for_url("**/zh-hans/exchange/")
    host_page.locator("#pairings ~ ul a").click()
    host_page.get_by_role("button", name="接受").click()
    host_page.get_by_text("您已接受结对。").wait_for()

    phone = phone_page("pt-BR")
    _log_in_to_portal(phone, f"{live_server.url}/pt-br", "ana.silva@example.com", "portal-pass-2026")
    phone.goto(f"{live_server.url}/pt-br/exchange/")
    phone.locator("#pairings ~ ul a").click()
    phone.get_by_role("button", name="Aceitar").click()
    phone.get_by_text("Você aceitou o pareamento.").wait_for()
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page scrolls sideways"
    assert_accessible(phone)
    pairing.refresh_from_db()
    assert pairing.status == "active"

    host_page.reload()
    host_page.fill("#id_date", timezone.localdate().isoformat())
    host_page.fill("#id_what_they_did", "红烧肉")
    host_page.get_by_role("button", name="记录", exact=True).click()
    host_page.get_by_text("活动已记录。").wait_for()
    assert "红烧肉" in host_page.content()
    screenshot(host_page, "pairing-host")
    assert_accessible(host_page)
    host_context.close()
    assert PairingSession.objects.get().logged_by == "host"
