"""A resident registers their stay on a phone in Portuguese, from a passport photo to the status page: every
page fits 390 px, has no serious accessibility failure, and the room lists narrow with HTMX."""

import datetime
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.utils import timezone

from lianyang.registration import ocr
from lianyang.registration.models import AccommodationRegistration
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, assert_accessible, screenshot
from tests.registration.test_ocr import page_image, passport_lines

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {**settings.STORAGES["default"], "OPTIONS": {"location": tmp_path}},
    }


def on_a_phone(journey, locale: str):
    """Run `journey(page)` in the system Chromium on a phone-sized screen.

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
                context = browser.new_context(viewport=PHONE, locale=locale, is_mobile=True, has_touch=True)
                return journey(context.new_page())
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def check_page(page, name):
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), f"{name} scrolls sideways"
    screenshot(page, f"stay-{name}")
    assert_accessible(page)


def test_resident_registers_a_stay_on_a_phone(live_server, resident_user, resident_a, tmp_path):
    base = f"{live_server.url}/pt-br"
    # Read here: the journey runs in another thread, which leaves the database alone.
    email, address = resident_user.email, resident_a.address
    place = {"compound": address.building.compound_id, "building": address.building_id, "room": address.pk}
    lines = passport_lines(surname="KIM", given="MINJUN", number="M87654321", state="KOR", birth="850314")
    photo = tmp_path / "passport.jpg"
    photo.write_bytes(page_image(lines))
    arrived = timezone.localtime() - datetime.timedelta(hours=3)

    def journey(page):
        page.goto(f"{base}/login/")
        page.fill("#id_password-email", email)
        page.fill("#id_password-password", "portal-pass-2026")
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
        page.fill("#id_entry_port", "Shanghai Pudong International Airport")
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
        status_url = page.url
        page.goto(f"{base}/stay/inbox/")
        check_page(page, "inbox")
        return submitted, status_url

    submitted, status_url = on_a_phone(journey, "pt-BR")
    registration = AccommodationRegistration.objects.get()
    assert registration.reference in submitted and status_url.endswith(f"/stay/{registration.reference}/")
    assert registration.uploads.filter(content_type="text/plain").exists()
