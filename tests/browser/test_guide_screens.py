"""The screens the user guide shows, each walked as its user would and checked for accessibility: the demo
outbox a newcomer reads a login code in, the counter reading a passport from an MRZ reader's lines, a resident
whose flat is not in the station's list, and a resident's own data in Arabic with numbers kept left to right."""

import datetime

import pytest
from django.utils import timezone

from lianyang.demo.models import OutboxMessage
from tests.browser.conftest import assert_fits
from tests.browser.test_start_page import _login
from tests.factories import make_passport, make_resident, make_staff, make_station, mrz_date
from tests.registration.test_ocr import passport_lines

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_newcomer_reads_a_login_code_in_the_demo_outbox(live_server, phone_page, settings):
    settings.DEMO_OUTBOX = True
    OutboxMessage.objects.create(
        recipients="heitor.pastor@example.com",
        subject="Seu código de acesso ao posto de Lianyang",
        body="Seu código de acesso é 482913. Ele vale uma vez, por dez minutos.",
    )
    page = phone_page("pt-BR")
    page.goto(f"{live_server.url}/pt-br/")
    page.locator(".demo-banner a").click()
    page.get_by_role("searchbox").fill("heitor.pastor@example.com")
    page.locator("form[role=search] button[type=submit]").click()
    page.wait_for_url("**?to=*")
    assert "482913" in page.locator(".outbox-body").inner_text()
    assert_fits(page, "demo-outbox")


def test_officer_reads_the_passport_from_an_mrz_reader_at_the_counter(live_server, page):
    station = make_station("Lianyang")
    officer = make_staff(station, "officer", "officer.counter")
    resident = make_resident(station, 1)
    expiry = timezone.localdate() + datetime.timedelta(days=3000)
    lines = passport_lines(
        surname="KIM", given="MINJUN", number="M70012345", state="KOR", birth="850314", expiry=mrz_date(expiry)
    )
    _login(page, live_server, officer)
    page.goto(f"{live_server.url}/staff/registrations/new/?resident={resident.pk}")
    page.locator("textarea[name$=mrz_lines]").fill("\n".join(lines))
    page.locator("button[name=action][value=read]").click()
    assert page.locator("input[name=document_number]").input_value() == "M70012345"
    assert page.locator("input[name=expiry_date]").input_value() == expiry.isoformat()
    assert_fits(page, "counter-walk-in")


def test_resident_whose_flat_is_not_listed_says_where_it_is(live_server, phone_page, resident_user, resident_a):
    make_passport(resident_a, number="M87654322")
    base = f"{live_server.url}/en"
    page = phone_page("en-GB")
    page.goto(f"{base}/login/")
    page.fill("#id_password-email", resident_user.email)
    page.fill("#id_password-password", "portal-pass-2026")
    page.locator("form:has(#id_password-password) button[type=submit]").click()
    page.goto(f"{base}/stay/new/")
    page.locator("main form button[type=submit]").click()
    page.click("button[name=action][value=by_hand]")
    page.locator("main form button[type=submit]").click()
    page.check("#id_visa_free")
    page.click("button[name=action][value=save]")
    page.select_option("#id_compound", str(resident_a.address.building.compound_id))
    page.check("#id_not_listed")
    page.fill("#id_proposed_building", "12")
    page.fill("#id_proposed_unit", "2")
    page.fill("#id_proposed_room", "301")
    assert_fits(page, "stay-address-not-listed")


def test_arabic_reader_sees_numbers_and_dates_left_to_right(live_server, phone_page, resident_user, resident_a):
    page = phone_page("ar")
    page.goto(f"{live_server.url}/ar/login/")
    page.fill("#id_password-email", resident_user.email)
    page.fill("#id_password-password", "portal-pass-2026")
    page.locator("form:has(#id_password-password) button[type=submit]").click()
    page.goto(f"{live_server.url}/ar/my-data/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    number = page.locator('bdi[dir="ltr"]', has_text="E12345689")
    assert number.evaluate("node => getComputedStyle(node).direction") == "ltr"
    birth = page.locator('bdi[dir="ltr"]', has_text="1985-03-14")
    assert birth.count() == 1
    assert_fits(page, "portal-my-data-ar")
