"""The city-wide campaign the coverage page is measured on: one census campaign of the measured station whose
contacts are every household of the build (some 100,000 at city scale), marked as a campaign a month in would be.

A real campaign takes the households of its own station (civic/campaigns/services.py); this one is written past
that rule, in bulk, because the issue's target is a campaign "over the whole city's 100,000 households": the
coverage page counts one campaign's contacts, whichever station they live in, and its time depends on their number.
The marks are fixed by the household's id (deterministic): half completed, one in five reached, some refused,
one in ten not at home after one to three tries, the rest not visited yet.
"""

import time

from django.db import connection, transaction
from django.utils import timezone

from lianyang.accounts.models import CASEWORK_ROLES, StaffProfile
from lianyang.civic.campaigns.tallies import tallies_rebuild
from lianyang.civic.models import Campaign, CampaignContact
from lianyang.civic.models import ContactStatus as Status
from lianyang.people.models import Household

TITLE = "Bench: census of the whole city"
BATCH = 5_000
OUTCOMES = (Status.COMPLETED,) * 10 + (Status.REACHED,) * 4 + (Status.REFUSED,) + (Status.NOT_HOME,) * 2
OUTCOMES += (Status.PENDING,) * 3


def city_campaign(station) -> Campaign | None:
    return Campaign.objects.filter(title=TITLE, station=station).first()


def city_campaign_write(station) -> dict:
    """The campaign and a contact per household of the build; its time and counts."""
    started = time.monotonic()
    today = timezone.localdate()
    officers = list(
        StaffProfile.objects.filter(station=station, role__in=CASEWORK_ROLES).values_list("user_id", flat=True)
    )
    households = Household.objects.filter(address__isnull=False).order_by("pk")
    rows = households.values_list("pk", "address__building_id", "address__building__compound_id")
    with transaction.atomic():
        campaign = Campaign.objects.create(
            station=station, kind="census", title=TITLE, starts_on=today.replace(day=1), ends_on=today
        )
        batch = []
        for pk, building, compound in rows.iterator(chunk_size=BATCH):
            status = OUTCOMES[pk % len(OUTCOMES)]
            marked = status != Status.PENDING
            batch.append(
                CampaignContact(
                    campaign=campaign,
                    household_id=pk,
                    building_id=building,
                    compound_id=compound,
                    status=status,
                    tries=1 + pk % 3 if status == Status.NOT_HOME else 0,
                    staff_id=officers[pk % len(officers)] if marked else None,
                    marked_at=timezone.now() if marked else None,
                    version=1 if marked else 0,
                )
            )
            if len(batch) == BATCH:
                CampaignContact.objects.bulk_create(batch)
                batch = []
        CampaignContact.objects.bulk_create(batch)
        tallies_rebuild(campaign)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE civic_campaigncontact")
        cursor.execute("ANALYZE civic_campaigntally")
    return {
        "seconds": round(time.monotonic() - started, 1),
        "contacts": CampaignContact.objects.filter(campaign=campaign).count(),
    }
