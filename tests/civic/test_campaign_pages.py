"""The campaigns' staff pages for the station's head and officers: every page opens, another station's staff get
404, the forms refuse bad input with the translated reason and change nothing, a door marked by a colleague first
answers 409 naming them, a census campaign has no note to write, and the building's sheet prints its doors."""

import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from lianyang.audit.models import AuditEvent
from lianyang.civic.campaigns import selectors, views
from lianyang.civic.campaigns.services import contact_mark, script_save
from lianyang.civic.models import Campaign, CampaignContact, CampaignMark, CampaignMessage, CampaignScript
from lianyang.community.models import Address, Building, Compound
from lianyang.notify.models import Notification
from lianyang.people.services import household_create
from lianyang.publishing.models import Notice
from tests.civic.campaign_factories import make_campaign, station_with_buildings
from tests.factories import make_household, make_resident, make_staff, make_station

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    station, households = station_with_buildings()
    head = make_staff(station, "head", "head.campaign")
    officer = make_staff(station, "officer", "officer.campaign", languages={"ja": "native", "en": "fluent"})
    campaign = make_campaign(station, head)
    return station, households, head, officer, campaign


def _day(days: int) -> str:
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def make_household_at(station, address, index: int):
    member = make_resident(station, index, address=address)
    return household_create(actor=None, station=station, address=address, members=[member])


def _first_building(station) -> Building:
    return Building.objects.get(compound__area__station=station, number="1")


def _door(campaign, building) -> CampaignContact:
    return CampaignContact.objects.filter(campaign=campaign, building=building).order_by("pk").first()


def _pages(campaign, station) -> list[str]:
    building = _first_building(station)
    return [
        reverse("civic:campaigns"),
        reverse("civic:campaign", args=[campaign.pk]),
        reverse("civic:campaign_send", args=[campaign.pk]),
        reverse("civic:campaign_compound", args=[campaign.pk, building.compound_id]),
        reverse("civic:campaign_building", args=[campaign.pk, building.pk]),
        reverse("civic:campaign_sheet", args=[campaign.pk, building.pk]),
    ]


@pytest.mark.parametrize("role", ["head", "officer"])
def test_the_station_s_head_and_officers_open_every_campaign_page(client_for, world, role):
    station, _households, head, officer, campaign = world
    client = client_for(head if role == "head" else officer)
    for url in _pages(campaign, station):
        assert client.get(url).status_code == 200, url


def test_only_the_head_starts_a_campaign(client_for, world):
    _station, _households, head, officer, _campaign = world
    assert client_for(head).get(reverse("civic:campaign_create")).status_code == 200
    assert client_for(officer).get(reverse("civic:campaign_create")).status_code == 403


def test_another_station_s_officer_gets_404_on_every_page_and_mark(client_for, world):
    station, _households, _head, _officer, campaign = world
    stranger = make_staff(make_station("Gubei"), "head")
    client = client_for(stranger)
    for url in _pages(campaign, station)[1:]:
        assert client.get(url).status_code == 404, url
    door = _door(campaign, _first_building(station))
    response = client.post(
        reverse("civic:contact_mark", args=[campaign.pk, door.pk]), {"status": "reached", "version": door.version}
    )
    assert response.status_code == 404
    assert not CampaignMark.objects.exists()


def test_ids_too_large_for_the_database_are_404_not_500(client_for, world):
    _station, _households, head, _officer, campaign = world
    client, huge = client_for(head), 10**30
    for name in ("civic:campaign_compound", "civic:campaign_building", "civic:campaign_sheet"):
        assert client.get(reverse(name, args=[campaign.pk, huge])).status_code == 404, name
    assert client.post(reverse("civic:contact_mark", args=[campaign.pk, huge])).status_code == 404
    assert client.get(reverse("civic:campaign", args=[huge])).status_code == 404


