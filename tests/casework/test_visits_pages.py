"""The home visits' pages for every role: the station's officers and head in, a police liaison out, another
station's officer refused every household and visit of this one; the officer's day and the route sheet."""

import datetime
import subprocess

import pytest
from django.urls import reverse
from django.utils import timezone

from lianyang.audit.models import AuditEvent
from lianyang.casework.models import DEFAULT_INTERVALS, HouseholdKind, Visit
from tests.factories import make_household, make_staff, make_visit


@pytest.fixture
def household_a(station_a):
    """A household that arrived a week ago: its welcome visit falls due today, in this week whatever its day."""
    arrived = timezone.localdate() - datetime.timedelta(days=DEFAULT_INTERVALS[HouseholdKind.NEW_ARRIVAL])
    return make_household(station_a, 0, arrival_date=arrived)


@pytest.fixture
def visit_a(household_a, officer_a):
    return make_visit(household_a, officer_a, outcome="")


def _pages(visit):
    return [
        reverse("casework:visits_plan"),
        reverse("casework:visits_day"),
        reverse("casework:visits_route_sheet"),
        reverse("casework:visits_household", args=[visit.household_id]),
        reverse("casework:visit_detail", args=[visit.pk]),
    ]


HEAD_PAGES = ("casework:visits_coverage", "casework:visits_policies")


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_a", "head_a"])
def test_officer_and_head_open_every_visits_page(request, client_for, visit_a, role):
    client = client_for(request.getfixturevalue(role))
    for url in _pages(visit_a):
        assert client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_head_opens_coverage_and_policies(client_for, head_a, visit_a):
    client = client_for(head_a)
    for name in HEAD_PAGES:
        assert client.get(reverse(name)).status_code == 200, name


@pytest.mark.django_db
def test_officer_is_refused_coverage_and_policies(client_for, officer_a):
    client = client_for(officer_a)
    for name in HEAD_PAGES:
        assert client.get(reverse(name)).status_code == 403, name


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin", "resident_user"])
def test_roles_without_casework_are_refused(request, client_for, visit_a, role):
    client = client_for(request.getfixturevalue(role))
    for url in [*_pages(visit_a), *map(reverse, HEAD_PAGES)]:
        assert client.get(url).status_code == 403, url


@pytest.mark.django_db
def test_officer_of_another_station_gets_404_for_this_station_household_and_visit(client_for, officer_b, visit_a):
    client = client_for(officer_b)
    for url in _pages(visit_a)[3:]:
        assert client.get(url).status_code == 404, url


@pytest.mark.django_db
def test_another_station_plan_does_not_show_this_station_households(client_for, officer_b, household_a):
    page = client_for(officer_b).get(reverse("casework:visits_plan")).content.decode()
    assert household_a.address.room not in page and "No household comes due that week." in page


@pytest.mark.django_db
def test_officer_accepts_the_week_proposal_from_the_page(client_for, officer_a, household_a):
    week = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    client = client_for(officer_a)
    assert household_a.address.room in client.get(reverse("casework:visits_plan")).content.decode()
    response = client.post(reverse("casework:visits_plan"), {"week": week.isoformat()})
    assert response.status_code == 302
    visit = Visit.objects.get(household=household_a)
    assert visit.purpose == "new_arrival" and visit.staff == officer_a.staff_profile


@pytest.mark.django_db
def test_accepting_a_past_week_is_refused_with_a_message_and_nothing_planned(client_for, officer_a, household_a):
    response = client_for(officer_a).post(reverse("casework:visits_plan"), {"week": "2020-01-06"})
    assert response.status_code == 400
    assert "A visit cannot be planned for a day that has passed." in response.content.decode()
    assert not Visit.objects.exists()


@pytest.mark.django_db
def test_day_lists_my_visits_in_walking_order(client_for, station_a, officer_a):
    for index in (2, 0, 1):
        make_visit(make_household(station_a, index, first=index), officer_a, outcome="")
    page = client_for(officer_a).get(reverse("casework:visits_day")).content.decode()
    rooms = [page.index(f"Room {room}") for room in ("101", "102", "103")]
    assert rooms == sorted(rooms)


