"""An officer logs in with a TOTP code, finds a resident by a non-Latin name, reveals the passport number,
and the reveal is in the audit log."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.audit.models import AuditEvent
from tests.browser.conftest import assert_accessible, screenshot, totp_code
from tests.factories import make_passport, make_permit, make_resident, make_staff, make_station

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_finds_a_resident_by_hangul_and_reveals_the_passport(live_server, page):
    station = make_station("Lianyang")
    officer = make_staff(station, "officer", "officer.ko")
    device = TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)
    for index in range(4):
        make_resident(station, index)
    kim = make_resident(station, 1, given_names="SEOYEON", native_name="김서연", sex="F")
    make_passport(kim, number="M70123456")
    make_permit(kim)

    page.goto(f"{live_server.url}/staff/")
    page.get_by_label("User name").fill("officer.ko")
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Code from your authenticator app").fill(totp_code(device))
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Residents", exact=True).first.click()
    assert_accessible(page)

    page.get_by_label("Name").fill("김서연")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="KIM SEOYEON").click()
    assert page.get_by_text("M70****56").is_visible()
    screenshot(page, "staff-resident-record")
    assert_accessible(page)

    page.get_by_role("button", name="Reveal").click()
    page.get_by_text("M70123456").wait_for()
    page.reload()
    assert page.get_by_role("cell", name="Revealed a document number").first.is_visible()
    assert AuditEvent.objects.filter(actor=officer, action="reveal").count() == 1