def test_the_head_starts_a_campaign_from_the_form(client_for, world):
    station, households, head, _officer, _campaign = world
    building = Building.objects.get(compound__area__station=station, number="2")
    response = client_for(head).post(
        reverse("civic:campaign_create"),
        {
            "kind": "census",
            "title": "Census 2030",
            "starts_on": _day(0),
            "ends_on": _day(30),
            "buildings": [building.pk],
        },
    )
    campaign = Campaign.objects.get(title="Census 2030")
    assert response.status_code == 302 and response.url == reverse("civic:campaign", args=[campaign.pk])
    assert campaign.contacts.count() == len(households) // 2
    page = client_for(head).get(response.url).content.decode()
    assert "The campaign has been created for 4 households." in page


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ends_on": _day(-1)}, "The campaign cannot end before it starts."),
        ({"title": "x" * 5_000}, "Ensure this value has at most 160 characters (it has 5000)."),
        ({"languages": ["xx"]}, "Select a valid choice. xx is not one of the available choices."),
        ({"starts_on": "2026-02-31"}, "Enter a valid date."),
        ({"nationalities": ["ATL"]}, "Select a valid choice. ATL is not one of the available choices."),
    ],
)
def test_a_bad_campaign_is_refused_with_its_reason_and_nothing_is_made(client_for, world, change, message):
    _station, _households, head, _officer, _campaign = world
    fields = {"kind": "waste", "title": "Waste sorting", "starts_on": _day(0), "ends_on": _day(10), **change}
    response = client_for(head).post(reverse("civic:campaign_create"), fields)
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    assert Campaign.objects.count() == 1


def test_a_target_outside_the_station_is_refused_and_nothing_is_made(client_for, world):
    _station, _households, head, _officer, _campaign = world
    other = make_station("Gubei")
    elsewhere = Building.objects.get(compound__area__station=other)
    fields = {"kind": "waste", "title": "Waste", "starts_on": _day(0), "ends_on": _day(10), "buildings": [elsewhere.pk]}
    response = client_for(head).post(reverse("civic:campaign_create"), fields)
    assert response.status_code == 400
    assert "Select a valid choice." in response.content.decode()
    assert Campaign.objects.count() == 1


def test_scripts_and_messages_are_saved_and_bad_ones_refused(client_for, world):
    _station, _households, _head, officer, campaign = world
    client = client_for(officer)
    script = reverse("civic:campaign_script", args=[campaign.pk])
    response = client.post(script, {"language": "ja", "text": "ごみの分別についてご説明に参りました。"})
    assert response.status_code == 302
    assert CampaignScript.objects.get(campaign=campaign, language="ja").text.startswith("ごみの分別")
    response = client.post(script, {"language": "xx", "text": "Hello"})
    assert response.status_code == 400 and "Select a valid choice." in response.content.decode()
    response = client.post(script, {"language": "en", "text": "x" * 20_000})
    assert response.status_code == 400
    assert CampaignScript.objects.filter(campaign=campaign).count() == 1
    assert client.post(script, {"language": "ja", "text": ""}).status_code == 302  # an empty script removes it
    assert not CampaignScript.objects.filter(campaign=campaign).exists()
    message = reverse("civic:campaign_message", args=[campaign.pk])
    response = client.post(message, {"language": "en", "subject": "The four bins", "body": "We come by next week."})
    assert response.status_code == 302
    response = client.post(message, {"language": "en", "subject": "", "body": "No subject"})
    assert response.status_code == 400 and "This field is required." in response.content.decode()
    assert CampaignMessage.objects.get(campaign=campaign).body == "We come by next week."
    client.post(script, {"language": "ja", "text": "ごみの分別についてご説明に参りました。"})
    page = client.get(reverse("civic:campaign", args=[campaign.pk])).content.decode()
    assert "ごみの分別についてご説明に参りました。" in page and "The four bins" in page


def test_the_message_is_sent_once_per_household_after_a_confirmation(client_for, world):
    _station, households, _head, officer, campaign = world
    client = client_for(officer)
    send = reverse("civic:campaign_send", args=[campaign.pk])
    response = client.post(send)
    assert response.status_code == 302
    assert not Notification.objects.exists()  # nothing written yet: refused with the reason
    client.post(
        reverse("civic:campaign_message", args=[campaign.pk]),
        {"language": "en", "subject": "The four bins", "body": "We come by next week."},
    )
    assert "Send to 8 households?" in client.get(send).content.decode()
    response = client.post(send, follow=True)
    assert "The message is on its way to 8 households." in response.content.decode()
    sent = Notification.objects.count()
    assert sent >= len(households)
    assert "Every household of the campaign has already been sent the message." in client.get(send).content.decode()
    client.post(send)
    assert Notification.objects.count() == sent


