"""The staff start page: the station's figures for caseworkers, no personal data for other roles."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lianyang.notify.models import Notification
from lianyang.registration.models import RegistrationNeeded
from tests.factories import days_from_today, make_permit, make_resident
from tests.registration.factories import make_registration


@pytest.mark.django_db
def test_start_page_shows_the_station_figures(client_for, officer_a, station_a, resident_a, resident_b):
    make_permit(
        resident_a,
        number="Z9",
        valid_from=timezone.localdate(),
        valid_until=timezone.localdate() + datetime.timedelta(days=10),
    )
    make_resident(station_a, 2, attention_reasons=["other"])
    make_resident(station_a, 3, status="moved_away", attention_reasons=["other"])  # no longer counted
    response = client_for(officer_a).get("/staff/")
    figures = response.context["figures"]
    assert figures["residents"] == 2
    assert figures["nationalities"] == 2
    assert figures["needs_attention"] == 1
    assert figures["expiring_30"] == 1
    assert sorted(row["count"] for row in response.context["nationalities"]) == [1, 1]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin"])
def test_roles_without_casework_see_no_figures(request, client_for, resident_a, role):
    response = client_for(request.getfixturevalue(role)).get("/staff/")
    assert response.status_code == 200
    assert "figures" not in response.context
    assert resident_a.surname not in response.content.decode()


@pytest.mark.django_db
def test_residents_cannot_open_the_back_office(client_for, resident_user):
    assert client_for(resident_user).get("/staff/").status_code == 403


HOME = "/staff/"


def _duty(resident, reason="arrival", hours_left=10):
    now = timezone.now()
    return RegistrationNeeded.objects.create(
        station=resident.station,
        resident=resident,
        reason=reason,
        since=now - datetime.timedelta(hours=24 - hours_left),
        deadline_at=now + datetime.timedelta(hours=hours_left),
        cause_key=f"{reason}:{resident.pk}:{hours_left}",
    )


def _expired(resident, days_ago=10):
    make_permit(
        resident,
        number=f"X{resident.pk:07d}",
        valid_from=days_from_today(-days_ago - 365),
        valid_until=days_from_today(-days_ago),
    )


def _reminded(resident, step, channel="portal"):
    return Notification.objects.create(
        resident=resident,
        channel=channel,
        language="en",
        template="residence_permit_expiry",
        idempotency_key=f"permit:1:expiry:{step}:{resident.pk}:{channel}",
        status=Notification.Status.SENT,
    )


@pytest.mark.django_db
def test_every_figure_links_to_the_list_it_counts(client_for, officer_a, station_a):
    page = client_for(officer_a).get(HOME).content.decode()
    for link in [
        "/staff/registrations/?due=at_risk",
        "/staff/registrations/?due=overdue",
        "/staff/registrations/?status=submitted",
        "/staff/registrations/?status=verified",
        "/staff/registrations/?status=filed",
        "/staff/residents/?expiring=30",
        "/staff/residents/?status=active&amp;expired=on",
        "/staff/residents/?status=active&amp;attention=on",
    ]:
        assert f'href="{link}"' in page


@pytest.mark.django_db
def test_queue_figures_count_what_the_queue_filters_show(client_for, officer_a, station_a):
    at_risk = make_registration(make_resident(station_a, 1), hours_ago=20)
    overdue = make_registration(make_resident(station_a, 2), hours_ago=30)
    calm = make_registration(make_resident(station_a, 3), hours_ago=1)
    client = client_for(officer_a)
    queue = client.get(HOME).context["queue"]
    assert queue["at_risk"] == 2 and queue["overdue"] == 1 and queue["to_check"] == 3
    page = client.get("/staff/registrations/", {"due": "at_risk"}).content.decode()
    assert at_risk.reference in page and overdue.reference in page and calm.reference not in page
    page = client.get("/staff/registrations/", {"due": "overdue"}).content.decode()
    assert overdue.reference in page and at_risk.reference not in page


@pytest.mark.django_db
def test_expired_permit_figure_counts_what_its_list_shows(client_for, officer_a, station_a):
    lapsed = make_resident(station_a, 1)
    _expired(lapsed)
    renewed = make_resident(station_a, 2)
    _expired(renewed)
    make_permit(renewed, number="NEW00001")
    client = client_for(officer_a)
    assert client.get(HOME).context["figures"]["expired"] == 1
    rows = client.get("/staff/residents/", {"status": "active", "expired": "on"}).context["residents"]
    assert [row["passport_name"] for row in rows] == ["KIM MINJUN"]


@pytest.mark.django_db
def test_duties_are_listed_with_their_actions(client_for, officer_a, station_a):
    resident = make_resident(station_a, 1)
    with time_machine.travel(timezone.now(), tick=False):
        _duty(resident, reason="passport")
        page = client_for(officer_a).get(HOME).content.decode()
    assert "KIM MINJUN" in page and "New passport" in page and "10 h 0 min left" in page
    assert f'href="/staff/registrations/new/?resident={resident.pk}"' in page
    assert f'href="/staff/residents/{resident.pk}/"' in page


@pytest.mark.django_db
def test_another_station_s_duties_and_expired_permits_are_not_shown(client_for, officer_b, station_a):
    resident = make_resident(station_a, 1)
    _duty(resident)
    _expired(make_resident(station_a, 2))
    response = client_for(officer_b).get(HOME)
    page = response.content.decode()
    assert "KIM MINJUN" not in page and "MUELLER" not in page
    assert response.context["duty_count"] == 0 and response.context["expired"] == []


@pytest.mark.django_db
def test_expired_permits_are_listed_with_the_reminders_sent_before(client_for, officer_a, station_a):
    reminded = make_resident(station_a, 1)
    _expired(reminded)
    for step in (60, 45, 30):
        _reminded(reminded, step, "portal")
        _reminded(reminded, step, "email")
    forgotten = make_resident(station_a, 2)
    _expired(forgotten, days_ago=3)
    page = client_for(officer_a).get(HOME).content.decode()
    assert "3 reminders, the last on" in page
    assert "None sent" in page
    assert page.index("MUELLER") < page.index("KIM MINJUN")  # the most recently expired first


@pytest.mark.django_db
def test_start_page_query_count_is_independent_of_the_lists_length(client_for, officer_a, station_a):
    client = client_for(officer_a)

    def add(start, stop):
        for i in range(start, stop):
            resident = make_resident(station_a, i)
            _duty(resident, hours_left=i % 30 - 5)
            _expired(resident, days_ago=i + 1)
            _reminded(resident, 30)
            make_registration(resident, hours_ago=i % 30)

    def count():
        client.get(HOME)
        with CaptureQueriesContext(connection) as context:
            assert client.get(HOME).status_code == 200
        return len(context.captured_queries), context

    add(0, 5)
    small, _ = count()
    add(5, 50)
    large, context = count()
    assert small == large, "\n".join(q["sql"] for q in context.captured_queries)
    assert large <= 20, "\n".join(q["sql"] for q in context.captured_queries)
