"""Never more seats than the capacity: 200 residents sign up for 30 seats at the same moment, from real threads,
each with its own connection to the real database (a file for SQLite, a server for PostgreSQL; the test's own
transaction is off). Exactly 30 are confirmed and 170 wait, and nobody gets an error; then a cancellation offers
the freed seat to exactly one person. Twenty rounds on each database.

Twenty threads share the 200 sign-ups, released together by a barrier: as many as a server's workers would run
at once, and within PostgreSQL's connection limit (the machine's server is shared by other test runs).
"""

import queue
import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from lianyang.activities.events.services import enrolment_cancel, enrolment_signup
from lianyang.activities.models import Enrolment
from lianyang.people.models import Consent, Resident
from tests.activities.activity_factories import make_activity
from tests.factories import make_station, station_address

SIGNUPS, SEATS, THREADS, ROUNDS = 200, 30, 20, 20
Status = Enrolment.Status


def _residents_with_accounts(station, count: int) -> list:
    """`count` residents of `station`, each with a portal account and consent for activities (in bulk: the
    subject here is the sign-up, not the making of residents)."""
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"crowd{i}@example.com", email=f"crowd{i}@example.com", password="!")
        for i in range(count)
    )
    address = station_address(station)
    residents = Resident.objects.bulk_create(
        Resident(
            station=station,
            user=user,
            surname=f"CROWD{i}",
            given_names="ANA",
            sex="F",
            birth_date="1990-01-01",
            nationality="BR",
            preferred_language="pt-br",
            address=address,
        )
        for i, user in enumerate(users)
    )
    Consent.objects.bulk_create(
        Consent(resident=resident, purpose=Consent.Purpose.ACTIVITIES, given_at=timezone.now())
        for resident in residents
    )
    return users


def _all_at_once(users, activity) -> list[Exception]:
    """Every user signs up for `activity`, from `THREADS` threads that start together; the errors they met."""
    waiting, errors = queue.SimpleQueue(), []
    for user in users:
        waiting.put(user)
    barrier = threading.Barrier(THREADS)

    def run():
        try:
            barrier.wait()
            while True:
                try:
                    user = waiting.get_nowait()
                except queue.Empty:
                    return
                enrolment_signup(actor=user, activity=activity)
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("round_number", range(ROUNDS))
def test_two_hundred_signups_at_once_fill_thirty_seats_exactly(round_number, settings):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("threads need a database file or server")
    # The sign-up's messages are not this test's subject; they stay queued rather than go out in the threads.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    station = make_station()
    activity = make_activity(station, capacity=SEATS)
    users = _residents_with_accounts(station, SIGNUPS)

    errors = _all_at_once(users, activity)

    assert not errors, errors[:3]
    counts = {status: activity.enrolments.filter(status=status).count() for status in Status.values}
    assert counts[Status.CONFIRMED] == SEATS
    assert counts[Status.WAITLISTED] == SIGNUPS - SEATS
    assert sum(counts.values()) == SIGNUPS
    queue_order = list(activity.enrolments.filter(status=Status.WAITLISTED).order_by("queued_at", "id"))
    first_waiting = queue_order[0]

    seat = activity.enrolments.filter(status=Status.CONFIRMED).select_related("resident__user").first()
    enrolment_cancel(actor=seat.resident.user, enrolment=seat)

    offered = list(activity.enrolments.filter(status=Status.OFFERED))
    assert [enrolment.pk for enrolment in offered] == [first_waiting.pk]
    assert activity.enrolments.filter(status=Status.CONFIRMED).count() == SEATS - 1
    assert activity.enrolments.filter(status=Status.WAITLISTED).count() == SIGNUPS - SEATS - 1


@pytest.mark.django_db(transaction=True)
def test_ten_cancellations_at_once_offer_exactly_ten_seats_to_the_first_ten_waiting(settings):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("threads need a database file or server")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    station = make_station()
    activity = make_activity(station, capacity=SEATS)
    for user in _residents_with_accounts(station, SEATS + 20):
        enrolment_signup(actor=user, activity=activity)
    leaving = list(activity.enrolments.filter(status=Status.CONFIRMED).select_related("resident__user")[:10])
    first_waiting = list(
        activity.enrolments.filter(status=Status.WAITLISTED).order_by("queued_at", "id").values_list("pk", flat=True)
    )[:10]
    barrier, errors = threading.Barrier(len(leaving)), []

    def cancel(seat):
        try:
            barrier.wait()
            enrolment_cancel(actor=seat.resident.user, enrolment=seat)
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=cancel, args=(seat,)) for seat in leaving]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not errors, errors[:3]
    offered = sorted(activity.enrolments.filter(status=Status.OFFERED).values_list("pk", flat=True))
    assert offered == sorted(first_waiting)
    assert activity.enrolments.filter(status__in=(Status.CONFIRMED, Status.OFFERED)).count() == SEATS
