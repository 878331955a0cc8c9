"""A resident registers their stay on a phone in Portuguese, from a passport photo to the status page: every
page fits 390 px, has no serious accessibility failure, and the room lists narrow with HTMX."""

import datetime
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from pypdf import PdfReader

from lianyang.registration import ocr
from lianyang.registration.models import AccommodationRegistration
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, assert_fits, screenshot, totp_code
from tests.registration.test_ocr import page_image, passport_lines

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {**settings.STORAGES["default"], "OPTIONS": {"location": tmp_path}},
    }


def in_chromium(journey):
    """Run `journey(browser)` in the system Chromium.

    In a thread of its own: Playwright's sync API keeps one event loop per thread, and tests/browser keeps its
    browser open for the whole session in the main thread.
    """
    if not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but there is no Chromium at {CHROMIUM}")
        pytest.skip(f"browser tests skipped: no Chromium at {CHROMIUM} (install Debian's chromium)")
    from playwright.sync_api import sync_playwright

    def run():
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            try:
                return journey(browser)
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def phone(browser, locale: str):
    return browser.new_context(viewport=PHONE, locale=locale, is_mobile=True, has_touch=True).new_page()


def on_a_phone(journey, locale: str):
    """Run `journey(page)` on a phone-sized screen in the language of `locale`."""
    return in_chromium(lambda browser: journey(phone(browser, locale)))


def check_page(page, name):
    assert_fits(page, f"stay-{name}")


def register_stay(page, base, *, email, password, place, lines, photo, arrived):
    """The resident's way through "Register my stay", from logging in to the status page."""
    page.goto(f"{base}/login/")
    page.fill("#id_password-email", email)
    page.fill("#id_password-password", password)
    page.locator("form:has(#id_password-password) button[type=submit]").click()
    page.goto(f"{base}/stay/new/")
    check_page(page, "begin")
    page.locator("main form button[type=submit]").click()

    check_page(page, "passport")
    if ocr.ocr_available():
        page.set_input_files("#id_paper-photo", str(photo))
        page.click("button[name=action][value=read]")
    else:
        page.fill("#id_mrz-line1", lines[0])
        page.fill("#id_mrz-line2", lines[1])
        page.click("button[name=action][value=type]")
    assert page.input_value("#id_document_number") == "M87654321"
    check_page(page, "details")
    page.locator("main form button[type=submit]").click()

    check_page(page, "visa")
    page.check("#id_visa_free")
    page.click("button[name=action][value=save]")

    page.select_option("#id_compound", str(place["compound"]))
    page.select_option("#id_building", str(place["building"]))  # appears through HTMX
    page.select_option("#id_room", str(place["room"]))
    page.fill("#id_arrival_date", arrived.date().isoformat())
    page.fill("#id_arrival_time", arrived.strftime("%H:%M"))
    page.fill("#id_entry_date", (arrived.date() - datetime.timedelta(days=2)).isoformat())
    page.select_option("#id_entry_port", "PVG")
    check_page(page, "address")
    page.locator("main form button[type=submit]:not([name=narrow])").click()

    page.fill("#id_host_name", "王建国")
    page.fill("#id_host_phone", "139 1234 5678")
    page.fill("#id_host_id_number", "310115198001011238")
    page.check("input[name=proof_kind][value=statement]")
    page.fill("#id_statement", "Moro com a família Wang no quarto 101 desde ontem.")
    check_page(page, "host")
    page.locator("main form button[type=submit]").click()

    check_page(page, "review")
    page.check("#id_confirm")
    page.locator("main form button[type=submit]").click()
    check_page(page, "submitted")
    submitted = page.locator("main").inner_text()
    page.locator("main a.button").click()
    check_page(page, "status")
    return submitted, page.url


