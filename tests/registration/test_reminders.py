"""Residence-permit reminders: apply within 30 days, renew at 60/45/30 days, report a change within 10 days.

Every pass here runs as the worker runs it: one step of a fresh schedule (a worker started anew), which enqueues
the periodic passes; the test settings run tasks in place.
"""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.utils.translation import trans_real

from lianyang.core.management.commands.worker import Schedule
from lianyang.notify.models import Notification
from lianyang.people.services import resident_update
from tests.factories import make_passport, make_permit, make_resident, station_address
from tests.registration.factories import make_registration

SHANGHAI = ZoneInfo("Asia/Shanghai")
EXPIRY = datetime.date(2026, 6, 30)


def run_worker_once():
    Schedule(settings.PERIODIC_TASKS, now=0).step(0)


def reminders(resident, template):
    """The reminders `resident` got from `template`, one per event and step (each goes out on two channels)."""
    return Notification.objects.filter(resident=resident, template=template, channel=Notification.Channel.PORTAL)


def on_day(day: datetime.date, hour: int = 9):
    return time_machine.travel(datetime.datetime.combine(day, datetime.time(hour), tzinfo=SHANGHAI), tick=False)


@pytest.fixture
def permit_holder(station_a):
    with on_day(datetime.date(2025, 7, 1)):
        holder = make_resident(station_a, 1, preferred_language="ko")
        make_passport(holder)
        make_permit(holder, valid_from=datetime.date(2025, 7, 1), valid_until=EXPIRY)
    return holder


@pytest.mark.django_db
def test_permit_expiring_gets_exactly_three_reminders_across_repeated_worker_runs(permit_holder):
    for days_before in (61, 60, 60, 59, 46, 45, 44, 44, 31, 30, 29, 10, 1, 0, -1):
        with on_day(EXPIRY - datetime.timedelta(days=days_before)):
            run_worker_once()
            run_worker_once()
    sent = reminders(permit_holder, "residence_permit_expiry")
    assert sorted(n.idempotency_key.split(":")[3] for n in sent) == ["30", "45", "60"]
    assert {n.payload["renew_by"] for n in sent} == {"2026-05-31"}


@pytest.mark.django_db
def test_a_worker_down_on_the_day_sends_only_the_latest_step(permit_holder):
    with on_day(EXPIRY - datetime.timedelta(days=40)):
        run_worker_once()
    assert [n.idempotency_key.split(":")[3] for n in reminders(permit_holder, "residence_permit_expiry")] == ["45"]


@pytest.mark.django_db
def test_a_renewed_permit_is_not_reminded_of(permit_holder):
    make_permit(
        permit_holder, number="RP0077777", valid_from=datetime.date(2026, 4, 1), valid_until=datetime.date(2028, 6, 30)
    )
    with on_day(EXPIRY - datetime.timedelta(days=60)):
        run_worker_once()
    assert not reminders(permit_holder, "residence_permit_expiry").exists()


@pytest.mark.django_db
def test_a_z_visa_holder_is_reminded_once_to_apply_for_a_residence_permit(station_a):
    with on_day(datetime.date(2026, 3, 2)):
        worker = make_resident(station_a, 2, arrival_date=datetime.date(2026, 3, 2))
        make_passport(worker)
        visa = make_permit(
            worker,
            kind="visa_Z",
            number="Z0001234",
            valid_from=datetime.date(2026, 2, 1),
            valid_until=datetime.date(2026, 5, 1),
        )
    for day in (2, 3, 15, 31):
        with on_day(datetime.date(2026, 3, day)):
            run_worker_once()
    [reminder] = reminders(worker, "residence_permit_apply")
    assert reminder.idempotency_key == f"permit:{visa.pk}:apply:portal"
    assert reminder.payload == {"entry": "2026-03-02", "deadline": "2026-04-01"}


