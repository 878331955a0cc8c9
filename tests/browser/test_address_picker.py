"""An officer adds a resident and picks the flat by compound, building and room, each list loaded as the one before
is chosen (HTMX, under the site's content security policy), then finds a room by typing it."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.community.models import Address, Building, Compound
from lianyang.people.models import Resident
from tests.browser.conftest import assert_accessible, totp_code
from tests.factories import make_staff, make_station

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(page, live_server, username, device):
    page.goto(f"{live_server.url}/staff/")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Code from your authenticator app").fill(totp_code(device))
    page.get_by_role("button", name="Log in").click()


def test_officer_picks_compound_then_building_then_room(live_server, page):
    station = make_station("Lianyang")
    compound = Compound.objects.create(
        area=station.areas.get(), name="花木苑", name_en="Huamu Garden", street_address="花木路 1 号"
    )
    for number in ("10", "2"):
        building = Building.objects.create(compound=compound, number=number)
        for room in ("1201", "302"):
            Address.objects.create(building=building, room=room)
    officer = make_staff(station, "officer", "officer.picker")
    device = TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)
    _login(page, live_server, "officer.picker", device)

    page.goto(f"{live_server.url}/staff/residents/new/")
    assert_accessible(page)
    page.get_by_label("Surname (as in the passport)").fill("LEE")
    page.get_by_label("Sex").select_option("M")
    page.get_by_label("Date of birth").fill("1980-02-03")
    page.get_by_label("Nationality").select_option("KR")
    page.locator("#id_address_compound").select_option(label="花木苑")
    page.locator("#id_address_building option", has_text="10").wait_for(state="attached")
    buildings = page.locator("#id_address_building option").all_inner_texts()
    assert buildings[1:] == ["2", "10"]
    page.locator("#id_address_building").select_option(label="10")
    page.locator("#id_address_room option", has_text="1201").wait_for(state="attached")
    assert page.locator("#id_address_room option").all_inner_texts()[1:] == ["302", "1201"]
    page.locator("#id_address_room").select_option(label="1201")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("The resident has been added.").wait_for()
    address = Resident.objects.get().address
    assert (address.building.number, address.room) == ("10", "1201")


def test_officer_types_the_room_and_is_offered_suggestions(live_server, page):
    station = make_station("Lianyang")
    officer = make_staff(station, "officer", "officer.typist")
    device = TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)
    _login(page, live_server, "officer.typist", device)
    page.goto(f"{live_server.url}/staff/residents/new/")
    page.get_by_label("Or type it").press_sequentially("测试小区", delay=50)
    page.locator("#id_address_suggestions option").first.wait_for(state="attached")
    values = page.locator("#id_address_suggestions option").evaluate_all("options => options.map(o => o.value)")
    assert values and all(value.startswith("测试小区") for value in values)
