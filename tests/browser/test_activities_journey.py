"""Issue 11's journey, in Brazilian Portuguese on a phone: Ana signs up for a cooking class that is full and is put
on the waiting list; a seat frees up; the offer reaches her portal inbox; she accepts it and downloads the ICS;
at the door an officer's check-in page checks her in from the code she reads out."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from icalendar import Calendar

from lianyang.activities.events.services import enrolment_cancel, enrolment_signup
from lianyang.activities.models import Enrolment
from tests.activities.activity_factories import make_activity, make_participant
from tests.browser.conftest import assert_fits, totp_code
from tests.factories import make_staff, make_station

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_ana_waits_for_a_full_cooking_class_accepts_the_freed_seat_and_is_checked_in(live_server, page, phone_page):
    station = make_station("Lianyang")
    officer = make_staff(station, "officer", languages={"pt-br": "fluent", "en": "fluent"})
    device = TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)
    activity = make_activity(station, officer=officer, capacity=1, title="Cooking class: hong shao rou")
    holder = make_participant(station, 0)
    seat = enrolment_signup(actor=holder, activity=activity)[0]
    ana = make_participant(station, 2, email="ana.silva@example.com", language="pt-br", consent=False)

    phone = phone_page("pt-BR")
    base = f"{live_server.url}/pt-br"
    phone.goto(f"{base}/login/")
    phone.fill("#id_password-email", "ana.silva@example.com")
    phone.fill("#id_password-password", "portal-pass-2026")
    phone.locator("form:has(#id_password-password) button[type=submit]").click()
    phone.goto(f"{base}/activities/")
    assert "Cooking class: hong shao rou" in phone.content()
    assert "Ainda não traduzida para o seu idioma" in phone.content()
    assert_fits(phone, "activities-portal-list")

    phone.get_by_role("link", name="Cooking class: hong shao rou").click()
    phone.locator("input[name=consent]").check()
    phone.get_by_role("button", name="Entrar na lista de espera").click()
    phone.wait_for_url("**/pt-br/activities/mine/")
    assert "Na lista de espera" in phone.content()
    mine = Enrolment.objects.get(resident=ana.resident)
    assert mine.status == Enrolment.Status.WAITLISTED

    enrolment_cancel(actor=holder, enrolment=seat)

    phone.goto(f"{base}/stay/inbox/")
    phone.get_by_text("Abriu uma vaga para você").first.wait_for()
    phone.goto(f"{base}/activities/mine/{mine.pk}/")
    assert_fits(phone, "activities-offer")
    phone.get_by_role("button", name="Aceitar a vaga").click()
    phone.get_by_text("A vaga é sua. Até lá!").wait_for()
    mine.refresh_from_db()
    assert mine.status == Enrolment.Status.CONFIRMED
    assert phone.locator("img[src^='data:image/svg+xml']").count() == 1
    with phone.expect_download() as download:
        phone.get_by_role("link", name="Adicionar ao meu calendário (.ics)").click()
    event = Calendar.from_ical(download.value.path().read_bytes()).walk("VEVENT")[0]
    assert str(event["summary"]) == "Cooking class: hong shao rou"
    code = phone.locator(".check-in-code").inner_text()
    assert code == mine.check_in_code

    page.goto(f"{live_server.url}/staff/login/")
    page.get_by_label("User name").fill(officer.username)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Code from your authenticator app").fill(totp_code(device))
    page.get_by_role("button", name="Log in").click()
    door = page.context.browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    door.add_cookies(page.context.cookies())
    officer_phone = door.new_page()
    officer_phone.goto(f"{live_server.url}/staff/activities/{activity.pk}/check-in/")
    officer_phone.get_by_label("Check-in code").fill(code.lower())
    officer_phone.get_by_role("button", name="Check in", exact=True).click()
    officer_phone.get_by_text("is checked in").wait_for()
    assert_fits(officer_phone, "activities-checkin")
    door.close()
    mine.refresh_from_db()
    assert mine.status == Enrolment.Status.ATTENDED
