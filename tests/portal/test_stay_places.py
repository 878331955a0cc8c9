"""The address step: buildings and rooms in the order people read them, and a way out for a flat the station's
list does not have yet, which an officer confirms before the registration can be verified."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lianyang.audit.models import AuditEvent
from lianyang.community.models import Address, Building
from lianyang.core.sorting import natural_key
from lianyang.portal.stay.draft import Draft
from lianyang.registration import intake
from lianyang.registration.models import AccommodationRegistration
from lianyang.registration.services import registration_confirm_address, registration_step
from tests.factories import station_address
from tests.portal.test_stay_flow import KIM_PASSPORT, answer_after_passport, arrival_fields, private_storage, url

__all__ = ["private_storage"]


def test_numbers_sort_as_people_read_them():
    assert sorted(["10", "2", "1", "11", "2A", "B3"], key=natural_key) == ["1", "2", "2A", "10", "11", "B3"]


@pytest.mark.django_db
def test_buildings_and_rooms_are_listed_one_two_ten(client, resident_user, resident_a):
    compound = resident_a.station.areas.get().compounds.get()
    for number in ("10", "2", "11"):
        building = Building.objects.create(compound=compound, number=number)
    for room in ("1201", "302", "1101"):
        Address.objects.create(building=building, unit="", room=room)
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    client.post(url("person"), KIM_PASSPORT)
    page = client.get(url("places"), {"compound": compound.pk, "building": building.pk}).content.decode()
    buildings = [page.index(f">Building {number}<") for number in ("1", "2", "10", "11")]
    rooms = [page.index(f">Room {room}<") for room in ("302", "1101", "1201")]
    assert buildings == sorted(buildings) and rooms == sorted(rooms)


def _not_listed(address, **changes):
    place = arrival_fields(address)
    del place["building"], place["room"]
    return {**place, "not_listed": "on", "proposed_building": "7", "proposed_unit": "2", "proposed_room": "1203",
            **changes}  # fmt: skip


def _permit():
    return {"action": "save", "kind": "rp_work", "number": "RP0012345", "entries": "multiple",
            "valid_from": "2000-01-01", "valid_until": "2999-01-01"}  # fmt: skip


@pytest.mark.django_db
def test_a_flat_not_listed_is_registered_for_the_station_to_confirm(
    client, resident_user, resident_a, officer_a, client_for
):
    address = resident_a.address
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    flats = Address.objects.count()
    answer_after_passport(client, address, details=KIM_PASSPORT, permit=_permit(), place=_not_listed(address))
    assert "1203" in client.get(url("review")).content.decode()
    client.post(url("review"), {"confirm": "on"})
    registration = AccommodationRegistration.objects.get()
    assert registration.address is None and Address.objects.count() == flats
    assert (registration.proposed_building, registration.proposed_unit, registration.proposed_room) == (
        "7",
        "2",
        "1203",
    )
    assert registration.proposed_address_in_chinese.endswith("7号2单元1203室")
    assert "to be confirmed by the station" in client.get(url("list")).content.decode()

    with pytest.raises(Exception, match="Confirm the address before verifying"):
        registration_step(actor=officer_a, registration=registration, kind="verify")
    registration.refresh_from_db()
    assert registration.status == "submitted"

    officer = client_for(officer_a)
    response = officer.post(
        reverse("registration:confirm_address", args=[registration.pk]),
        {"address-building_number": "7", "address-unit": "2", "address-room": "1203"},
    )
    assert response["Location"] == reverse("registration:detail", args=[registration.pk])
    registration.refresh_from_db()
    flat = registration.address
    assert (flat.building.number, flat.unit, flat.room, flat.building.compound) == (
        "7",
        "2",
        "1203",
        address.building.compound,
    )
    assert AuditEvent.objects.filter(object_type="community.address", object_id=str(flat.pk), action="create").exists()
    assert registration_step(actor=officer_a, registration=registration, kind="verify").status == "verified"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"proposed_room": ""}, "Please fill this in."),
        ({"proposed_building": "<script>"}, "Please use letters, digits and ordinary punctuation only."),
        ({"not_listed": ""}, "Please choose your flat, or tick"),
    ],
)
def test_a_flat_not_listed_needs_its_building_and_room_in_plain_words(
    client, resident_user, resident_a, changes, message
):
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    client.post(url("person"), KIM_PASSPORT)
    client.post(url("permit"), _permit())
    response = client.post(url("address"), _not_listed(resident_a.address, **changes))
    assert response.status_code == 200 and message in response.content.decode()
    assert client.session["stay_draft"] and not AccommodationRegistration.objects.exists()
    assert Draft(client.session).answers("address") is None


@pytest.mark.django_db
def test_confirming_refuses_markup_and_changes_nothing(client_for, officer_a, resident_a, client, resident_user):
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    answer_after_passport(client, resident_a.address, details=KIM_PASSPORT, permit=_permit(),
                          place=_not_listed(resident_a.address))  # fmt: skip
    client.post(url("review"), {"confirm": "on"})
    registration = AccommodationRegistration.objects.get()
    flats, buildings = Address.objects.count(), Building.objects.count()
    page = client_for(officer_a).post(
        reverse("registration:confirm_address", args=[registration.pk]),
        {"address-building_number": "<b>7</b>", "address-unit": "", "address-room": "1203"},
        follow=True,
    )
    assert "ordinary punctuation" in page.content.decode()
    registration.refresh_from_db()
    assert registration.address is None and (Address.objects.count(), Building.objects.count()) == (flats, buildings)


def _flat_not_listed(resident):
    document = resident.documents.get()
    return intake.stay_register(
        actor=None,
        channel="walk_in",
        submission_key="not-listed",
        resident=resident,
        passport=intake.PassportAnswers(document.number, document.issuing_state.code, document.expiry_date),
        permit=None,
        stay=intake.StayAnswers(
            address=None,
            arrival_at=timezone.now() - datetime.timedelta(hours=1),
            proposed=intake.ProposedAddress(compound=resident.address.building.compound, building="7", room="1203"),
        ),
        host=intake.HostAnswers("王建国", "+86 139 1234 5678", "owner", "resident_id", "property"),
    )


@pytest.mark.django_db
def test_an_officer_of_another_station_cannot_confirm(client_for, officer_b, resident_a):
    registration = _flat_not_listed(resident_a)
    flats = Address.objects.count()
    response = client_for(officer_b).post(
        reverse("registration:confirm_address", args=[registration.pk]),
        {"address-building_number": "7", "address-unit": "", "address-room": "1203"},
    )
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.address is None and Address.objects.count() == flats


@pytest.mark.django_db
def test_a_flat_already_listed_is_found_not_added_twice(officer_a, resident_a):
    registration = _flat_not_listed(resident_a)
    flats = Address.objects.count()
    listed = resident_a.address
    registration = registration_confirm_address(
        actor=officer_a, registration=registration, building_number=f" {listed.building.number} ", unit=listed.unit,
        room=listed.room,
    )  # fmt: skip
    assert registration.address == listed and Address.objects.count() == flats


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["99999999999999999999999", "²", "١٢", "-1", "1e3"])
def test_ids_no_database_holds_are_refused_without_an_error_page(client, resident_user, resident_a, bad):
    compound = resident_a.station.areas.get().compounds.get()
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    client.post(url("person"), KIM_PASSPORT)
    client.post(url("permit"), {"action": "save", "visa_free": "on", "entries": "multiple"})
    for query in ({"compound": bad}, {"compound": compound.pk, "building": bad}):
        assert client.get(url("places"), query).status_code == 200
        assert client.get(url("address"), query).status_code == 200
    address = arrival_fields(station_address(resident_a.station, 1))
    for name in ("compound", "building", "room"):
        page = client.post(url("address"), {**address, name: bad})
        assert page.status_code == 200, name
    assert not AccommodationRegistration.objects.exists()
