"""The demo's campaigns: a waste-sorting briefing finished with about nine households in ten reached, and a census
in progress whose marks hold no note; both in `lianyang stats --json`."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from lianyang.civic.models import Campaign, CampaignMark
from lianyang.community.models import Station

pytestmark = pytest.mark.django_db


def test_a_finished_waste_briefing_and_a_census_in_progress(demo):
    lianyang = Station.objects.order_by("pk").first()
    today = timezone.localdate()
    waste = Campaign.objects.get(station=lianyang, kind="waste")
    census = Campaign.objects.get(station=lianyang, kind="census")
    assert waste.ends_on < today and census.starts_on <= today <= census.ends_on
    assert waste.scripts.count() == 10 and census.scripts.count() == 10
    living = lianyang.households.exclude(address=None).filter(members__status="active").distinct()
    assert waste.contacts.count() == living.count()  # households whose members all left are not visited
    covered = waste.contacts.filter(status__in=["reached", "completed"]).count() / waste.contacts.count()
    assert 0.85 <= covered <= 0.95
    assert 0.25 <= census.contacts.exclude(status="pending").count() / census.contacts.count() <= 0.7
    assert not CampaignMark.objects.filter(contact__campaign=census).exclude(note="").exists()
    assert not CampaignMark.objects.filter(at__date__gt=today).exists()
    assert demo.campaigns == Campaign.objects.count() == 4


def test_stats_count_the_campaigns_and_their_coverage(demo):
    out = StringIO()
    call_command("stats", "--json", stdout=out)
    figures = json.loads(out.getvalue())
    assert figures["campaigns"]["count"] == 4 and figures["campaigns"]["by_kind"]["census"] == 2
    assert figures["campaigns"]["running"] == 2 and figures["campaigns"]["finished"] == 2
    rows = {(row["station"], row["kind"]): row for row in figures["campaign_coverage"]}
    lianyang = Station.objects.order_by("pk").first()
    waste = rows[(lianyang.pk, "waste")]
    assert waste["covered"] == waste["by_status"]["reached"] + waste["by_status"]["completed"]
    assert 0.85 <= waste["share"] <= 0.95
