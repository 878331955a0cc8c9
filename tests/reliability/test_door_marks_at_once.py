"""Two officers mark the same door at the same moment, from real threads with their own connections to the real
database (a file for SQLite, a server for PostgreSQL): one mark stands, the other officer is told who was first,
and the door's history holds one mark. Ten rounds on each database."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from lianyang.civic.campaigns.services import contact_mark
from lianyang.civic.models import CampaignContact, CampaignMark
from tests.civic.campaign_factories import make_campaign, station_with_buildings
from tests.factories import make_staff

ROUNDS = 10


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("round_number", range(ROUNDS))
def test_two_officers_at_one_door_one_mark_stands_the_other_is_told(round_number):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("threads need a database file or server")
    station, _households = station_with_buildings(rooms=1)
    officers = [make_staff(station, "officer"), make_staff(station, "officer")]
    contact = make_campaign(station).contacts.first()
    barrier, results = threading.Barrier(2), {}

    def mark(officer, status):
        try:
            barrier.wait()
            contact_mark(actor=officer, contact=contact, status=status, version=0)
            results[officer.pk] = "marked"
        except ValidationError as refusal:
            results[officer.pk] = refusal.code
        except Exception as error:  # noqa: BLE001 - reported by the test
            results[officer.pk] = repr(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=mark, args=(officer, status))
        for officer, status in zip(officers, ("reached", "not_home"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results.values()) == ["conflict", "marked"], results
    winner = next(pk for pk, result in results.items() if result == "marked")
    door = CampaignContact.objects.get(pk=contact.pk)
    assert (door.staff_id, door.version) == (winner, 1)
    assert CampaignMark.objects.filter(contact=door).count() == 1
