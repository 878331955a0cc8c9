"""The campaigns' counts for the operator's figures (`lianyang stats`): campaigns by kind and whether they run
today, and each campaign's coverage (households, covered, the share, by status). Counts, never who."""

from django.db.models import Count, Q
from django.utils import timezone

from lianyang.core.figures import counts_by

from ..models import Campaign, CampaignContact, CampaignKind
from ..models import ContactStatus as Status
from .coverage import tally


def campaign_figures() -> dict:
    today = timezone.localdate()
    campaigns = Campaign.objects.order_by("pk")
    counts = campaigns.aggregate(
        count=Count("id"),
        running=Count("id", filter=Q(starts_on__lte=today, ends_on__gte=today)),
        finished=Count("id", filter=Q(ends_on__lt=today)),
    )
    rows = tally(CampaignContact.objects.order_by().values_list("campaign_id", "status").annotate(n=Count("pk")))
    coverage = []
    for campaign in campaigns.values("pk", "kind", "station_id", "starts_on", "ends_on"):
        row = rows.get(campaign["pk"])
        if row is None:
            continue
        coverage.append(
            {
                "campaign": campaign["pk"],
                "station": campaign["station_id"],
                "kind": campaign["kind"],
                "starts_on": campaign["starts_on"].isoformat(),
                "ends_on": campaign["ends_on"].isoformat(),
                "households": row.total,
                "covered": row.covered,
                "share": round(row.share, 3),
                "by_status": dict.fromkeys(Status.values, 0) | row.by_status,
            }
        )
    return {
        "campaigns": {**counts, "by_kind": counts_by(Campaign.objects, "kind", CampaignKind.values)},
        "campaign_coverage": coverage,
    }
