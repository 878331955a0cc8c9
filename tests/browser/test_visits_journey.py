"""Issue 10's casework journeys in the browser, each page checked for accessibility and, on a phone, for not
scrolling sideways: the head sets the visit policies and the service levels (and a bad input changes nothing);
the head plans the week, a Korean-speaking officer walks the day from a phone, records what happened and opens a
follow-up request, and the head's coverage moves; the officer works the requests inbox."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from lianyang.casework.models import CalendarDay, OpeningHours, ServiceLevel, ServiceRequest, Visit, VisitPolicy
from lianyang.casework.requests.services import request_wait
from lianyang.community.models import Address, Building
from lianyang.people.services import household_create
from tests.browser.conftest import assert_fits
from tests.browser.test_start_page import _login
from tests.factories import make_household, make_resident, make_service_request, make_staff, make_station

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _flash(page, text):
    page.locator(".messages").get_by_text(text).wait_for()


def _next_saturday() -> datetime.date:
    """A Saturday in the coming weeks, a day a make-up working day falls on."""
    today = timezone.localdate()
    return today + datetime.timedelta(days=(5 - today.weekday()) % 7 + 14)


def test_head_sets_the_visit_policies_and_the_service_levels(live_server, page):
    station = make_station("Lianyang")
    head = make_staff(station, "head", "head.levels")
    _login(page, live_server, head)
    staff = f"{live_server.url}/staff/casework"

    page.goto(f"{staff}/visits/policies/")
    page.get_by_label("New arrivals").fill("10")
    page.get_by_label("Households needing attention").fill("21")
    page.get_by_role("button", name="Save").click()
    _flash(page, "The visit policies have been saved.")
    assert page.get_by_label("New arrivals").input_value() == "10"
    assert dict(VisitPolicy.objects.values_list("kind", "interval_days")) == {
        "new_arrival": 10,
        "attention": 21,
        "routine": 90,
    }
    page.get_by_label("Every household").fill("0")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Ensure this value is greater than or equal to 1.").wait_for()
    assert VisitPolicy.objects.get(kind="routine").interval_days == 90
    assert_fits(page)

    page.get_by_role("link", name="Service levels").click()
    page.get_by_label("Monday", exact=True).fill("08:30-12:00, 13:00-17:00")
    page.get_by_role("button", name="Save the opening hours").click()
    _flash(page, "The opening hours are saved.")
    assert page.get_by_label("Monday", exact=True).input_value() == "08:30-12:00, 13:00-17:00"
    assert page.get_by_label("Saturday", exact=True).input_value() == ""
    hours = list(OpeningHours.objects.order_by("weekday", "opens").values_list("weekday", "opens", "closes"))

    # Hours that end before they start: the translated reason, the week as it was.
    page.get_by_label("Tuesday", exact=True).fill("17:00-09:00")
    page.get_by_role("button", name="Save the opening hours").click()
    page.get_by_text("Tuesday: 17:00–09:00 closes before it opens.").wait_for()
    assert list(OpeningHours.objects.order_by("weekday", "opens").values_list("weekday", "opens", "closes")) == hours

    saturday = _next_saturday()

    def add_day(date, kind, name):
        page.locator("#id_date").fill(date.isoformat())
        page.get_by_label("The station is").select_option(kind)
        page.locator("#id_name").fill(name)
        page.get_by_role("button", name="Add the day").click()

    add_day(saturday, "working", "Make-up working day")
    _flash(page, "The day is added to the station's calendar.")
    # The same date twice: refused with the reason, one entry kept.
    add_day(saturday, "holiday", "Dragon Boat Festival")
    page.get_by_text(f"{saturday:%Y-%m-%d} already has an entry; remove it first to change it.").wait_for()
    assert CalendarDay.objects.filter(station=station).count() == 1

    holiday = saturday + datetime.timedelta(days=9)
    add_day(holiday, "holiday", "Staff training day")
    _flash(page, "The day is added to the station's calendar.")
    rows = page.locator("#calendar ~ .table-wrap tbody tr, section[aria-labelledby=calendar] tbody tr")
    assert rows.count() == 2
    assert "Working day (open)" in rows.nth(0).inner_text() and "Make-up working day" in rows.nth(0).inner_text()

    healthcare = page.locator("tr", has=page.get_by_role("rowheader", name="Healthcare"))
    healthcare.locator("input[name$=first_response_hours]").fill("4")
    healthcare.locator("input[name$=resolution_hours]").fill("2")
    page.get_by_role("button", name="Save the service levels").click()
    page.get_by_text("Healthcare: the resolution target cannot be shorter than the first response target.").wait_for()
    assert not ServiceLevel.objects.filter(station=station).exists()
    healthcare = page.locator("tr", has=page.get_by_role("rowheader", name="Healthcare"))
    healthcare.locator("input[name$=resolution_hours]").fill("24")
    page.get_by_role("button", name="Save the service levels").click()
    _flash(page, "The service levels are saved.")
    level = ServiceLevel.objects.get(station=station)
    assert (level.category, level.first_response_minutes, level.resolution_minutes) == ("healthcare", 240, 1440)
    assert_fits(page, "casework-service-levels")

    # Removing a day asks first; Cancel keeps it, Remove removes it.
    rows.nth(1).get_by_role("link", name="Remove").click()
    page.get_by_text(f"Remove {holiday:%Y-%m-%d} (Staff training day)?").wait_for()
    assert_fits(page)
    page.get_by_role("link", name="Cancel").click()
    assert CalendarDay.objects.filter(station=station).count() == 2
    rows.nth(1).get_by_role("link", name="Remove").click()
    page.get_by_role("button", name="Remove").click()
    _flash(page, "The day is removed from the station's calendar.")
    assert list(CalendarDay.objects.filter(station=station).values_list("date", flat=True)) == [saturday]


def _address(station, building_number: str, room: str) -> Address:
    compound = Building.objects.get(compound__area__station=station, number="1").compound
    building = Building.objects.create(compound=compound, number=building_number)
    return Address.objects.create(building=building, unit="1", room=room)


def _korean_household(station, address, **names):
    member = make_resident(station, 1, address=address, preferred_language="ko", **names)
    return household_create(actor=None, station=station, address=address, members=[member])


def test_head_plans_the_week_and_the_officer_walks_the_day_from_a_phone(live_server, page, phone_page):
    station = make_station("Lianyang")
    head = make_staff(station, "head", "head.visits", languages={"zh_Hans": "native", "en": "fluent"})
    officer = make_staff(station, "officer", "officer.ko", languages={"ko": "native", "en": "fluent"})
    make_staff(station, "officer", "officer.fr", languages={"fr": "native", "en": "fluent"})
    # Building 10 is entered before building 2; the officer walks 2 first all the same.
    far = _korean_household(
        station,
        _address(station, "10", "1001"),
        surname="PARK",
        given_names="SEOYEON",
        native_name="박서연",
        chinese_name="朴瑞妍",
    )
    near = _korean_household(station, _address(station, "2", "201"))
    make_household(station, 0, first=6, preferred_language="fr")
    staff = f"{live_server.url}/staff/casework"

    _login(page, live_server, head)
    page.goto(f"{staff}/visits/coverage/")
    assert "0% of households visited within their policy (0 of 3)." in page.locator("main").inner_text()
    assert page.locator("section", has_text="Overdue households").locator("tbody tr").count() == 3

    page.get_by_role("link", name="Plan the week").click()
    page.locator("main section.panel h2").first.wait_for()
    headings = page.locator("main section.panel h2").all_inner_texts()
    assert [heading.rsplit(" ", 1)[-1] for heading in headings] == ["1", "2", "10"]
    officers = page.locator("main section.panel tbody td:last-child").all_inner_texts()
    assert officers == ["职员officer.fr", "职员officer.ko", "职员officer.ko"]  # each household's language
    assert page.get_by_text("No shared language").count() == 0
    assert_fits(page, "visits-plan")
    page.get_by_role("button", name="Accept the proposal and plan these visits").click()
    _flash(page, "3 visits have been planned.")
    page.get_by_text("No household comes due that week.").wait_for()
    assert Visit.objects.filter(planned_on=timezone.localdate()).count() == 3

    phone = phone_page("en-GB")
    _login(phone, live_server, officer)
    phone.goto(f"{staff}/visits/day/")
    rows = phone.locator("main ol.visit-stops > li")
    assert rows.count() == 2
    assert "Room 201, Unit 1, Building 2" in rows.nth(0).inner_text()
    assert "1001" in rows.nth(1).inner_text()
    assert_fits(phone)

    sheet = phone.get_by_role("link", name="Print the route sheet (PDF)").get_attribute("href")
    response = phone.request.get(f"{live_server.url}{sheet}")
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")

    rows.nth(0).get_by_role("link", name="Record the visit").click()
    phone.get_by_label("Met the household").check()
    phone.get_by_label("Notes").fill("Mr Kim's mother arrives next month; he asked about a visa for her.")
    phone.get_by_role("button", name="Save").click()
    _flash(phone, "The visit has been recorded.")
    phone.locator("#id_resident").select_option(label="KIM MINJUN")
    phone.locator("#id_category").select_option("visas")
    phone.get_by_label("The resident's request").fill("A family visit visa (Q2) for his mother.")
    phone.get_by_role("button", name="Create the follow-up request").click()
    _flash(phone, "The follow-up request has been created.")
    follow_up = ServiceRequest.objects.get()
    assert (follow_up.resident.household_id, follow_up.channel, follow_up.category) == (near.pk, "visit", "visas")
    assert phone.get_by_role("link", name="Open the follow-up request").count() == 1
    assert_fits(phone)

    phone.get_by_role("link", name="All visits to this household").click()
    history = phone.locator("main tbody tr")
    assert history.count() == 1
    assert "Met the household" in history.inner_text() and "visa for her" in history.inner_text()
    assert_fits(phone)

    phone.goto(f"{staff}/visits/day/")
    rows.nth(1).get_by_role("link", name="Record the visit").click()
    phone.get_by_label("Not at home, note left").check()
    phone.get_by_role("button", name="Save").click()
    _flash(phone, "The visit has been recorded.")
    phone.goto(f"{staff}/visits/day/")
    outcomes = phone.locator(".visit-outcome").all_inner_texts()
    assert outcomes == ["Met the household", "Not at home, note left"]
    assert_fits(phone, "visits-day")
    assert Visit.objects.get(household=far).outcome == "not_home"

    page.goto(f"{staff}/visits/coverage/")
    assert "33% of households visited within their policy (1 of 3)." in page.locator("main").inner_text()
    assert page.locator("section", has_text="Overdue households").locator("tbody tr").count() == 2
    assert_fits(page, "visits-coverage")


def test_officer_works_the_requests_inbox(live_server, page):
    station = make_station("Lianyang")
    officer = make_staff(station, "officer", "officer.inbox", languages={"en": "native", "ja": "fluent"})
    other = make_staff(station, "officer", "officer.ru", languages={"ru": "native", "en": "working"})
    tanaka, kim, mueller, ivanova = (
        make_resident(station, index, preferred_language=language)
        for index, language in enumerate(["ja", "ko", "de", "ru"])
    )
    make_service_request(tanaka, text="在留カードの住所変更はどこでできますか？", actor=officer, language="ja")
    make_service_request(kim, text="단지 안에 자전거를 어디에 세울 수 있나요?", actor=other, category="housing")
    with time_machine.travel(timezone.now() - datetime.timedelta(days=12)):
        make_service_request(
            mueller, text="Welche Schule nimmt Kinder ohne Chinesisch auf?", category="schooling", actor=officer
        )
    waiting = make_service_request(ivanova, text="Где оплатить счёт за воду?", category="utilities", actor=other)
    request_wait(actor=other, service_request=waiting)

    _login(page, live_server, officer)
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Requests").click()
    tabs = page.get_by_role("navigation", name="Requests")
    counts = dict(label.rsplit(" ", 1) for label in tabs.get_by_role("link").all_inner_texts())
    assert list(counts) == ["Mine", "Unassigned", "Near breach", "Waiting for the resident", "All of the station"]
    assert (counts["Waiting for the resident"], counts["All of the station"]) == ("1", "4")
    assert "1 open request has missed its service level." in page.locator("main").inner_text()
    assert "TANAKA" in page.locator("main tbody").inner_text()  # the first tab is the officer's own
    tabs.get_by_role("link", name="Waiting for the resident").click()
    assert "IVANOVA" in page.locator("main tbody").inner_text()
    tabs.get_by_role("link", name="All of the station").click()
    rows = page.locator("main tbody tr")
    assert rows.count() == 4
    assert page.locator("main tbody tr.overdue").inner_text().count("MUELLER") == 1
    assert_fits(page, "casework-inbox")
    page.get_by_label("Search words or a name").fill("Schule")
    page.get_by_role("button", name="Filter").click()
    assert rows.count() == 1 and "MUELLER" in rows.inner_text()
    page.get_by_role("link", name="Clear filters").click()
    assert rows.count() == 4
    assert_fits(page)