@pytest.mark.django_db
def test_a_tourist_is_not_asked_for_a_residence_permit(station_a):
    with on_day(datetime.date(2026, 3, 2)):
        tourist = make_resident(station_a, 6, arrival_date=datetime.date(2026, 3, 2))
        make_permit(tourist, kind="visa_L", number="L0001234", valid_from=datetime.date(2026, 2, 1))
        run_worker_once()
    assert not Notification.objects.filter(resident=tourist).exclude(template__startswith="registration").exists()


@pytest.mark.django_db
def test_a_new_passport_reminds_of_the_ten_day_report(permit_holder):
    with on_day(datetime.date(2026, 3, 2)):
        make_passport(permit_holder, number="M70000001")
    for day in (2, 5, 11, 13):
        with on_day(datetime.date(2026, 3, day)):
            run_worker_once()
    [reminder] = reminders(permit_holder, "change_report_passport")
    assert reminder.payload == {"deadline": "2026-03-12"}


@pytest.mark.django_db
def test_a_registered_move_reminds_of_the_ten_day_report(permit_holder):
    with on_day(datetime.date(2025, 7, 2)):
        make_registration(permit_holder)
    with on_day(datetime.date(2026, 3, 2)):
        resident_update(actor=None, resident=permit_holder, address=station_address(permit_holder.station, 1))
        moved = make_registration(permit_holder, address=station_address(permit_holder.station, 1))
    for day in (2, 3, 9):
        with on_day(datetime.date(2026, 3, day)):
            run_worker_once()
    [reminder] = reminders(permit_holder, "change_report_address")
    assert reminder.payload == {"deadline": "2026-03-12", "reference": moved.reference}


@pytest.mark.django_db
def test_a_new_employer_reminds_of_the_ten_day_report(permit_holder):
    with on_day(datetime.date(2026, 3, 2)):
        resident_update(actor=None, resident=permit_holder, employer="Pudong Robotics Ltd.")
    for day in (2, 3, 12, 20):
        with on_day(datetime.date(2026, 3, day)):
            run_worker_once()
    [reminder] = reminders(permit_holder, "change_report_employer")
    assert reminder.payload == {"deadline": "2026-03-12"}


@pytest.fixture
def korean_catalogue(monkeypatch):
    """The Korean text of the expiry reminder as a translator gives it, whatever the catalogue's progress."""
    korean = trans_real.translation("ko")
    translations = {
        "Your residence permit expires on %(expiry)s": "거류허가가 %(expiry)s에 만료됩니다",
        (
            "Your residence permit expires on %(expiry)s. Apply to renew it at the Exit-Entry Administration bureau "
            "at least 30 days before it expires, by %(renew_by)s. Bring your passport and your accommodation "
            "registration slip."
        ): (
            "거류허가가 %(expiry)s에 만료됩니다. 만료 30일 전까지, 늦어도 %(renew_by)s까지 출입국관리국에 연장을 "
            "신청하세요. 여권과 임시 숙박 등록 확인서를 지참하세요."
        ),
    }
    original = korean.gettext
    monkeypatch.setattr(korean, "gettext", lambda message: translations.get(message) or original(message))


@pytest.mark.django_db
def test_reminders_are_written_in_the_residents_language(
    permit_holder, station_a, korean_catalogue, django_capture_on_commit_callbacks
):
    with on_day(datetime.date(2025, 7, 1)):
        english = make_resident(station_a, 5)
        make_permit(english, number="RP0055555", valid_from=datetime.date(2025, 7, 1), valid_until=EXPIRY)
    with on_day(EXPIRY - datetime.timedelta(days=60)), django_capture_on_commit_callbacks(execute=True):
        run_worker_once()
    [korean_reminder] = reminders(permit_holder, "residence_permit_expiry")
    [english_reminder] = reminders(english, "residence_permit_expiry")
    assert korean_reminder.status == Notification.Status.SENT
    assert korean_reminder.body.startswith("거류허가가 2026-06-30에 만료됩니다.")
    assert "2026-05-31까지 출입국관리국에" in korean_reminder.body
    assert english_reminder.body.startswith("Your residence permit expires on 2026-06-30.")
