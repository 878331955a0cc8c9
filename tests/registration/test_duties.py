"""Registration needed: a new arrival, a move, a new passport or permit, a visa holder's entry open one duty each."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from lianyang.notify.models import Notification
from lianyang.people.services import resident_update
from lianyang.registration.duties import duties_open, registration_duties_open
from lianyang.registration.models import RegistrationNeeded
from tests.factories import make_passport, make_permit, make_resident, station_address
from tests.registration.factories import make_registration

SHANGHAI = ZoneInfo("Asia/Shanghai")
MARCH_2 = datetime.datetime(2026, 3, 2, 9, 30, tzinfo=SHANGHAI)
Reason = RegistrationNeeded.Reason


@pytest.fixture
def clock():
    with time_machine.travel(MARCH_2, tick=False) as traveller:
        yield traveller


def later(clock, **delta):
    clock.shift(datetime.timedelta(**delta))


@pytest.fixture
def newcomer(clock, station_a):
    """Kim arrived this morning: passport and residence permit recorded, nothing registered yet."""
    kim = make_resident(station_a, 1, arrival_date=MARCH_2.date(), preferred_language="ko")
    make_passport(kim)
    make_permit(kim)
    return kim


@pytest.fixture
def registered(clock, newcomer):
    make_registration(newcomer, hours_ago=1)
    later(clock, days=1)
    return newcomer


def open_duties(resident):
    return list(RegistrationNeeded.objects.filter(resident=resident, closed_at__isnull=True))


@pytest.mark.django_db
def test_new_arrival_opens_one_duty_with_the_24_hour_deadline(newcomer):
    registration_duties_open()
    registration_duties_open()
    [duty] = RegistrationNeeded.objects.filter(resident=newcomer)
    assert duty.reason == Reason.ARRIVAL
    assert duty.since == datetime.datetime(2026, 3, 2, tzinfo=SHANGHAI)
    assert duty.deadline_at == datetime.datetime(2026, 3, 3, tzinfo=SHANGHAI)


@pytest.mark.django_db
def test_the_station_sets_the_deadline(newcomer):
    newcomer.station.registration_deadline_hours = 72
    newcomer.station.save()
    [duty] = registration_duties_open()
    assert duty.deadline_at - duty.since == datetime.timedelta(hours=72)


@pytest.mark.django_db
def test_the_resident_is_told_once_in_their_language(newcomer):
    registration_duties_open()
    registration_duties_open()
    notifications = Notification.objects.filter(resident=newcomer, template="registration_needed_arrival")
    assert sorted(n.channel for n in notifications) == ["email", "portal"]
    assert {n.language for n in notifications} == {"ko"}
    assert notifications[0].payload == {"deadline": "2026-03-03 00:00"}


@pytest.mark.django_db
def test_open_duties_appear_for_their_station_only(newcomer, station_b):
    registration_duties_open()
    assert [duty.resident for duty in duties_open(station_id=newcomer.station_id)] == [newcomer]
    assert not duties_open(station_id=station_b.pk).exists()


@pytest.mark.django_db
def test_submitting_a_registration_closes_the_duty_for_good(clock, newcomer):
    [duty] = registration_duties_open()
    registration = make_registration(newcomer, hours_ago=1)
    duty.refresh_from_db()
    assert duty.closed_at is not None and duty.registration == registration
    later(clock, hours=2)
    assert registration_duties_open() == []
    assert not duties_open(station_id=newcomer.station_id).exists()


@pytest.mark.django_db
def test_a_move_opens_a_duty_once_and_the_new_registration_closes_it(clock, registered):
    resident_update(actor=None, resident=registered, address=station_address(registered.station, 1))
    [duty] = registration_duties_open()
    assert duty.reason == Reason.MOVE
    assert duty.deadline_at == datetime.datetime(2026, 3, 4, 9, 30, tzinfo=SHANGHAI)
    later(clock, minutes=15)
    assert registration_duties_open() == []
    make_registration(registered, address=station_address(registered.station, 1), hours_ago=1)
    later(clock, minutes=15)
    assert registration_duties_open() == []
    assert open_duties(registered) == []


@pytest.mark.django_db
def test_a_new_passport_opens_a_duty_named_by_the_passport(registered):
    passport = make_passport(registered, number="M70000001", issue_date=datetime.date(2026, 2, 20))
    [duty] = registration_duties_open()
    assert duty.reason == Reason.NEW_PASSPORT
    assert duty.cause_key == f"passport:{passport.pk}"


@pytest.mark.django_db
def test_a_new_residence_permit_opens_a_duty(registered):
    permit = make_permit(registered, number="RP0099999", valid_from=datetime.date(2026, 3, 3))
    [duty] = registration_duties_open()
    assert duty.reason == Reason.NEW_PERMIT
    assert duty.cause_key == f"permit:{permit.pk}"


@pytest.mark.django_db
def test_a_visa_holder_registers_again_after_every_entry(clock, station_a):
    visitor = make_resident(station_a, 2, arrival_date=MARCH_2.date())
    make_passport(visitor)
    make_permit(visitor, kind="visa_M", number="V1234567", valid_from=datetime.date(2026, 2, 1))
    make_registration(visitor, hours_ago=1)
    later(clock, days=10)
    resident_update(actor=None, resident=visitor, arrival_date=datetime.date(2026, 3, 12))
    [duty] = registration_duties_open()
    assert duty.reason == Reason.ENTRY
    assert duty.deadline_at == datetime.datetime(2026, 3, 13, tzinfo=SHANGHAI)


@pytest.mark.django_db
def test_a_residence_permit_holder_does_not_register_after_a_trip(clock, registered):
    later(clock, days=10)
    resident_update(actor=None, resident=registered, arrival_date=datetime.date(2026, 3, 12))
    assert registration_duties_open() == []


@pytest.mark.django_db
def test_one_duty_at_a_time_answers_a_move_with_a_new_passport(clock, registered):
    resident_update(actor=None, resident=registered, address=station_address(registered.station, 1))
    make_passport(registered, number="M70000001")
    registration_duties_open()
    registration_duties_open()
    assert [duty.reason for duty in open_duties(registered)] == [Reason.MOVE]
    make_registration(registered, address=station_address(registered.station, 1), hours_ago=1)
    later(clock, minutes=15)
    assert registration_duties_open() == []


@pytest.mark.django_db
def test_events_from_before_the_look_back_open_nothing(clock, station_a):
    make_resident(station_a, 3, arrival_date=datetime.date(2025, 6, 1))
    assert registration_duties_open() == []


@pytest.mark.django_db
def test_residents_who_left_open_nothing(newcomer):
    resident_update(actor=None, resident=newcomer, status="departed")
    assert registration_duties_open() == []


@pytest.mark.django_db
def test_a_resident_who_leaves_china_owes_no_registration(clock, newcomer):
    registration_duties_open()
    later(clock, hours=3)
    resident_update(actor=None, resident=newcomer, status="departed")
    registration_duties_open()
    assert open_duties(newcomer) == []
    assert not duties_open(station_id=newcomer.station_id).exists()
