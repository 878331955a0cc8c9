"""The residents list and search run the same number of queries for 5 residents and for 50."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import make_passport, make_resident


def _queries(client, params):
    """The queries of a request after a first one has filled the cached filter lists, as on a working server."""
    client.get(reverse("people:resident_list"), params)
    with CaptureQueriesContext(connection) as context:
        response = client.get(reverse("people:resident_list"), params)
    assert response.status_code == 200
    return len(context.captured_queries), context


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "tanaka"},
        {"q": "김민준", "sort": "-arrival"},
        {"expiring": "60"},
        {"q": "P00000003"},
        {"q": "Yi Sang-cheol"},
    ],
)
def test_residents_list_query_count_is_independent_of_size(client_for, officer_a, station_a, params):
    client = client_for(officer_a)
    for i in range(5):
        make_passport(make_resident(station_a, i), number=f"P{i:08d}")
    small, _ = _queries(client, params)
    for i in range(5, 50):
        make_passport(make_resident(station_a, i), number=f"P{i:08d}")
    large, context = _queries(client, params)
    assert small == large, "\n".join(q["sql"] for q in context.captured_queries)
    assert large <= 12


@pytest.mark.django_db
def test_resident_detail_query_count_is_bounded(client_for, officer_a, station_a, resident_a):
    client = client_for(officer_a)
    with CaptureQueriesContext(connection) as context:
        client.get(reverse("people:resident_detail", args=[resident_a.pk]))
    assert len(context.captured_queries) <= 20, "\n".join(q["sql"] for q in context.captured_queries)
