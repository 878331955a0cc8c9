"""Issue 13's door-to-door journey in the browser, on a phone: a Japanese-speaking officer opens a building's
list from the campaign's page, marks doors (reached; not at home with a revisit date), and the campaign's
coverage shows the new figures; the door's form keeps what was typed across a reload, and a mark made without
signal waits on the phone and goes when the signal returns. Each page fits a 390 px phone and passes axe."""

import datetime

import pytest
from django.utils import timezone

from lianyang.civic.campaigns.services import script_save
from lianyang.civic.models import CampaignContact
from lianyang.community.models import Building
from tests.browser.conftest import assert_fits
from tests.browser.test_start_page import _login
from tests.civic.campaign_factories import make_campaign, station_with_buildings
from tests.factories import make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _campaign_and_officer(language: str):
    station, _households = station_with_buildings()
    head = make_staff(station, "head", "head.campaign")
    officer = make_staff(
        station, "officer", "officer.doors", languages={language: "native", "en": "fluent"}, language=language
    )
    campaign = make_campaign(station, head)
    script_save(actor=head, campaign=campaign, language="ja", text="こんにちは。ごみの分別についてご説明に参りました。")
    script_save(actor=head, campaign=campaign, language="en", text="Hello, we come about sorting the waste.")
    building = Building.objects.get(compound__area__station=station, number="1")
    return campaign, building, head, officer


def _door(page, contact):
    return page.locator(f"#door-{contact.pk}")


def _doors(campaign, building) -> list[CampaignContact]:
    return list(CampaignContact.objects.filter(campaign=campaign, building=building).order_by("pk"))


def test_an_officer_works_a_building_on_a_phone_and_the_coverage_moves(live_server, phone_page, page):
    campaign, building, head, officer = _campaign_and_officer("ja")
    phone = phone_page("en-GB")  # the login page in English; the officer's pages in their Japanese
    _login(phone, live_server, officer)
    phone.goto(f"{live_server.url}/staff/civic/campaigns/{campaign.pk}/")
    assert phone.locator(".coverage-total").get_attribute("data-covered") == "0"
    phone.locator(f'a[href$="/campaigns/{campaign.pk}/buildings/{building.pk}/"]').click()
    phone.locator("ol.doors > li").first.wait_for()
    assert "ごみの分別についてご説明に参りました。" in phone.locator(".door-script").first.inner_text()
    assert phone.locator("ol.doors > li").count() == 4
    assert_fits(phone, "campaign-doors")

    first, second = _doors(campaign, building)[:2]
    _door(phone, first).locator("button[value=reached]").click()
    phone.locator(f"#door-{first.pk}[data-status=reached]").wait_for()
    revisit = (timezone.localdate() + datetime.timedelta(days=2)).isoformat()
    _door(phone, second).locator("textarea[name=note]").fill("The neighbour says they are back on Sunday.")
    _door(phone, second).locator("input[name=revisit_on]").fill(revisit)
    _door(phone, second).locator("button[value=not_home]").click()
    phone.locator(f"#door-{second.pk}[data-status=not_home]").wait_for()
    assert _door(phone, second).locator("textarea[name=note]").input_value() == ""
    second.refresh_from_db()
    assert (second.status, second.revisit_on.isoformat(), second.tries) == ("not_home", revisit, 1)
    assert CampaignContact.objects.get(pk=first.pk).status == "reached"
    assert_fits(phone)

    phone.goto(f"{live_server.url}/staff/civic/campaigns/{campaign.pk}/")
    total = phone.locator(".coverage-total")
    assert (total.get_attribute("data-covered"), total.get_attribute("data-total")) == ("1", "8")
    assert phone.locator(".figure[data-status=not_home] strong").inner_text() == "1"
    assert_fits(phone, "campaign-coverage-phone")

    _login(page, live_server, head)
    page.goto(f"{live_server.url}/staff/civic/campaigns/{campaign.pk}/")
    assert "12% of households covered (1 of 8)." in page.locator("main").inner_text()
    officers = page.locator("h3:has-text('By officer') + .table-wrap tbody tr")
    assert officers.count() == 1 and "officer.doors" in officers.inner_text()
    assert_fits(page, "campaign-coverage")


def test_the_door_form_keeps_its_state_and_a_mark_without_signal_waits_on_the_phone(live_server, phone_page):
    campaign, building, _head, officer = _campaign_and_officer("en")
    phone = phone_page("en-GB")
    _login(phone, live_server, officer)
    phone.goto(f"{live_server.url}/staff/civic/campaigns/{campaign.pk}/buildings/{building.pk}/")
    first = _doors(campaign, building)[0]
    door = _door(phone, first)
    door.locator("textarea[name=note]").fill("Ask for Mrs Tanaka; the bell is broken.")
    phone.reload()
    assert door.locator("textarea[name=note]").input_value() == "Ask for Mrs Tanaka; the bell is broken."

    phone.context.set_offline(True)
    door.locator("button[value=reached]").click()
    door.get_by_text("Saved on this phone; it will be sent when the signal returns.").wait_for()
    assert phone.locator("[data-door-waiting]").is_visible()
    assert CampaignContact.objects.get(pk=first.pk).status == "pending"

    phone.context.set_offline(False)
    phone.locator(f"#door-{first.pk}[data-status=reached]").wait_for()
    door.get_by_text("The mark is saved.").wait_for()
    assert phone.locator("[data-door-waiting]").is_hidden()
    first.refresh_from_db()
    assert (first.status, first.note) == ("reached", "Ask for Mrs Tanaka; the bell is broken.")
    assert_fits(phone)
