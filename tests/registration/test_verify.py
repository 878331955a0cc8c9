"""`/verify/<token>`: anyone with the slip learns whether it is genuine, its status and masked data, nothing more."""

import secrets

import pytest

from lianyang.audit.models import AuditEvent
from tests.factories import station_address
from tests.registration.factories import make_registered, make_registration


@pytest.fixture
def slip(resident_a):
    return make_registered(resident_a)


def verify(client, token, **headers):
    return client.get(f"/verify/{token}", **headers)


@pytest.mark.django_db
def test_genuine_slip_shows_status_and_masked_data_without_login(client, slip):
    response = verify(client, slip.verify_token)
    assert response.status_code == 200
    page = response.content.decode()
    assert "This registration slip is genuine." in page
    assert "Registered" in page
    assert slip.reference in page
    assert "KIM M*****" in page
    assert "E12****89" in page
    assert slip.address.building.compound.name_en in page
    assert slip.police_receipt_date.isoformat() in page


@pytest.mark.django_db
def test_genuine_slip_reveals_no_full_data(client, slip):
    page = verify(client, slip.verify_token).content.decode()
    for hidden in (
        "MINJUN",
        "김민준",
        "金敏俊",
        "E12345689",
        "PCS2026-0042",
        "王建国",
        "1985-03-14",
        "101室",
        "Room 101",
    ):
        assert hidden not in page, hidden


@pytest.mark.django_db
def test_superseded_slip_is_genuine_but_says_it_was_replaced(client, slip, resident_a, station_a):
    make_registered(resident_a, receipt="PCS2026-0099", address=station_address(station_a, 1))
    page = verify(client, slip.verify_token).content.decode()
    assert "This registration slip is genuine." in page
    assert "Superseded by a newer registration" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "token",
    [secrets.token_urlsafe(), "abc", "x" * 500, "..%2F..%2Fetc%2Fpasswd", "%E4%BD%A0%E5%A5%BD", "' OR 1=1 --"],
    ids=["unknown", "short", "long", "path", "chinese", "sql"],
)
def test_unknown_or_malformed_token_is_not_a_genuine_slip(client, token):
    response = verify(client, token)
    assert response.status_code == 404
    assert "This is not a genuine registration slip." in response.content.decode()


@pytest.mark.django_db
def test_a_token_with_a_nul_character_is_a_bad_request(client):
    # Refused before the page reads it (lianyang/core/middleware.py), like a NUL anywhere in a path or query.
    response = verify(client, "%00")
    assert response.status_code == 400
    assert "The request could not be understood." in response.content.decode()


@pytest.mark.django_db
def test_registration_not_yet_registered_has_no_genuine_slip(client, resident_a):
    submitted = make_registration(resident_a)
    assert verify(client, submitted.verify_token).status_code == 404


@pytest.mark.django_db
def test_page_speaks_the_browsers_language(client, slip):
    response = verify(client, slip.verify_token, HTTP_ACCEPT_LANGUAGE="ko-KR,ko;q=0.9,en;q=0.5")
    page = response.content.decode()
    assert response["Content-Language"] == "ko"
    assert '<html lang="ko"' in page
    assert "여권상 이름" in page


@pytest.mark.django_db
def test_page_has_no_inline_style_or_script(client, slip):
    page = verify(client, slip.verify_token).content.decode()
    assert "style=" not in page and "<style" not in page
    assert "<script>" not in page


@pytest.mark.django_db
def test_every_check_is_audited_without_an_actor(client, slip):
    verify(client, slip.verify_token)
    verify(client, secrets.token_urlsafe())
    events = list(AuditEvent.objects.filter(action="view", actor=None).order_by("id"))
    genuine, forged = events[-2], events[-1]
    assert genuine.object_id == str(slip.pk) and genuine.fields == ["verify"]
    assert genuine.ip == "127.0.0.1"
    assert forged.object_id == "" and forged.fields == ["not_genuine", "verify"]
