"""Campaigns through their services: made for the right households, marked door by door (the first of two
simultaneous marks wins), census marks without notes, messages once per household in its language."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from lianyang.audit.models import AuditEvent
from lianyang.civic.campaigns import selectors, services
from lianyang.civic.models import Campaign, CampaignContact, CampaignMark, ContactStatus
from lianyang.community.models import Building, Compound
from lianyang.notify.models import Notification
from tests.civic.campaign_factories import make_campaign, station_with_buildings
from tests.factories import make_staff, make_station

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    station, households = station_with_buildings()
    return station, households, make_staff(station, "head"), make_staff(station, "officer")


def test_a_campaign_takes_the_households_of_its_targets(world):
    station, households, head, _officer = world
    whole = make_campaign(station, head)
    assert whole.contacts.count() == len(households)
    second = Building.objects.get(compound__area__station=station, number="2")
    building = make_campaign(station, head, buildings=[second])
    assert {c.building_id for c in building.contacts.all()} == {second.pk}
    japanese = make_campaign(station, head, languages=["ja"])
    assert japanese.contacts.count() == 2
    assert AuditEvent.objects.filter(action="create", object_type="civic.campaign").count() == 3


@pytest.mark.parametrize(
    "change, message",
    [
        ({"ends_on": timezone.localdate() - datetime.timedelta(days=1)}, "cannot end before it starts"),
        ({"title": "x" * 5_000}, "160 characters or fewer"),
        ({"kind": "parade"}, "kind of campaign"),
        ({"languages": ["xx"]}, "language from the list"),
        ({"nationalities": ["ATL"]}, "No household"),
    ],
)
def test_bad_campaigns_are_refused_and_nothing_is_made(world, change, message):
    station, _households, head, _officer = world
    fields = {
        "kind": "waste",
        "title": "Waste sorting",
        "starts_on": timezone.localdate(),
        "ends_on": timezone.localdate() + datetime.timedelta(days=10),
        **change,
    }
    with pytest.raises(ValidationError, match=message):
        services.campaign_create(actor=head, station=station, **fields)
    assert not Campaign.objects.exists()


def test_a_target_of_another_station_is_refused(world):
    station, _households, head, officer = world
    elsewhere = Compound.objects.get(area__station=make_station())
    with pytest.raises(ValidationError, match="own station"):
        make_campaign(station, head, compounds=[elsewhere])
    with pytest.raises(ValidationError, match="head of the station"):
        make_campaign(station, officer)
    assert not Campaign.objects.exists()


def test_two_officers_mark_the_same_door_the_first_wins_the_second_is_told(world):
    station, _households, head, officer = world
    other = make_staff(station, "officer", "officer.two")
    campaign = make_campaign(station, head)
    contact = campaign.contacts.first()
    services.contact_mark(actor=officer, contact=contact, status="reached", version=contact.version)
    with pytest.raises(ValidationError, match="before you") as refused:
        services.contact_mark(actor=other, contact=contact, status="not_home", version=contact.version)
    assert refused.value.code == "conflict"
    contact.refresh_from_db()
    assert (contact.status, contact.staff, contact.version, contact.tries) == ("reached", officer, 1, 0)
    assert CampaignMark.objects.filter(contact=contact).count() == 1


def test_not_at_home_counts_a_try_and_takes_a_revisit_date(world):
    station, _households, head, officer = world
    contact = make_campaign(station, head).contacts.first()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    contact = services.contact_mark(
        actor=officer, contact=contact, status="not_home", version=0, note="Letter left", revisit_on=tomorrow
    )
    assert (contact.tries, contact.revisit_on, contact.note) == (1, tomorrow, "Letter left")
    with pytest.raises(ValidationError, match="past"):
        services.contact_mark(
            actor=officer, contact=contact, status="not_home", version=1, revisit_on=tomorrow - datetime.timedelta(2)
        )
    with pytest.raises(ValidationError, match="what happened"):
        services.contact_mark(actor=officer, contact=contact, status="pending", version=1)
    contact.refresh_from_db()
    assert contact.version == 1


def test_a_census_mark_keeps_no_note(world):
    station, _households, head, officer = world
    contact = make_campaign(station, head, kind="census").contacts.first()
    with pytest.raises(ValidationError, match="census campaign records only"):
        services.contact_mark(actor=officer, contact=contact, status="completed", version=0, note="Born 1980")
    services.contact_mark(actor=officer, contact=contact, status="completed", version=0)
    assert selectors.status_label(contact.campaign, "completed") == "Census form done"


def test_an_officer_of_another_station_cannot_mark(world):
    station, _households, head, _officer = world
    contact = make_campaign(station, head).contacts.first()
    stranger = make_staff(make_station(), "officer")
    with pytest.raises(ValidationError):
        services.contact_mark(actor=stranger, contact=contact, status="reached", version=0)
    assert CampaignContact.objects.get(pk=contact.pk).status == ContactStatus.PENDING


def test_the_message_goes_once_to_each_household_in_its_language(world, django_capture_on_commit_callbacks):
    station, households, head, officer = world
    campaign = make_campaign(station, head)
    with pytest.raises(ValidationError, match="at least one language"):
        services.messages_send(actor=officer, campaign=campaign)
    services.message_save(
        actor=officer, campaign=campaign, language="en", subject="New bins", body="The bins move on Monday."
    )
    services.message_save(
        actor=officer, campaign=campaign, language="ja", subject="新しいごみ箱", body="月曜日にごみ箱が移ります。"
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert services.messages_send(actor=officer, campaign=campaign) == len(households)
        assert services.messages_send(actor=officer, campaign=campaign) == 0
    emails = Notification.objects.filter(channel="email", template="civic.campaign_message")
    assert emails.count() == len(households)
    by_language = {n.language: n.payload["subject"] for n in emails}
    assert by_language["ja"] == "新しいごみ箱"
    assert by_language["ko"] == "New bins"  # no Korean message: English
    assert not campaign.contacts.filter(messaged_at=None).exists()
    inbox = Notification.objects.filter(channel="portal", language="ja").first()
    assert inbox.subject.startswith(station.name_en) and inbox.subject.endswith("新しいごみ箱")
    assert inbox.body.startswith("月曜日にごみ箱が移ります。")


def test_the_messages_become_a_notice_for_wechat(world):
    station, _households, head, officer = world
    campaign = make_campaign(station, head)
    services.message_save(actor=officer, campaign=campaign, language="zh-hans", subject="垃圾分类", body="周一开始。")
    services.message_save(actor=officer, campaign=campaign, language="en", subject="Sorting", body="From Monday.")
    notice = services.wechat_notice(actor=officer, campaign=campaign)
    assert notice.category == "civic" and notice.source_language == "zh-hans"
    assert set(notice.translations.values_list("language_code", flat=True)) == {"zh-hans", "en"}


def test_the_walking_list_goes_up_the_building_and_is_audited(world):
    station, _households, head, officer = world
    campaign = make_campaign(station, head)
    building = Building.objects.get(compound__area__station=station, number="2")
    doors = selectors.walking_list(actor=officer, campaign=campaign, building=building)
    assert [door.room for door in doors] == ["1-201", "1-202", "1-203", "1-204"]
    assert all(door.members for door in doors)
    assert AuditEvent.objects.filter(action="view", object_type="civic.campaign").exists()


def test_the_household_record_lists_its_campaigns_with_the_last_mark(world, client_for):
    station, households, head, officer = world
    campaign = make_campaign(station, head)
    contact = campaign.contacts.get(household=households[0])
    services.contact_mark(actor=officer, contact=contact, status="completed", version=0)
    page = client_for(officer).get(reverse("casework:visits_household", args=[households[0].pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert campaign.title in text and "Completed" in text and officer.staff_profile.display_name in text