def test_the_messages_are_prepared_as_a_draft_notice_for_wechat(client_for, world):
    _station, _households, _head, officer, campaign = world
    client = client_for(officer)
    client.post(
        reverse("civic:campaign_message", args=[campaign.pk]),
        {"language": "zh-hans", "subject": "垃圾分类", "body": "下周上门介绍垃圾分类。"},
    )
    response = client.post(reverse("civic:campaign_wechat", args=[campaign.pk]))
    notice = Notice.objects.get()
    assert response.status_code == 302 and response.url == reverse("publishing:notice", args=[notice.pk])


def _mark_url(campaign, door) -> str:
    return reverse("civic:contact_mark", args=[campaign.pk, door.pk])


def test_an_officer_marks_a_door_from_the_plain_form(client_for, world):
    station, _households, _head, officer, campaign = world
    door = _door(campaign, _first_building(station))
    response = client_for(officer).post(
        _mark_url(campaign, door),
        {
            "status": "not_home",
            "version": door.version,
            "note": "Neighbour says back on Sunday.",
            "revisit_on": _day(3),
        },
    )
    building_page = reverse("civic:campaign_building", args=[campaign.pk, door.building_id])
    assert response.status_code == 302 and response.url == f"{building_page}#door-{door.pk}"
    door.refresh_from_db()
    assert (door.status, door.tries, door.revisit_on.isoformat()) == ("not_home", 1, _day(3))


def test_the_page_s_script_gets_json(client_for, world):
    station, _households, _head, officer, campaign = world
    door = _door(campaign, _first_building(station))
    response = client_for(officer).post(
        _mark_url(campaign, door), {"status": "reached", "version": door.version}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 200
    assert response.json() == {"status": "reached", "label": "Reached", "version": door.version + 1}


def test_a_door_a_colleague_marked_first_answers_409_naming_them(client_for, world):
    station, _households, head, officer, campaign = world
    door = _door(campaign, _first_building(station))
    seen = door.version
    contact_mark(actor=head, contact=door, status="completed", version=seen)
    url = _mark_url(campaign, door)
    response = client_for(officer).post(url, {"status": "refused", "version": seen}, HTTP_ACCEPT="application/json")
    assert response.status_code == 409
    answer = response.json()
    assert "head.campaign marked this door at" in answer["errors"][0]
    assert (answer["status"], answer["version"]) == ("completed", seen + 1)
    response = client_for(officer).post(url, {"status": "refused", "version": seen, "note": "Said no."})
    assert response.status_code == 409
    page = response.content.decode()
    assert "head.campaign marked this door at" in page and "Said no." in page
    door.refresh_from_db()
    assert door.status == "completed" and CampaignMark.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": "reached", "revisit_on": _day(3)}, "A revisit date goes with “not at home” only."),
        ({"status": "not_home", "revisit_on": _day(-3)}, "The revisit date cannot be in the past."),
        ({"status": "pending"}, "Select a valid choice."),
        ({"status": "reached", "note": "x" * 5_000}, "Ensure this value has at most 500 characters"),
        ({"status": "reached", "version": "x"}, "Enter a whole number."),
    ],
)
def test_a_bad_mark_is_refused_with_its_reason_and_nothing_changes(client_for, world, fields, message):
    station, _households, _head, officer, campaign = world
    door = _door(campaign, _first_building(station))
    response = client_for(officer).post(_mark_url(campaign, door), {"version": door.version, **fields})
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    assert not CampaignMark.objects.exists()
    assert CampaignContact.objects.get(pk=door.pk).status == "pending"


