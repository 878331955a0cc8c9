"""Walk-in and home-visit entry: a caseworker registers a resident's stay on their behalf."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from lianyang.registration import mrz
from lianyang.registration.forms import new_key
from lianyang.registration.models import AccommodationRegistration, Status
from tests.factories import days_from_today, make_resident, station_address
from tests.registration.factories import HOST, make_registration
from tests.registration.test_ocr import PASSPORT_EXPIRY, passport_lines
from tests.registration.test_uploads import png_claiming

NEW = reverse("registration:create")


def _form(resident, **overrides):
    arrival = timezone.localtime() - datetime.timedelta(hours=3)
    data = {
        "address": station_address(resident.station, 1).pk,
        "arrival_at": arrival.strftime("%Y-%m-%dT%H:%M"),
        **(_passport(document) if (document := resident.documents.first()) else {}),
        "entry_date": (arrival.date() - datetime.timedelta(days=2)).isoformat(),
        "entry_port": "PVG",
        "purpose": "work",
        "channel": "walk_in",
        "submission_key": new_key(),
        **HOST,
    }
    data.update(overrides)
    return data


def _passport(document):
    return {
        "document_number": document.number,
        "issuing_state": document.issuing_state.code,
        "expiry_date": document.expiry_date.isoformat(),
    }


def _for(resident):
    return f"{NEW}?resident={resident.pk}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_a", "head_a"])
def test_caseworkers_open_the_entry_pages(request, client_for, resident_a, role):
    client = client_for(request.getfixturevalue(role))
    assert client.get(NEW).status_code == 200
    assert client.get(_for(resident_a)).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin", "resident_user"])
def test_roles_without_casework_are_refused(request, client_for, resident_a, role):
    client = client_for(request.getfixturevalue(role))
    assert client.get(NEW).status_code == 403
    assert client.post(_for(resident_a), _form(resident_a)).status_code == 403
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login(client, resident_a):
    response = client.get(_for(resident_a))
    assert response.status_code == 302 and "/staff/login/" in response["Location"]


@pytest.mark.django_db
def test_officer_of_another_station_cannot_enter_for_this_station_resident(client_for, officer_b, resident_a):
    client = client_for(officer_b)
    assert client.get(_for(resident_a)).status_code == 404
    assert client.post(_for(resident_a), _form(resident_a)).status_code == 404
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("resident", ["abc", "", "99999999999999999999999", "-1"])
def test_malformed_resident_is_404(client_for, officer_a, resident):
    assert client_for(officer_a).get(NEW, {"resident": resident}).status_code == 404


@pytest.mark.django_db
def test_finding_the_resident_by_name(client_for, officer_a, resident_a, resident_b):
    page = client_for(officer_a).get(NEW, {"q": "kim"}).content.decode()
    assert f"?resident={resident_a.pk}" in page
    assert f"?resident={resident_b.pk}" not in page


@pytest.mark.django_db
def test_walk_in_registration_is_entered_with_its_channel(client_for, officer_a, resident_a):
    response = client_for(officer_a).post(_for(resident_a), _form(resident_a))
    registration = AccommodationRegistration.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "registration:detail", args=[registration.pk]
    )
    assert registration.channel == "walk_in"
    assert registration.status == Status.SUBMITTED
    assert registration.assigned_to == officer_a
    assert registration.entry_port == "PVG" and registration.entry_port_in_chinese == "上海浦东国际机场"
    assert registration.actions.get().actor == officer_a


@pytest.mark.django_db
def test_home_visit_channel_is_recorded(client_for, officer_a, resident_a):
    client_for(officer_a).post(_for(resident_a), _form(resident_a, channel="home_visit"))
    assert AccommodationRegistration.objects.get().channel == "home_visit"


@pytest.mark.django_db
def test_portal_channel_cannot_be_claimed_from_the_counter(client_for, officer_a, resident_a):
    response = client_for(officer_a).post(_for(resident_a), _form(resident_a, channel="portal"))
    assert response.status_code == 200
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_double_click_enters_one_registration(client_for, officer_a, resident_a):
    client = client_for(officer_a)
    data = _form(resident_a)
    first = client.post(_for(resident_a), data)
    second = client.post(_for(resident_a), data)
    assert AccommodationRegistration.objects.count() == 1
    assert first["Location"] == second["Location"]


@pytest.mark.django_db
def test_open_registration_for_the_same_address_is_shown_instead_of_entered(client_for, officer_a, resident_a):
    existing = make_registration(resident_a, address=station_address(resident_a.station, 1))
    response = client_for(officer_a).post(_for(resident_a), _form(resident_a))
    page = response.content.decode()
    assert response.status_code == 200
    assert "already has an open registration for this address" in page
    assert reverse("registration:detail", args=[existing.pk]) in page
    assert AccommodationRegistration.objects.count() == 1


@pytest.mark.django_db
def test_open_registration_elsewhere_is_mentioned_but_does_not_block(client_for, officer_a, resident_a):
    elsewhere = make_registration(resident_a, address=station_address(resident_a.station, 2))
    client = client_for(officer_a)
    assert elsewhere.reference in client.get(_for(resident_a)).content.decode()
    client.post(_for(resident_a), _form(resident_a))
    assert AccommodationRegistration.objects.count() == 2


@pytest.mark.django_db
def test_room_of_another_station_is_not_a_choice(client_for, officer_a, resident_a, station_b):
    response = client_for(officer_a).post(_for(resident_a), _form(resident_a, address=station_address(station_b).pk))
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_a_new_passport_typed_at_the_counter_is_added_to_the_resident(client_for, officer_a, resident_a):
    expiry = days_from_today(3000).isoformat()
    client_for(officer_a).post(
        _for(resident_a), _form(resident_a, document_number="m 9876 5432", issuing_state="KR", expiry_date=expiry)
    )
    registration = AccommodationRegistration.objects.get()
    assert registration.document.number == "M98765432" and resident_a.documents.count() == 2


@pytest.mark.django_db
def test_arrival_in_the_future_is_refused_with_the_service_message(client_for, officer_a, resident_a):
    future = (timezone.localtime() + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = client_for(officer_a).post(
        _for(resident_a), _form(resident_a, arrival_at=future, entry_date=timezone.localdate().isoformat())
    )
    assert response.status_code == 200 and "cannot be in the future" in response.content.decode()
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_departure_before_arrival_is_refused(client_for, officer_a, resident_a):
    response = client_for(officer_a).post(_for(resident_a), _form(resident_a, planned_departure="2000-01-01"))
    assert "cannot be before the arrival" in response.content.decode()
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["", "short", "x" * 65, "../../etc/passwd" + "a" * 30, "ключ" * 10])
def test_tampered_submission_key_changes_nothing(client_for, officer_a, resident_a, key):
    response = client_for(officer_a).post(_for(resident_a), _form(resident_a, submission_key=key))
    assert response.status_code == 200 and "out of date" in response.content.decode()
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_key_of_another_residents_registration_changes_nothing(client_for, officer_a, resident_a, station_a):
    key = new_key()
    other = make_registration(make_resident(station_a, 4), submission_key=key)
    response = client_for(officer_a).post(_for(resident_a), _form(resident_a, submission_key=key))
    assert response.status_code == 200 and "out of date" in response.content.decode()
    assert list(AccommodationRegistration.objects.all()) == [other]


@pytest.mark.django_db
def test_resident_without_a_document_is_registered_with_the_passport_typed(client_for, officer_a, station_a):
    resident = make_resident(station_a, 2)
    client = client_for(officer_a)
    assert 'name="document_number"' in client.get(_for(resident)).content.decode()
    passport = {"document_number": "X12345678", "issuing_state": resident.nationality.code,
                "expiry_date": days_from_today(900).isoformat()}  # fmt: skip
    client.post(_for(resident), _form(resident, **passport))
    assert AccommodationRegistration.objects.get().document.number == "X12345678"


KIM_LINES = passport_lines(surname="KIM", given="MINJUN", number="M87654321", state="KOR", birth="850314")


def _read(client, resident, lines: str, **answers):
    data = {**_form(resident, **answers), "action": "read", "reader-mrz_lines": lines}
    return client.post(_for(resident), data)


@pytest.mark.django_db
def test_the_lines_of_an_mrz_reader_fill_in_the_passport_and_keep_the_other_answers(client_for, officer_a, resident_a):
    response = _read(client_for(officer_a), resident_a, "\n".join(KIM_LINES), host_name="李明")
    page = response.content.decode()
    assert response.status_code == 200 and 'value="M87654321"' in page and 'value="李明"' in page
    assert f'value="{PASSPORT_EXPIRY.isoformat()}"' in page
    assert "uncertain-reading" not in page
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_an_uncertain_reading_is_marked_for_the_officer_to_compare(client_for, officer_a, resident_a, monkeypatch):
    parse = mrz.parse_lines

    def uncertain_parse(lines, **kwargs):
        result = parse(lines, **kwargs)
        result.uncertain = ["document_number"]
        return result

    monkeypatch.setattr(mrz, "parse_lines", uncertain_parse)
    page = _read(client_for(officer_a), resident_a, "\n".join(KIM_LINES)).content.decode()
    assert 'role="alert"' in page and "The reading may be wrong in these fields" in page
    assert re.search(r'<input[^>]*name="document_number"[^>]*class="uncertain"', page)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("P<KORKIM<<MINJUN", "An MRZ has two lines, or three on an identity card."),
        (
            "\n".join(passport_lines(surname="LEE", given="SEOYEON", number="M11111111", state="KOR", birth="900101")),
            "not in this resident",
        ),
        ("\n".join((KIM_LINES[0], KIM_LINES[1][:5] + "9" + KIM_LINES[1][6:])), "do not pass their check digits"),
    ],
)
def test_a_reading_that_does_not_fit_fills_in_nothing(client_for, officer_a, resident_a, lines, message):
    page = _read(client_for(officer_a), resident_a, lines).content.decode()
    assert message in page and 'value="M87654321"' not in page
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_a_huge_picture_at_the_counter_is_refused_before_it_is_read(client_for, officer_a, resident_a):
    scan = SimpleUploadedFile("passport.png", png_claiming(12000, 12000), content_type="image/png")
    data = {**_form(resident_a), "action": "read", "reader-passport_scan": scan}
    response = client_for(officer_a).post(_for(resident_a), data)
    assert response.status_code == 200 and "more than 40 million pixels" in response.content.decode()
    assert not AccommodationRegistration.objects.exists()
