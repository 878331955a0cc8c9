"""A station with households in two buildings, and a campaign over them, made through the services."""

import datetime

from django.utils import timezone

from lianyang.civic.campaigns.services import campaign_create
from lianyang.community.models import Address, Building
from tests.factories import make_household, make_staff, make_station


def station_with_buildings(rooms: int = 4):
    """A station whose one compound has building 1 (rooms 101…) and building 2, a household in every room."""
    station = make_station(rooms=rooms)
    first = Building.objects.get(compound__area__station=station)
    second = Building.objects.create(compound=first.compound, number="2")
    Address.objects.bulk_create(Address(building=second, unit="1", room=f"{200 + i}") for i in range(1, rooms + 1))
    households = [
        make_household(station, index, first=index, preferred_language=("ja", "en", "ko", "fr")[index % 4])
        for index in range(2 * rooms)
    ]
    return station, households


def make_campaign(station, head=None, *, kind="waste", days=30, **targets):
    head = head or make_staff(station, "head")
    today = timezone.localdate()
    return campaign_create(
        actor=head,
        station=station,
        kind=kind,
        title="Waste sorting: the four bins" if kind == "waste" else "Census",
        starts_on=today,
        ends_on=today + datetime.timedelta(days=days),
        **targets,
    )
