"""Picking a room by compound, building and room (or by typing it), not from a list of every room of the station."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lianyang.community.models import Address, Building, Compound
from lianyang.people.models import Resident
from tests.factories import iso_from_today, make_resident

PICKER = reverse("community:address_picker")
SUGGESTIONS = reverse("community:address_suggestions")
CREATE = reverse("people:resident_create")


@pytest.fixture
def garden(station_a):
    """A compound with buildings 1, 2 and 10 (in that order, not 1, 10, 2) and rooms 2, 10, 101 in building 2."""
    compound = Compound.objects.create(
        area=station_a.areas.get(), name="花木苑", name_en="Huamu Garden", street_address="花木路 1 号"
    )
    buildings = {number: Building.objects.create(compound=compound, number=number) for number in ("10", "2", "1")}
    for number, building in buildings.items():
        for room in ("101", "10", "2"):
            Address.objects.create(building=building, room=room)
    return compound


def _resident(station, **address):
    return {
        "surname": "LEE",
        "given_names": "SANGCHUL",
        "sex": "M",
        "birth_date": "1980-02-03",
        "nationality": "KR",
        "preferred_language": "ko",
        "arrival_date": iso_from_today(-10),
        "status": "active",
        **address,
    }


def _options(page: str, select_id: str) -> list[str]:
    select = page[page.index(f'id="{select_id}"') :]
    select = select[: select.index("</select>")]
    return [part.split(">", 1)[1].split("<", 1)[0] for part in select.split("<option")[2:]]


@pytest.mark.django_db
def test_the_form_offers_compounds_not_every_room(client_for, officer_a, garden):
    page = client_for(officer_a).get(CREATE).content.decode()
    assert "花木苑" in _options(page, "id_address_compound")
    assert _options(page, "id_address_room") == []
    picker = page[page.index('class="address-picker"') : page.index("</datalist>")]
    assert picker.count("<option") < 10


@pytest.mark.django_db
def test_choosing_a_compound_loads_its_buildings_in_natural_order(client_for, officer_a, garden):
    page = client_for(officer_a).get(PICKER, {"field": "address", "address_compound": garden.pk}).content.decode()
    assert _options(page, "id_address_building") == ["1", "2", "10"]
    building = garden.buildings.get(number="2")
    params = {"field": "address", "address_compound": garden.pk, "address_building": building.pk}
    page = client_for(officer_a).get(PICKER, params).content.decode()
    assert _options(page, "id_address_room") == ["2", "10", "101"]


@pytest.mark.django_db
def test_a_resident_is_saved_at_the_room_chosen_from_the_three_lists(client_for, officer_a, station_a, garden):
    room = Address.objects.get(building__compound=garden, building__number="10", room="101")
    data = _resident(
        station_a, address_compound=garden.pk, address_building=room.building_id, address=room.pk, address_text=""
    )
    response = client_for(officer_a).post(CREATE, data)
    assert response.status_code == 302
    assert Resident.objects.get().address == room


@pytest.mark.django_db
def test_typed_address_is_found_on_submit(client_for, officer_a, station_a, garden):
    response = client_for(officer_a).post(CREATE, _resident(station_a, address_text="花木苑 2-10"))
    assert response.status_code == 302
    address = Resident.objects.get().address
    assert (address.building.number, address.room) == ("2", "10")


@pytest.mark.django_db
def test_without_javascript_the_lists_come_one_by_one_and_nothing_is_saved_until_the_room(
    client_for, officer_a, station_a, garden
):
    client = client_for(officer_a)
    page = client.post(CREATE, _resident(station_a, address_compound=garden.pk)).content.decode()
    assert "Now choose the building." in page
    assert _options(page, "id_address_building") == ["1", "2", "10"]
    building = garden.buildings.get(number="1")
    page = client.post(
        CREATE, _resident(station_a, address_compound=garden.pk, address_building=building.pk)
    ).content.decode()
    assert "Now choose the room." in page and _options(page, "id_address_room") == ["2", "10", "101"]
    assert not Resident.objects.exists()


@pytest.mark.django_db
def test_changing_the_compound_after_the_room_asks_again(client_for, officer_a, station_a, garden):
    other = Address.objects.exclude(building__compound=garden).filter(building__compound__area__station=station_a)[0]
    data = _resident(station_a, address_compound=garden.pk, address=other.pk)
    page = client_for(officer_a).post(CREATE, data).content.decode()
    assert "Now choose the building." in page
    assert not Resident.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "message"),
    [
        ({"address_text": "花木苑 99-1"}, "The station has no room called"),
        ({"address": "99999999"}, "This room is not in the station"),
        ({"address": "x' OR 1=1"}, "This room is not in the station"),
    ],
)
def test_bad_address_is_refused_with_a_message_and_changes_nothing(
    client_for, officer_a, station_a, garden, address, message
):
    response = client_for(officer_a).post(CREATE, _resident(station_a, **address))
    assert response.status_code == 200 and message in response.content.decode()
    assert not Resident.objects.exists()


@pytest.mark.django_db
def test_another_station_s_room_cannot_be_chosen(client_for, officer_a, station_a, station_b):
    theirs = Address.objects.filter(building__compound__area__station=station_b)[0]
    response = client_for(officer_a).post(CREATE, _resident(station_a, address=theirs.pk))
    assert "This room is not in the station" in response.content.decode()
    assert not Resident.objects.exists()
    page = client_for(officer_a).get(PICKER, {"field": "address", "address_compound": theirs.building.compound_id})
    assert _options(page.content.decode(), "id_address_building") == []


@pytest.mark.django_db
def test_editing_a_resident_shows_the_picker_at_their_room(client_for, officer_a, station_a, garden):
    room = Address.objects.get(building__compound=garden, building__number="2", room="10")
    resident = make_resident(station_a, 1, address=room)
    page = client_for(officer_a).get(reverse("people:resident_edit", args=[resident.pk])).content.decode()
    assert f'<option value="{garden.pk}" selected>花木苑</option>' in page
    assert f'<option value="{room.building_id}" selected>2</option>' in page
    assert f'<option value="{room.pk}" selected>10</option>' in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "first"), [("花木", "花木苑 1-2"), ("花木苑 1", "花木苑 1-2"), ("花木苑 10-1", "花木苑 10-10")]
)
def test_type_ahead_suggests_rooms_as_typed(client_for, officer_a, garden, typed, first):
    page = client_for(officer_a).get(SUGGESTIONS, {"field": "address", "address_text": typed}).content.decode()
    assert page.startswith(f'<option value="{first}">')


@pytest.mark.django_db
def test_type_ahead_never_suggests_another_station_s_rooms(client_for, officer_b, garden):
    page = client_for(officer_b).get(SUGGESTIONS, {"field": "address", "address_text": "花木"}).content.decode()
    assert page.strip() == ""


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{}, {"field": 'a"><script>'}, {"field": "address", "id": 'x" onload="'}])
def test_picker_refuses_field_names_that_are_not_ours(client_for, officer_a, garden, params):
    response = client_for(officer_a).get(PICKER, params)
    assert response.status_code in (200, 404)
    assert "<script>" not in response.content.decode() and 'onload="' not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin", "resident_user"])
def test_roles_without_casework_are_refused_the_picker(request, client_for, garden, role):
    client = client_for(request.getfixturevalue(role))
    assert client.get(PICKER, {"field": "address"}).status_code == 403
    assert client.get(SUGGESTIONS, {"field": "address", "address_text": "花木"}).status_code == 403


@pytest.mark.django_db
def test_picker_query_count_is_independent_of_the_number_of_rooms(client_for, officer_a, garden):
    client = client_for(officer_a)
    building = garden.buildings.get(number="1")
    params = {"field": "address", "address_compound": garden.pk, "address_building": building.pk}

    def count():
        with CaptureQueriesContext(connection) as context:
            assert client.get(PICKER, params).status_code == 200
        return len(context.captured_queries)

    small = count()
    Address.objects.bulk_create(Address(building=building, room=f"{i}01") for i in range(2, 50))
    assert count() == small
