"""A follow-up request created from a home visit in one step: recorded with the channel "home visit" for a member of
the visited household, routed like any request and linked to the visit; a second one, a stranger, an empty text
or another station's officer are refused and change nothing."""

import pytest
from django.urls import reverse

from lianyang.audit.models import AuditEvent
from lianyang.casework.models import ServiceRequest
from tests.factories import make_household, make_resident, make_visit


@pytest.fixture
def visit_a(station_a, officer_a):
    return make_visit(make_household(station_a, 0, members=2), officer_a, outcome="met")


def _follow_up(client, visit, **data):
    member = visit.household.members.order_by("pk").first()
    fields = {"resident": member.pk, "category": "housing", "text": "The landlord has not fixed the heating."}
    return client.post(reverse("casework:visit_follow_up", args=[visit.pk]), fields | data)


@pytest.mark.django_db
def test_officer_creates_a_follow_up_request_from_the_visit(client_for, officer_a, visit_a):
    response = _follow_up(client_for(officer_a), visit_a)
    assert response.status_code == 302
    visit_a.refresh_from_db()
    service_request = visit_a.follow_up_request
    assert service_request.channel == "visit" and service_request.category == "housing"
    assert service_request.resident.household_id == visit_a.household_id
    assert AuditEvent.objects.filter(
        object_type="casework.visit", object_id=str(visit_a.pk), fields=["follow_up_request"]
    ).exists()
    page = client_for(officer_a).get(reverse("casework:visit_detail", args=[visit_a.pk])).content.decode()
    assert reverse("casework:requests:detail", args=[service_request.pk]) in page


@pytest.mark.django_db
def test_second_follow_up_from_the_same_visit_is_refused(client_for, officer_a, visit_a):
    client = client_for(officer_a)
    _follow_up(client, visit_a)
    response = _follow_up(client, visit_a, text="And the lift too.")
    assert response.status_code == 400
    assert "This visit already has a follow-up request." in response.content.decode()
    assert ServiceRequest.objects.count() == 1


@pytest.mark.django_db
def test_follow_up_for_someone_outside_the_household_is_refused(client_for, station_a, officer_a, visit_a):
    stranger = make_resident(station_a, 5)
    response = _follow_up(client_for(officer_a), visit_a, resident=stranger.pk)
    assert response.status_code == 400
    assert not ServiceRequest.objects.exists()


@pytest.mark.django_db
def test_empty_follow_up_is_refused_and_the_visit_unchanged(client_for, officer_a, visit_a):
    response = _follow_up(client_for(officer_a), visit_a, text="")
    assert response.status_code == 400
    visit_a.refresh_from_db()
    assert visit_a.follow_up_request is None and not ServiceRequest.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_b", "liaison_a"])
def test_other_station_officer_and_liaison_cannot_create_a_follow_up(request, client_for, visit_a, role):
    response = _follow_up(client_for(request.getfixturevalue(role)), visit_a)
    assert response.status_code in (403, 404)
    assert not ServiceRequest.objects.exists()
