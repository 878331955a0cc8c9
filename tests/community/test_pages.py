"""The places pages: a station's caseworkers see its areas, compounds and buildings; nobody else does."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lianyang.community.models import Building, Compound, ResidentialArea


def _pages(station):
    area = ResidentialArea.objects.get(station=station)
    compound = Compound.objects.get(area=area)
    building = Building.objects.get(compound=compound)
    return [
        reverse("community:area_list"),
        reverse("community:area_detail", args=[area.pk]),
        reverse("community:compound_detail", args=[compound.pk]),
        reverse("community:building_detail", args=[building.pk]),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_a", "head_a"])
def test_caseworkers_open_the_places_of_their_station(request, client_for, station_a, resident_a, role):
    client = client_for(request.getfixturevalue(role))
    for url in _pages(station_a):
        response = client.get(url)
        assert response.status_code == 200, url
    assert "测试小区" in client.get(_pages(station_a)[2]).content.decode()


@pytest.mark.django_db
def test_officer_of_another_station_gets_404(client_for, officer_b, station_a):
    client = client_for(officer_b)
    for url in _pages(station_a)[1:]:
        assert client.get(url).status_code == 404, url
    area_a = ResidentialArea.objects.get(station=station_a)
    assert area_a.name not in client.get(_pages(station_a)[0]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin", "resident_user"])
def test_other_roles_are_refused(request, client_for, station_a, role):
    client = client_for(request.getfixturevalue(role))
    for url in _pages(station_a):
        assert client.get(url).status_code == 403, url


@pytest.mark.django_db
def test_building_page_query_count_is_independent_of_rooms(client_for, officer_a, station_a):
    from lianyang.community.models import Address

    client = client_for(officer_a)
    url = _pages(station_a)[3]
    building = Building.objects.get(compound__area__station=station_a)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    Address.objects.bulk_create(Address(building=building, unit="2", room=str(200 + i)) for i in range(45))
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    assert len(small) == len(large)