@pytest.mark.django_db
def test_recording_a_visit_is_audited_and_shown_in_the_household_history(client_for, officer_a, visit_a):
    client = client_for(officer_a)
    url = reverse("casework:visit_detail", args=[visit_a.pk])
    response = client.post(url, {"outcome": "not_home", "notes": "Left a card with the station's number."})
    assert response.status_code == 302
    visit_a.refresh_from_db()
    assert visit_a.outcome == "not_home" and visit_a.visited_at is not None
    assert AuditEvent.objects.filter(action="update", object_type="casework.visit", object_id=str(visit_a.pk)).exists()
    history = client.get(reverse("casework:visits_household", args=[visit_a.household_id])).content.decode()
    assert "Left a card with the station&#x27;s number." in history and "Not at home, note left" in history


@pytest.mark.django_db
def test_unknown_outcome_is_refused_with_a_message_and_nothing_changed(client_for, officer_a, visit_a):
    url = reverse("casework:visit_detail", args=[visit_a.pk])
    response = client_for(officer_a).post(url, {"outcome": "abducted", "notes": "x"})
    assert response.status_code == 400
    assert "Select a valid choice." in response.content.decode()
    visit_a.refresh_from_db()
    assert visit_a.outcome == "" and visit_a.notes == ""


@pytest.mark.django_db
def test_officer_of_another_station_cannot_record_this_station_visit(client_for, officer_b, visit_a):
    response = client_for(officer_b).post(reverse("casework:visit_detail", args=[visit_a.pk]), {"outcome": "met"})
    assert response.status_code == 404
    visit_a.refresh_from_db()
    assert visit_a.outcome == ""


@pytest.mark.django_db
def test_resident_record_links_to_the_household_visits(client_for, officer_a, household_a):
    resident = household_a.members.first()
    page = client_for(officer_a).get(reverse("people:resident_detail", args=[resident.pk])).content.decode()
    assert reverse("casework:visits_household", args=[household_a.pk]) in page


@pytest.mark.django_db
def test_head_sets_the_policies_and_bad_numbers_are_refused(client_for, head_a):
    client = client_for(head_a)
    url = reverse("casework:visits_policies")
    assert client.post(url, {"new_arrival": 5, "routine": 60, "attention": 21}).status_code == 302
    assert client.post(url, {"new_arrival": 0, "routine": 60, "attention": 900}).status_code == 400
    from lianyang.casework.visits.selectors import visit_intervals

    assert visit_intervals(station=head_a.staff_profile.station) == {"new_arrival": 5, "routine": 60, "attention": 21}


@pytest.mark.django_db
def test_route_sheet_is_in_chinese_and_the_officer_language_with_the_households(client_for, station_a):
    officer = make_staff(station_a, "officer", languages={"ja": "native"}, language="ja")
    first = make_household(station_a, 0, first=0, preferred_language="ja")
    second = make_household(
        station_a, 1, first=1, preferred_language="ko", attention_reasons=["elderly", "living_alone"]
    )
    for household in (first, second):
        make_visit(household, officer, outcome="")
    response = client_for(officer).get(reverse("casework:visits_route_sheet"))
    assert response["Content-Type"] == "application/pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=response.content, capture_output=True, check=True
    ).stdout.decode()
    assert "上门走访路线单" in text
    assert "家庭訪問の巡回表" in text
    for household in (first, second):
        member = household.members.first()
        assert member.surname in text
        assert household.address.building.compound.name in text
    assert "日语" in text and "韩语" in text
    assert "高龄、独居" in text and "高齢、一人暮らし" in text  # why the second household needs a closer eye
    assert AuditEvent.objects.filter(action="export", object_type="casework.visit", actor=officer).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("week", ["", "nonsense", "0001-01-01", "9999-12-31"])
def test_accepting_a_week_that_is_no_date_is_refused_and_nothing_planned(client_for, officer_a, household_a, week):
    response = client_for(officer_a).post(reverse("casework:visits_plan"), {"week": week})
    assert response.status_code == 400
    assert not Visit.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["casework:visits_plan", "casework:visits_day", "casework:visits_route_sheet"])
def test_a_day_out_of_the_calendar_shows_the_default_day(client_for, officer_a, name):
    key = "week" if name == "casework:visits_plan" else "date"
    for value in ("0001-01-01", "9999-12-31", "x" * 10_000):
        assert client_for(officer_a).get(reverse(name), {key: value}).status_code == 200
