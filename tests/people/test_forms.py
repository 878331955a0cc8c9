"""Creating and editing residents and households at the counter; bad data is refused with a clear message."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lianyang.people.models import Household, IdentityDocument, Resident
from tests.factories import iso_from_today, station_address


def _resident_form(station, **overrides):
    data = {
        "surname": "Ødegaard",
        "given_names": "Ingrid",
        "native_name": "Ingrid Ødegaard",
        "sex": "F",
        "birth_date": "1990-05-17",
        "nationality": "NO",
        "preferred_language": "en",
        "phone": "+47 412 34 567",
        "email": "ingrid@example.com",
        "address": station_address(station).pk,
        "arrival_date": iso_from_today(-300),
        "status": "active",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_officer_adds_a_resident_and_opens_the_record(client_for, officer_a, station_a):
    client = client_for(officer_a)
    response = client.post(reverse("people:resident_create"), _resident_form(station_a))
    resident = Resident.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("people:resident_detail", args=[resident.pk])
    assert resident.surname == "ØDEGAARD" and resident.station == station_a
    assert "odegaard" in resident.search_key


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("birth_date", (timezone.localdate() + datetime.timedelta(days=2)).isoformat(), "cannot be in the future"),
        ("nationality", "ZZ", "Select a valid choice"),
        ("phone", "12345", "Enter a valid phone number"),
        ("email", "not-an-email", "Enter a valid email address"),
        ("surname", "x" * 101, "at most 100 characters"),
        ("birth_date", "31/02/1990", "Enter a valid date"),
    ],
)
def test_bad_resident_data_is_refused_with_a_message_and_changes_nothing(
    client_for, officer_a, station_a, field, value, message
):
    response = client_for(officer_a).post(
        reverse("people:resident_create"), _resident_form(station_a, **{field: value})
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Resident.objects.exists()


@pytest.mark.django_db
def test_address_of_another_station_cannot_be_chosen(client_for, officer_a, station_a, station_b):
    data = _resident_form(station_a, address=station_address(station_b).pk)
    response = client_for(officer_a).post(reverse("people:resident_create"), data)
    assert response.status_code == 200 and not Resident.objects.exists()


@pytest.mark.django_db
def test_officer_edits_a_resident_and_the_change_is_audited(client_for, officer_a, resident_a):
    from lianyang.audit.models import AuditEvent

    client = client_for(officer_a)
    data = _resident_form(
        resident_a.station, surname=resident_a.surname, given_names=resident_a.given_names, occupation="Teacher"
    )
    response = client.post(reverse("people:resident_edit", args=[resident_a.pk]), data)
    assert response.status_code == 302
    resident_a.refresh_from_db()
    assert resident_a.occupation == "Teacher"
    event = AuditEvent.objects.filter(action="update", object_id=str(resident_a.pk)).latest("id")
    assert "occupation" in event.fields


@pytest.mark.django_db
def test_document_expiry_before_issue_is_refused(client_for, officer_a, resident_a):
    data = {
        "kind": "passport",
        "number": "N1112223",
        "issuing_state": "KR",
        "issue_date": iso_from_today(-700),
        "expiry_date": iso_from_today(-1000),
    }
    response = client_for(officer_a).post(reverse("people:document_create", args=[resident_a.pk]), data)
    assert "must be after the date of issue" in response.content.decode()
    assert IdentityDocument.objects.filter(resident=resident_a).count() == 1


@pytest.mark.django_db
def test_permit_ending_before_it_starts_is_refused(client_for, officer_a, resident_a):
    data = {
        "kind": "visa_Z",
        "number": "Z123",
        "valid_from": iso_from_today(30),
        "valid_until": iso_from_today(-1),
        "entries": "single",
    }
    response = client_for(officer_a).post(reverse("people:permit_create", args=[resident_a.pk]), data)
    assert "must not be before its start" in response.content.decode()


@pytest.mark.django_db
def test_officer_creates_a_household_and_moves_it(client_for, officer_a, resident_a, station_a):
    client = client_for(officer_a)
    first, second = station_address(station_a, 0), station_address(station_a, 1)
    client.post(
        reverse("people:household_create", args=[resident_a.pk]), {"address": first.pk, "contact_person": resident_a.pk}
    )
    household = Household.objects.get()
    response = client.post(
        reverse("people:household_edit", args=[household.pk]), {"address": second.pk, "contact_person": resident_a.pk}
    )
    assert response.status_code == 302
    resident_a.refresh_from_db()
    assert resident_a.household == household and resident_a.address == second


@pytest.mark.django_db
def test_officer_ticks_why_a_resident_needs_attention_and_the_record_shows_it(client_for, officer_a, resident_a):
    client = client_for(officer_a)
    fields = {"surname": resident_a.surname, "given_names": resident_a.given_names}
    data = _resident_form(resident_a.station, **fields, attention_reasons=["living_alone", "elderly"])
    assert client.post(reverse("people:resident_edit", args=[resident_a.pk]), data).status_code == 302
    resident_a.refresh_from_db()
    assert resident_a.attention_reasons == ["elderly", "living_alone"] and resident_a.needs_attention
    page = client.get(reverse("people:resident_detail", args=[resident_a.pk])).content.decode()
    assert "Elderly" in page and "Living alone" in page
    listed = client.get(reverse("people:resident_list"), {"attention": "on"}).content.decode()
    assert resident_a.surname in listed

    data = _resident_form(resident_a.station, **fields)  # every box unticked
    assert client.post(reverse("people:resident_edit", args=[resident_a.pk]), data).status_code == 302
    resident_a.refresh_from_db()
    assert resident_a.attention_reasons == [] and not resident_a.needs_attention


@pytest.mark.django_db
def test_an_unknown_attention_reason_is_refused_and_changes_nothing(client_for, officer_a, resident_a):
    data = _resident_form(
        resident_a.station, surname=resident_a.surname, given_names=resident_a.given_names, attention_reasons=["vip"]
    )
    response = client_for(officer_a).post(reverse("people:resident_edit", args=[resident_a.pk]), data)
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    resident_a.refresh_from_db()
    assert resident_a.attention_reasons == [] and not resident_a.needs_attention


@pytest.mark.django_db
@pytest.mark.parametrize("reasons", [["vip"], ["elderly", "elderly"], "elderly"])
def test_the_service_refuses_reasons_outside_the_list(station_a, reasons):
    from django.core.exceptions import ValidationError

    from tests.factories import make_resident

    with pytest.raises(ValidationError, match="Choose the reasons from the list"):
        make_resident(station_a, attention_reasons=reasons)
    assert not Resident.objects.exists()
