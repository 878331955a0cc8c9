"""An officer starts the day from the work list: a registration at risk is one click away, in red; a resident who
must register has the walk-in entry one click away. The liaison's start page lists the batches to receipt."""

import datetime

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.registration.models import RegistrationNeeded
from tests.browser.conftest import assert_accessible, screenshot, totp_code
from tests.factories import make_passport, make_resident, make_staff, make_station
from tests.registration.factories import filed_batch, make_registration, verified_registration

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(page, live_server, user):
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    page.goto(f"{live_server.url}/staff/")
    page.get_by_label("User name").fill(user.username)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Code from your authenticator app").fill(totp_code(device))
    page.get_by_role("button", name="Log in").click()


def test_officer_opens_the_registration_at_risk_from_the_work_list(live_server, page):
    station = make_station("Lianyang")
    officer = make_staff(station, "officer", "officer.start")
    at_risk = make_registration(make_passport(make_resident(station, 1)).resident, hours_ago=21)
    make_registration(make_passport(make_resident(station, 2)).resident, hours_ago=1)
    newcomer = make_resident(station, 3)
    RegistrationNeeded.objects.create(
        station=station,
        resident=newcomer,
        reason="arrival",
        since=timezone.now(),
        deadline_at=timezone.now() + datetime.timedelta(hours=24),
        cause_key=f"arrival:{newcomer.pk}",
    )
    _login(page, live_server, officer)
    assert_accessible(page)
    screenshot(page, "officer-start")
    page.get_by_role("link", name="Enter a registration").click()
    assert f"resident={newcomer.pk}" in page.url
    page.go_back()
    page.locator('a[href="/staff/registrations/?due=at_risk"]').click()
    assert page.locator("tr.at-risk").count() == 1
    assert at_risk.reference in page.locator("tr.at-risk").inner_text()
    assert_accessible(page)


def test_liaison_starts_from_the_batches_waiting_for_a_receipt(live_server, page):
    station = make_station("Lianyang")
    officer = make_staff(station, "officer", "officer.files")
    batch = filed_batch(officer, [verified_registration(make_passport(make_resident(station, 1)).resident, officer)])
    liaison = make_staff(station, "police_liaison", "liaison.start")
    _login(page, live_server, liaison)
    assert_accessible(page)
    page.get_by_role("link", name=batch.reference).click()
    assert page.get_by_label("Receipt date").input_value() == timezone.localdate().isoformat()
    assert_accessible(page)