@pytest.fixture
def stay(resident_user, resident_a, tmp_path):
    """What the resident brings: a passport photo, the room, and the time they arrived."""
    address = resident_a.address
    lines = passport_lines(surname="KIM", given="MINJUN", number="M87654321", state="KOR", birth="850314")
    photo = tmp_path / "passport.jpg"
    photo.write_bytes(page_image(lines))
    return {
        "email": resident_user.email,
        "password": "portal-pass-2026",
        "place": {"compound": address.building.compound_id, "building": address.building_id, "room": address.pk},
        "lines": lines,
        "photo": photo,
        "arrived": timezone.localtime() - datetime.timedelta(hours=3),
    }


def test_resident_registers_a_stay_on_a_phone(live_server, stay):
    base = f"{live_server.url}/pt-br"

    def journey(page):
        submitted, status_url = register_stay(page, base, **stay)
        page.goto(f"{base}/stay/inbox/")
        check_page(page, "inbox")
        return submitted, status_url

    submitted, status_url = on_a_phone(journey, "pt-BR")
    registration = AccommodationRegistration.objects.get()
    assert registration.reference in submitted and status_url.endswith(f"/stay/{registration.reference}/")
    assert registration.uploads.filter(content_type="text/plain").exists()


def _staff_page(browser, base, user, device):
    """A desktop page of the back office, logged in with a password and the current TOTP code."""
    page = browser.new_context(locale="en-GB").new_page()
    page.goto(f"{base}/staff/login/")
    page.get_by_label("User name").fill(user["username"])
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Code from your authenticator app").fill(totp_code(device))
    page.get_by_role("button", name="Log in").click()
    return page


def test_from_passport_photo_to_the_police_receipt_and_the_slip(live_server, stay, officer_a, liaison_a, tmp_path):
    """Issue 3's journey: the resident registers in Portuguese on a phone, an officer verifies and files, the
    liaison records the police receipt, and the resident downloads a slip that holds their name and the receipt."""
    officer = {"username": officer_a.username}
    liaison = {"username": liaison_a.username}
    officer_device = TOTPDevice.objects.create(user=officer_a, name="phone", confirmed=True)
    liaison_device = TOTPDevice.objects.create(user=liaison_a, name="phone", confirmed=True)
    slip_path = tmp_path / "slip.pdf"

    def journey(browser):
        resident = phone(browser, "pt-BR")
        _, status_url = register_stay(resident, f"{live_server.url}/pt-br", **stay)
        reference = status_url.rstrip("/").rsplit("/", 1)[-1]

        desk = _staff_page(browser, live_server.url, officer, officer_device)
        desk.goto(f"{live_server.url}/staff/registrations/")
        desk.get_by_role("link", name=reference).click()
        screenshot(desk, "officer-verification")
        desk.get_by_role("button", name="Verify", exact=True).click()
        desk.goto(f"{live_server.url}/staff/registrations/")
        desk.get_by_label(f"File {reference} with the police").check()
        screenshot(desk, "officer-queue")
        desk.get_by_role("button", name="File the chosen registrations with the police").click()

        police = _staff_page(browser, live_server.url, liaison, liaison_device)
        police.goto(f"{live_server.url}/staff/registrations/batches/")
        police.locator("main table a").first.click()
        row = police.locator("tr", has_text=reference)
        row.get_by_label("Police receipt number").fill("HM20261126-0042")
        assert row.get_by_label("Receipt date").input_value() == timezone.localdate().isoformat()
        screenshot(police, "liaison-batch")
        row.get_by_role("button", name="Record").click()

        resident.goto(status_url)
        check_page(resident, "registered")
        with resident.expect_download() as download:
            resident.locator(f"a[href$='/stay/{reference}/slip.pdf']").click()
        download.value.save_as(slip_path)
        return reference

    reference = in_chromium(journey)
    registration = AccommodationRegistration.objects.get(reference=reference)
    assert registration.status == "registered"
    text = "\n".join(page.extract_text() for page in PdfReader(slip_path).pages)
    assert "KIM" in text and "MINJUN" in text
    assert "HM20261126-0042" in text