def test_a_census_door_has_no_note_and_refuses_one(client_for, world):
    station, _households, head, officer, _campaign = world
    census = make_campaign(station, head, kind="census")
    building = _first_building(station)
    page = client_for(officer).get(reverse("civic:campaign_building", args=[census.pk, building.pk]))
    html = page.content.decode()
    assert 'name="note"' not in html and "Census form done" in html
    door = _door(census, building)
    response = client_for(officer).post(
        _mark_url(census, door), {"status": "completed", "version": door.version, "note": "Two adults, one child"}
    )
    assert response.status_code == 400
    assert "A census campaign records only whether the form is done" in response.content.decode()
    assert not CampaignMark.objects.filter(contact__campaign=census).exists()


def test_the_door_page_shows_each_door_in_walking_order_and_is_audited(client_for, world):
    station, _households, _head, officer, campaign = world
    script_save(actor=officer, campaign=campaign, language="en", text="Good morning, we come about the bins.")
    script_save(actor=officer, campaign=campaign, language="ja", text="おはようございます。ごみの分別の件です。")
    building = _first_building(station)
    before = AuditEvent.objects.filter(action="view").count()
    page = client_for(officer).get(reverse("civic:campaign_building", args=[campaign.pk, building.pk])).content
    html = page.decode()
    rooms = [html.index(f"Room 1-{room}") for room in (101, 102, 103, 104)]
    assert rooms == sorted(rooms)
    assert "Good morning, we come about the bins." in html
    assert "おはようございます。ごみの分別の件です。" in html  # the Japanese household's script beside it
    assert AuditEvent.objects.filter(action="view").count() > before


