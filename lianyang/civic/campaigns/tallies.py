"""The campaign's running counts (CampaignTally): households by status per compound and per officer.

A mark moves one household from its old status (and officer) to its new one: four rows change by one, in the
mark's transaction, so the counts are always those of the contacts (the coverage test checks them against a count
by hand). A campaign's counts are made from its contacts when it is made, and again by `tallies_rebuild` wherever
contacts are written in bulk (the demo's and the bench's past marks).
"""

from django.db import IntegrityError, transaction
from django.db.models import Count, F

from ..models import CampaignContact, CampaignTally

COMPOUND, OFFICER = CampaignTally.Dimension.COMPOUND, CampaignTally.Dimension.OFFICER


def _add(campaign_id: int, dimension: str, key: int, status: str, households: int) -> None:
    rows = CampaignTally.objects.filter(campaign_id=campaign_id, dimension=dimension, key=key, status=status)
    if rows.update(households=F("households") + households):
        return
    try:
        with transaction.atomic():  # a savepoint: another mark may make the same row at this moment
            CampaignTally.objects.create(
                campaign_id=campaign_id, dimension=dimension, key=key, status=status, households=households
            )
    except IntegrityError:
        rows.update(households=F("households") + households)


def tally_move(contact: CampaignContact, *, old: tuple[str, int | None], new: tuple[str, int | None]) -> None:
    """One household of `contact`'s compound moves from (status, officer) `old` to `new`."""
    (old_status, old_staff), (new_status, new_staff) = old, new
    _add(contact.campaign_id, COMPOUND, contact.compound_id, old_status, -1)
    _add(contact.campaign_id, COMPOUND, contact.compound_id, new_status, 1)
    _add(contact.campaign_id, OFFICER, old_staff or 0, old_status, -1)
    _add(contact.campaign_id, OFFICER, new_staff or 0, new_status, 1)


def tallies_rebuild(campaign) -> None:
    """The campaign's counts made again from its contacts (two GROUP BY queries and one INSERT)."""
    contacts = CampaignContact.objects.filter(campaign=campaign).order_by()
    rows = [
        CampaignTally(campaign=campaign, dimension=dimension, key=key or 0, status=status, households=n)
        for dimension, field in ((COMPOUND, "compound_id"), (OFFICER, "staff_id"))
        for key, status, n in contacts.values_list(field, "status").annotate(n=Count("pk"))
    ]
    with transaction.atomic():
        CampaignTally.objects.filter(campaign=campaign).delete()
        CampaignTally.objects.bulk_create(rows, batch_size=2_000)
