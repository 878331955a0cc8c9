"""The registration's life: submit, return, correct, verify, file, register; every status from its actions."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lianyang.audit.models import AuditEvent
from lianyang.notify.models import Notification
from lianyang.registration.models import AccommodationRegistration, RegistrationAction, Status
from lianyang.registration.services import (
    registration_police_return,
    registration_record_receipt,
    registration_resubmit,
    registration_step,
    registrations_file,
)
from lianyang.registration.workflow import derive_status
from tests.factories import make_passport, make_resident, station_address
from tests.registration.factories import make_registration, register_through_intake

Kind = RegistrationAction.Kind


@pytest.fixture
def kim(resident_a):
    return resident_a


@pytest.mark.django_db
def test_submission_sets_the_24_hour_deadline_and_a_reference(kim):
    registration = make_registration(kim, hours_ago=3)
    assert registration.status == Status.SUBMITTED
    assert registration.deadline_at - registration.arrival_at == datetime.timedelta(hours=24)
    assert registration.reference.startswith("R")
    assert AuditEvent.objects.filter(action="transition", object_id=str(registration.pk)).exists()


@pytest.mark.django_db
def test_station_sets_a_longer_deadline(kim):
    kim.station.registration_deadline_hours = 72
    kim.station.save()
    registration = make_registration(kim)
    assert registration.deadline_at - registration.arrival_at == datetime.timedelta(hours=72)


@pytest.mark.django_db
def test_double_submission_gives_one_registration(kim):
    first = make_registration(kim, submission_key="same-form")
    second = make_registration(kim, submission_key="same-form")
    assert first.pk == second.pk
    assert AccommodationRegistration.objects.count() == 1


@pytest.mark.django_db
def test_second_open_registration_for_the_same_address_is_refused(kim):
    make_registration(kim)
    with pytest.raises(ValidationError, match="already has an open registration"):
        make_registration(kim)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"hours_ago": -24}, "cannot be in the future"),
    ],
)
def test_bad_submissions_are_refused(kim, overrides, message):
    with pytest.raises(ValidationError, match=message):
        register_through_intake(kim, **overrides)
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_expired_passport_is_refused(station_a):
    resident = make_resident(station_a, 3)
    make_passport(
        resident, number="OLD12345", issue_date=datetime.date(2010, 1, 1), expiry_date=datetime.date(2020, 1, 1)
    )
    with pytest.raises(ValidationError, match="passport has expired"):
        register_through_intake(resident)


@pytest.mark.django_db
def test_room_outside_the_station_is_refused(kim, station_b):
    with pytest.raises(ValidationError, match="not in the station's area"):
        make_registration(kim, address=station_address(station_b))


@pytest.mark.django_db(transaction=True)
def test_full_journey_to_registered_notifies_the_resident_each_time(kim, officer_a, liaison_a, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    registration = make_registration(kim)
    registration = registration_step(
        actor=officer_a, registration=registration, kind=Kind.RETURN, reason_code="proof_missing"
    )
    registration = registration_resubmit(actor=None, registration=registration, proof_kind="statement")
    registration = registration_step(actor=officer_a, registration=registration, kind=Kind.VERIFY)
    batch = registrations_file(actor=officer_a, station=kim.station, registrations=[registration], filing_key="k1")
    again = registrations_file(actor=officer_a, station=kim.station, registrations=[registration], filing_key="k1")
    assert again.pk == batch.pk
    registration.refresh_from_db()
    assert registration.status == Status.FILED and registration.batch == batch
    registration = registration_record_receipt(
        actor=liaison_a, registration=registration, number="HM2026-0001", received_on=timezone.localdate()
    )
    assert registration.status == Status.REGISTERED
    kinds = list(registration.actions.values_list("kind", flat=True))
    assert kinds == ["submit", "return", "resubmit", "verify", "file", "register"]
    assert derive_status(kinds) == Status.REGISTERED
    portal = Notification.objects.filter(resident=kim, channel="portal").order_by("id")
    assert [n.template for n in portal] == [
        "registration_submitted", "registration_returned", "registration_submitted", "registration_verified",
        "registration_filed", "registration_registered",
    ]  # fmt: skip
    returned = portal[1]
    assert "proof of residence" in returned.body.lower() or "증명" in returned.body


@pytest.mark.django_db
def test_police_return_sends_the_registration_back(kim, officer_a, liaison_a):
    registration = make_registration(kim)
    registration = registration_step(actor=officer_a, registration=registration, kind=Kind.VERIFY)
    registrations_file(actor=officer_a, station=kim.station, registrations=[registration], filing_key="k2")
    registration = registration_police_return(actor=liaison_a, registration=registration, reason="Room number missing")
    assert registration.status == Status.RETURNED


@pytest.mark.django_db
def test_return_without_a_reason_is_refused(kim, officer_a):
    registration = make_registration(kim)
    with pytest.raises(ValidationError, match="give a reason"):
        registration_step(actor=officer_a, registration=registration, kind=Kind.RETURN)
    registration.refresh_from_db()
    assert registration.status == Status.SUBMITTED


@pytest.mark.django_db
def test_a_new_registered_stay_supersedes_the_old_one(kim, officer_a, liaison_a, station_a):
    def registered(address):
        registration = make_registration(kim, address=address)
        registration = registration_step(actor=officer_a, registration=registration, kind=Kind.VERIFY)
        registrations_file(
            actor=officer_a, station=station_a, registrations=[registration], filing_key=f"f{address.pk}"
        )
        return registration_record_receipt(
            actor=liaison_a, registration=registration, number=f"N{address.pk}", received_on=timezone.localdate()
        )

    old = registered(station_address(station_a, 0))
    new = registered(station_address(station_a, 1))
    old.refresh_from_db()
    assert old.status == Status.SUPERSEDED and new.status == Status.REGISTERED


STEPS = st.lists(
    st.sampled_from(["return", "resubmit", "verify", "reject", "withdraw", "file", "police_return", "register"]),
    max_size=12,
)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_random_action_sequences_never_reach_an_invalid_state(kim, officer_a, liaison_a, steps):
    with transaction.atomic():
        registration = make_registration(kim)
        for number, step in enumerate(steps):
            try:
                if step == "resubmit":
                    registration = registration_resubmit(actor=None, registration=registration)
                elif step == "file":
                    registrations_file(
                        actor=officer_a, station=kim.station, registrations=[registration], filing_key=f"h{number}"
                    )
                elif step == "police_return":
                    registration = registration_police_return(actor=liaison_a, registration=registration, reason="x")
                elif step == "register":
                    registration = registration_record_receipt(
                        actor=liaison_a, registration=registration, number="N1", received_on=timezone.localdate()
                    )
                else:
                    registration = registration_step(
                        actor=officer_a, registration=registration, kind=step, reason_code="other"
                    )
            except ValidationError:
                pass
            registration.refresh_from_db()
            kinds = list(registration.actions.values_list("kind", flat=True))
            assert registration.status == derive_status(kinds)
            assert registration.status in Status.values
            assert (registration.status == Status.REGISTERED) == bool(registration.police_receipt_number) or (
                registration.status == Status.SUPERSEDED
            )
        transaction.set_rollback(True)
