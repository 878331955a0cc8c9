"""The intake of a stay: every rule refuses the same answers on the portal and at the counter, and a refusal
changes nothing (no registration, passport, permit, resident or action is written)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from lianyang.people.models import IdentityDocument, Permit, Resident
from lianyang.portal.stay.draft import Draft
from lianyang.registration import intake
from lianyang.registration.models import AccommodationRegistration, RegistrationAction
from lianyang.registration.services import registration_resubmit
from tests.factories import days_from_today, iso_from_today, make_passport, make_permit, station_address
from tests.portal.test_stay_flow import KIM_PASSPORT, answer_after_passport, arrival_fields, private_storage, url
from tests.registration.factories import HOST, make_registration
from tests.registration.test_walk_in import _for, _form

__all__ = ["private_storage"]

BAD_CHECK_DIGIT = "310115198001011234"
GOOD_HOST_ID = "310115198001011238"


def rows() -> tuple[int, ...]:
    return tuple(
        model.objects.count()
        for model in (AccommodationRegistration, IdentityDocument, Permit, Resident, RegistrationAction)
    )


def test_resident_id_check_digit_follows_gb_11643():
    assert intake.resident_id_is_valid("310115198001011238")
    assert intake.resident_id_is_valid("11010519491231002X")
    assert not intake.resident_id_is_valid(BAD_CHECK_DIGIT)
    assert not intake.resident_id_is_valid("31011519800101123")


def test_the_factory_host_passes_the_intake():
    assert HOST["host_id_number"] == "310115198001011238"
    host = intake.HostAnswers(
        name=HOST["host_name"],
        phone=HOST["host_phone"],
        relation=HOST["host_relation"],
        id_kind=HOST["host_id_kind"],
        proof_kind=HOST["proof_kind"],
        id_number=HOST["host_id_number"],
    )
    assert intake.host_problems(host) == {}


# (the step the answer belongs to, what the resident changed, what they read)
PORTAL_RULES = {
    "expired passport": ("person", {"expiry_date": iso_from_today(-1)}, "This passport has expired"),
    "passport issued in the future": (
        "person",
        {"issue_date": iso_from_today(5)},
        "The date of issue cannot be in the future",
    ),
    "expired residence permit": (
        "permit",
        {"valid_from": iso_from_today(-400), "valid_until": iso_from_today(-1)},
        "This residence permit has expired",
    ),
    "visa expired before the entry": (
        "permit",
        {"kind": "visa_Z", "valid_from": iso_from_today(-100), "valid_until": iso_from_today(-5)},
        "This visa had expired before the entry into China",
    ),
    "host ID failing its check digit": (
        "host",
        {"host_id_number": BAD_CHECK_DIGIT},
        "This is not a valid resident identity card number",
    ),
    "host ID missing": ("host", {"host_id_number": ""}, "Please give the number of your host"),
    "arrival in the future": ("address", {"arrival_date": iso_from_today(1)}, "The arrival cannot be in the future"),
    "entry after the arrival": (
        "address",
        {"arrival_date": iso_from_today(-2), "entry_date": iso_from_today(-1)},
        "cannot be after the arrival at this address",
    ),
    "departure before the arrival": (
        "address",
        {"planned_departure": iso_from_today(-30)},
        "The planned departure cannot be before the arrival",
    ),
    "another port without its name": (
        "address",
        {"entry_port": "other", "entry_port_other": " "},
        "Please name the port where you entered China",
    ),
    "another port named with markup": (
        "address",
        {"entry_port": "other", "entry_port_other": "<b>Erlian</b>"},
        "Please use letters, digits and ordinary punctuation only",
    ),
}


def _known_resident_answers_every_step(client, resident):
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    permit = {"action": "save", "kind": "rp_work", "number": "RP0012345", "entries": "multiple",
              "valid_from": iso_from_today(-365), "valid_until": iso_from_today(540)}  # fmt: skip
    address = station_address(resident.station, 1)
    answer_after_passport(client, address, details=KIM_PASSPORT, permit=permit, place=arrival_fields(address))


def _change_draft(client, step: str, changes: dict) -> None:
    """What the resident changed on a step after answering the others (as a second tab or a stale draft does)."""
    session = client.session
    draft = Draft(session)
    draft.keep(step, {**draft.answers(step), **changes})
    session.save()


@pytest.mark.django_db
@pytest.mark.parametrize("rule", PORTAL_RULES)
def test_portal_refuses_each_rule_and_changes_nothing(client, resident_user, resident_a, rule):
    step, changes, message = PORTAL_RULES[rule]
    client.force_login(resident_user)
    _known_resident_answers_every_step(client, resident_a)
    _change_draft(client, step, changes)
    before = rows()
    response = client.post(url("review"), {"confirm": "on"}, follow=True)
    assert response.status_code == 200 and message in response.content.decode()
    assert rows() == before
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_portal_refuses_a_second_open_registration_and_changes_nothing(client, resident_user, resident_a):
    make_registration(resident_a, actor=resident_user, address=station_address(resident_a.station, 1))
    client.force_login(resident_user)
    _known_resident_answers_every_step(client, resident_a)
    before = rows()
    page = client.post(url("review"), {"confirm": "on"}).content.decode()
    assert "already has an open registration for this address" in page
    assert rows() == before


def _walk_in_rules(resident):
    """(the counter's answers, what the officer reads) for each rule; papers made on the resident's record."""
    expired = make_passport(resident, number="E00000017", expiry_date=days_from_today(-1))
    old_permit = make_permit(
        resident, number="RP0000099", valid_from=days_from_today(-400), valid_until=days_from_today(-1)
    )
    old_visa = make_permit(
        resident, number="Z0000042", kind="visa_Z", valid_from=days_from_today(-100), valid_until=days_from_today(-5)
    )
    now = timezone.localtime()

    def at(days: int) -> str:
        return (now + datetime.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")

    return {
        "passport issued in the future": (
            {"issue_date": iso_from_today(5)},
            "The date of issue cannot be in the future",
        ),
        "expired passport": (
            {"document_number": expired.number, "expiry_date": expired.expiry_date.isoformat()},
            "This passport has expired",
        ),
        "expired residence permit": ({"permit": old_permit.pk}, "This residence permit has expired"),
        "visa expired before the entry": (
            {"permit": old_visa.pk, "entry_date": iso_from_today(-2)},
            "This visa had expired before the entry into China",
        ),
        "host ID failing its check digit": (
            {"host_id_number": BAD_CHECK_DIGIT},
            "This is not a valid resident identity card number",
        ),
        "host ID missing": ({"host_id_number": ""}, "Please give the number of your host"),
        "arrival in the future": ({"arrival_at": at(1), "entry_date": ""}, "The arrival cannot be in the future"),
        "entry after the arrival": (
            {"arrival_at": at(-2), "entry_date": iso_from_today(-1)},
            "cannot be after the arrival at this address",
        ),
        "departure before the arrival": (
            {"planned_departure": iso_from_today(-30)},
            "The planned departure cannot be before the arrival",
        ),
        "another port without its name": (
            {"entry_port": "other", "entry_port_other": " "},
            "Please name the port where you entered China",
        ),
        "another port named with markup": (
            {"entry_port": "other", "entry_port_other": "<b>Erlian</b>"},
            "Please use letters, digits and ordinary punctuation only",
        ),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("rule", PORTAL_RULES)
def test_counter_refuses_each_rule_and_changes_nothing(client_for, officer_a, resident_a, rule):
    changes, message = _walk_in_rules(resident_a)[rule]
    before = rows()
    response = client_for(officer_a).post(_for(resident_a), _form(resident_a, **changes))
    assert response.status_code == 200 and message in response.content.decode()
    assert rows() == before


@pytest.mark.django_db
def test_the_owner_of_the_home_needs_no_host_id_at_the_counter(client_for, officer_a, resident_a):
    client_for(officer_a).post(_for(resident_a), _form(resident_a, host_relation="owner", host_id_number=""))
    assert AccommodationRegistration.objects.get().host_id_number == ""


@pytest.mark.django_db
def test_a_visa_used_to_enter_before_it_expired_still_covers_the_stay(client_for, officer_a, resident_a):
    visa = make_permit(
        resident_a, number="Z0000043", kind="visa_Z", valid_from=days_from_today(-100), valid_until=days_from_today(-5)
    )
    client_for(officer_a).post(_for(resident_a), _form(resident_a, permit=visa.pk, entry_date=iso_from_today(-10)))
    assert AccommodationRegistration.objects.get().permit == visa


def _answers(resident, **stay):
    document = resident.documents.first()
    return {
        "passport": intake.PassportAnswers(
            number=document.number, issuing_state=document.issuing_state.code, expiry_date=document.expiry_date
        ),
        "permit": None,
        "stay": intake.StayAnswers(
            address=station_address(resident.station, 1),
            arrival_at=timezone.now() - datetime.timedelta(hours=2),
            **stay,
        ),
        "host": intake.HostAnswers(
            name="王建国",
            phone="+86 139 1234 5678",
            relation="landlord",
            id_kind="resident_id",
            proof_kind="lease",
            id_number="310115198001011238",
        ),  # fmt: skip
    }


@pytest.mark.django_db
def test_a_new_arrival_is_recorded_with_their_passport_in_one_step(station_a):
    new_arrival = intake.PersonAnswers(
        surname="SILVA", given_names="JOAO", sex="M", birth_date=datetime.date(1990, 5, 15), nationality="BR"
    )
    address = station_address(station_a, 2)
    registration = intake.stay_register(
        actor=None,
        channel="portal",
        submission_key="intake-new-arrival",
        person=new_arrival,
        passport=intake.PassportAnswers(number="FX1234567", issuing_state="BR", expiry_date=days_from_today(900)),
        permit=intake.PermitAnswers("visa_Z", "Z9876543", days_from_today(-60), days_from_today(120), "single"),
        stay=intake.StayAnswers(address=address, arrival_at=timezone.now() - datetime.timedelta(hours=1)),
        host=intake.HostAnswers("王建国", "+86 139 1234 5678", "landlord", "resident_id", "lease", GOOD_HOST_ID),
    )
    resident = registration.resident
    assert (resident.surname, resident.station, resident.address) == ("SILVA", station_a, address)
    assert registration.document.number == "FX1234567" and registration.permit.number == "Z9876543"


@pytest.mark.django_db
def test_a_refused_new_arrival_leaves_no_record_behind(station_a):
    new_arrival = intake.PersonAnswers(
        surname="SILVA", given_names="JOAO", sex="M", birth_date=datetime.date(1990, 5, 15), nationality="BR"
    )
    before = rows()
    with pytest.raises(ValidationError) as refused:
        intake.stay_register(
            actor=None,
            channel="portal",
            submission_key="intake-refused",
            person=new_arrival,
            passport=intake.PassportAnswers(number="FX1234567", issuing_state="BR", expiry_date=days_from_today(-3)),
            permit=None,
            stay=intake.StayAnswers(
                address=station_address(station_a), arrival_at=timezone.now() - datetime.timedelta(hours=1)
            ),
            host=intake.HostAnswers("王建国", "+86 139 1234 5678", "landlord", "resident_id", "lease", BAD_CHECK_DIGIT),
        )
    assert set(refused.value.message_dict) == {"expiry_date", "host_id_number"}
    assert rows() == before


@pytest.mark.django_db
def test_the_same_passport_number_is_found_again_not_added_twice(resident_a):
    registration = intake.stay_register(actor=None, channel="walk_in", submission_key="intake-again",
                                        resident=resident_a, **_answers(resident_a))  # fmt: skip
    assert registration.document == resident_a.documents.get()
    assert IdentityDocument.objects.count() == 1


@pytest.mark.django_db
def test_a_correction_cannot_set_the_status_or_the_receipt(resident_a):
    registration = make_registration(resident_a)
    with pytest.raises(TypeError):
        registration_resubmit(actor=None, registration=registration, status="registered")
    with pytest.raises(TypeError):
        registration_resubmit(actor=None, registration=registration, police_receipt_number="PCS-1")
    registration.refresh_from_db()
    assert (registration.status, registration.police_receipt_number) == ("submitted", "")


@pytest.mark.django_db
def test_counter_refusal_names_the_field(client_for, officer_a, resident_a):
    page = client_for(officer_a).post(_for(resident_a), _form(resident_a, host_id_number=BAD_CHECK_DIGIT))
    assert page.status_code == 200
    assert page.context["form"].errors["host_id_number"]


@pytest.mark.django_db
def test_another_port_is_kept_in_the_residents_words_and_a_listed_one_drops_them(client_for, officer_a, resident_a):
    client = client_for(officer_a)
    client.post(_for(resident_a), _form(resident_a, entry_port="other", entry_port_other="二连浩特口岸"))
    registration = AccommodationRegistration.objects.get()
    assert (registration.entry_port, registration.entry_port_in_chinese) == ("other", "二连浩特口岸")
    client.post(
        _for(resident_a),
        _form(resident_a, address=station_address(resident_a.station, 2).pk, entry_port="SHA", entry_port_other="x"),
    )
    assert AccommodationRegistration.objects.latest("id").entry_port_other == ""