def test_the_building_sheet_prints_its_doors_and_script_and_is_audited(client_for, world):
    station, _households, _head, officer, campaign = world
    script_save(actor=officer, campaign=campaign, language="zh-hans", text="您好，我们来介绍垃圾分类。")
    script_save(actor=officer, campaign=campaign, language="en", text="Hello, we come about waste sorting.")
    building = _first_building(station)
    response = client_for(officer).get(reverse("civic:campaign_sheet", args=[campaign.pk, building.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    for expected in ("1-101", "1-104", "您好，我们来介绍垃圾分类。", "Hello, we come about waste sorting.", "日语"):
        assert expected in text, expected
    assert AuditEvent.objects.filter(action="export", object_type="civic.campaign").count() == 1


def test_the_coverage_shows_the_marks(client_for, world):
    station, _households, head, officer, campaign = world
    building = _first_building(station)
    doors = list(CampaignContact.objects.filter(campaign=campaign, building=building).order_by("pk"))
    contact_mark(actor=officer, contact=doors[0], status="completed", version=0)
    contact_mark(actor=officer, contact=doors[1], status="reached", version=0)
    contact_mark(actor=officer, contact=doors[2], status="refused", version=0)
    html = client_for(head).get(reverse("civic:campaign", args=[campaign.pk])).content.decode()
    assert "25% of households covered (2 of 8)." in html
    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in html
    compound = client_for(head).get(reverse("civic:campaign_compound", args=[campaign.pk, building.compound_id]))
    assert "25% of households covered (2 of 8)." in compound.content.decode()


@pytest.mark.parametrize("count", [5, 50])
def test_the_campaign_list_takes_the_same_queries_for_5_and_50_campaigns(client_for, world, count):
    station, _households, head, _officer, _campaign = world
    for _ in range(count - 1):
        make_campaign(station, head)
    client = client_for(head)
    client.get(reverse("civic:campaigns"))
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("civic:campaigns")).status_code == 200
    assert len(queries) <= 8, "\n".join(query["sql"] for query in queries)


def _queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_door_page_and_the_campaign_page_take_the_same_queries_for_5_and_50_doors(client_for):
    counts = []
    for doors in (5, 50):
        station = make_station(rooms=doors)
        for index in range(doors):
            make_household(station, index, first=index, preferred_language=("ja", "en", "ko")[index % 3])
        head = make_staff(station, "head")
        campaign = make_campaign(station, head)
        building = _first_building(station)
        officer = make_staff(station, "officer")
        for door in CampaignContact.objects.filter(campaign=campaign):  # a mark on every door, by two officers
            contact_mark(actor=head, contact=door, status="not_home", version=0)
            contact_mark(actor=officer, contact=door, status="reached", version=1)
        client = client_for(head)
        counts.append(
            (
                _queries(client, reverse("civic:campaign_building", args=[campaign.pk, building.pk])),
                _queries(client, reverse("civic:campaign", args=[campaign.pk])),
            )
        )
    assert counts[0] == counts[1], counts


def _campaign_over_gardens(count: int):
    """A campaign over the station's compound and `count` more ("Garden 0"…), a household in each."""
    station = make_station()
    area = Building.objects.get(compound__area__station=station).compound.area
    for index in range(count):
        compound = Compound.objects.create(area=area, name=f"花园{index}", name_en=f"Garden {index}")
        building = Building.objects.create(compound=compound, number=str(index + 1))
        address = Address.objects.create(building=building, unit="1", room="101")
        make_household_at(station, address, index)
    head = make_staff(station, "head")
    return head, make_campaign(station, head)


def test_a_campaign_over_many_compounds_lists_its_buildings_on_each_compound_s_page(client_for):
    head, campaign = _campaign_over_gardens(6)
    client = client_for(head)
    html = client.get(reverse("civic:campaign", args=[campaign.pk])).content.decode()
    assert "The campaign covers 6 compounds: open one in the table above to work its buildings." in html
    assert "Doors of building" not in html
    compound = Compound.objects.get(name="花园3")
    html = client.get(reverse("civic:campaign_compound", args=[campaign.pk, compound.pk])).content.decode()
    building = Building.objects.get(compound=compound)
    assert reverse("civic:campaign_building", args=[campaign.pk, building.pk]) in html
    assert reverse("civic:campaign_sheet", args=[campaign.pk, building.pk]) in html


def test_the_compounds_table_is_paged_and_a_page_past_the_end_shows_the_last(client_for, monkeypatch):
    monkeypatch.setattr(views, "COMPOUNDS_SHOWN", 3)
    head, campaign = _campaign_over_gardens(6)
    client = client_for(head)
    url = reverse("civic:campaign", args=[campaign.pk])

    def table(html: str) -> str:
        return html.split("By compound</h3>")[1].split("By officer")[0]

    first = client.get(url).content.decode()
    assert re.findall(r"Garden \d", table(first)) == ["Garden 0", "Garden 1", "Garden 2"]
    assert "?page=2" in table(first) and "Previous page" not in first
    last = client.get(url, {"page": 99}).content.decode()
    assert re.findall(r"Garden \d", table(last)) == ["Garden 3", "Garden 4", "Garden 5"]
    assert "Page 2" in table(last) and "?page=1" in table(last) and "Next page" not in last
    assert "The campaign covers 6 compounds" in last


def test_a_household_missed_three_times_is_listed_as_never_reached(client_for, world):
    station, _households, head, officer, campaign = world
    door = _door(campaign, _first_building(station))
    for version in range(3):
        contact_mark(actor=officer, contact=door, status="not_home", version=version)
    html = client_for(head).get(reverse("civic:campaign", args=[campaign.pk])).content.decode()
    building_page = reverse("civic:campaign_building", args=[campaign.pk, door.building_id])
    assert f'<a href="{building_page}#door-{door.pk}">' in html
    assert "building 1, room 1-10" in html and "3 tries" in html
    assert "No household has been missed three times." not in html


def test_the_first_never_reached_are_listed_with_how_many_more_and_each_compound_lists_its_own(
    client_for, world, monkeypatch
):
    monkeypatch.setattr(selectors, "NEVER_REACHED_SHOWN", 1)
    station, _households, head, officer, campaign = world
    doors = list(CampaignContact.objects.filter(campaign=campaign).order_by("compound_id", "building_id", "pk")[:2])
    for door in doors:
        for version in range(3):
            contact_mark(actor=officer, contact=door, status="not_home", version=version)
    client = client_for(head)
    html = client.get(reverse("civic:campaign", args=[campaign.pk])).content.decode()
    assert f"#door-{doors[0].pk}" in html and f"#door-{doors[1].pk}" not in html
    assert "1 more household was never reached: each compound's page lists its own." in html
    compound_page = reverse("civic:campaign_compound", args=[campaign.pk, doors[0].compound_id])
    html = client.get(compound_page).content.decode()
    assert f"#door-{doors[0].pk}" in html
    assert "1 more household was never reached: each building's door-to-door page shows its own." in html
