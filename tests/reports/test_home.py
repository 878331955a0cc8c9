"""The staff start page: the station's figures for caseworkers, no personal data for other roles."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import make_permit, make_resident


@pytest.mark.django_db
def test_start_page_shows_the_station_figures(client_for, officer_a, station_a, resident_a, resident_b):
    make_permit(
        resident_a,
        number="Z9",
        valid_from=timezone.localdate(),
        valid_until=timezone.localdate() + datetime.timedelta(days=10),
    )
    make_resident(station_a, 2)
    response = client_for(officer_a).get("/staff/")
    figures = response.context["figures"]
    assert figures["residents"] == 2
    assert figures["nationalities"] == 2
    assert figures["expiring_30"] == 1


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
