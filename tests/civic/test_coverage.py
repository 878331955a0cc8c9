"""Coverage counts what officers marked, whatever the marks: checked against a count by hand over random marks."""

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lianyang.civic.campaigns import selectors, services
from lianyang.civic.campaigns.coverage import COVERED
from lianyang.civic.campaigns.tallies import tallies_rebuild
from lianyang.civic.models import CampaignContact, ContactStatus
from tests.civic.campaign_factories import make_campaign, station_with_buildings
from tests.factories import make_staff

pytestmark = pytest.mark.django_db

MARKS = [status for status in ContactStatus.values if status != ContactStatus.PENDING]


@pytest.fixture
def campaign_world():
    station, households = station_with_buildings(rooms=4)
    head = make_staff(station, "head")
    officers = [make_staff(station, "officer"), make_staff(station, "officer")]
    return make_campaign(station, head), officers


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(marks=st.lists(st.tuples(st.integers(0, 7), st.sampled_from(MARKS), st.integers(0, 1)), max_size=30))
def test_coverage_equals_a_count_by_hand(campaign_world, marks):
    campaign, officers = campaign_world
    CampaignContact.objects.filter(campaign=campaign).update(status="pending", staff=None, tries=0, version=0)
    tallies_rebuild(campaign)
    contacts = list(campaign.contacts.order_by("pk"))
    for index, status, who in marks:
        contact = CampaignContact.objects.get(pk=contacts[index].pk)
        services.contact_mark(actor=officers[who], contact=contact, status=status, version=contact.version)
    final = {c.pk: c for c in CampaignContact.objects.filter(campaign=campaign)}
    figures = selectors.coverage(actor=officers[0], campaign=campaign, compound_id=contacts[0].compound_id)

    assert figures.total.total == len(final)
    assert figures.total.by_status == dict(Counter(c.status for c in final.values()))
    assert figures.total.covered == sum(c.status in COVERED for c in final.values())
    by_building = Counter((c.building_id, c.status in COVERED) for c in final.values())
    assert {row.key: row.covered for row in figures.buildings} == {
        building: by_building[(building, True)] for building, _covered in by_building
    }
    by_officer = Counter((c.staff_id, c.status) for c in final.values() if c.staff_id)
    assert {(row.key, s): n for row in figures.officers for s, n in row.by_status.items()} == dict(by_officer)
    compound = contacts[0].compound_id
    stuck = {c.pk for c in final.values() if c.tries >= 3 and c.status == "not_home" and c.compound_id == compound}
    assert {door.contact.pk for door in figures.never_reached} == stuck
    assert figures.never_reached_count == len(stuck)
    kept = _tallies(campaign)
    tallies_rebuild(campaign)
    assert kept == _tallies(campaign)  # the running counts are those a count from scratch makes


def _tallies(campaign) -> set:
    return set(campaign.tallies.exclude(households=0).values_list("dimension", "key", "status", "households"))


def test_coverage_reads_a_constant_number_of_queries(campaign_world, django_assert_max_num_queries):
    campaign, officers = campaign_world
    for contact in campaign.contacts.all()[:5]:
        services.contact_mark(actor=officers[0], contact=contact, status="reached", version=0)
    with django_assert_max_num_queries(6):
        figures = selectors.coverage(actor=officers[0], campaign=campaign)
    assert figures.total.covered == 5 and figures.total.percent == 62
