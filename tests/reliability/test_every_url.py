"""No URL answers 500 to anything a visitor can send: every pattern of the URLconf, as an anonymous visitor, a
resident, an officer and a police liaison, GET and POST, with generated path and query values (huge integers,
Unicode digits, NUL, markup, 10,000 characters)."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import login_staff
from tests.urlconf import fill, url_patterns

# Query names the pages read; each request sends a few of them.
QUERY_NAMES = ("q", "page", "compound", "building", "room", "status", "officer", "due", "nationality", "expiring",
               "expired", "sort", "area", "number", "code", "email", "action", "lang", "next", "week",
               "date")  # fmt: skip
NASTY = ("99999999999999999999999", "²", "١٢", "１２", "-1", "0", "\x00", "x" * 10_000, "%", "../../etc/passwd",
         "<script>alert(1)</script>", "' OR 1=1 --", "\u202e", "", " ", "1e309", "NaN", "[]", "{}")  # fmt: skip
VALUES = st.one_of(st.sampled_from(NASTY), st.text(max_size=40))
ROUTES = sorted({route for route, _name in url_patterns()})


def _path(route: str, draw) -> str:
    def value(kind, _name):
        if kind == "int":
            return str(draw(st.integers(min_value=0, max_value=10**30)))
        text = draw(
            st.text(min_size=1, max_size=300) if kind == "path" else VALUES.filter(lambda v: v and "/" not in v)
        )
        return quote(text, safe="" if kind != "path" else "/")

    return fill(route, value)


def _visitor(role, client, request):
    if role == "anonymous":
        return client
    if role == "resident":
        client.force_login(request.getfixturevalue("resident_user"))
        return client
    return login_staff(client, request.getfixturevalue({"officer": "officer_a", "liaison": "liaison_a"}[role]))


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "resident", "officer", "liaison"])
@settings(
    max_examples=250, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_no_url_answers_500(request, client, resident_a, role, data):
    visitor = _visitor(role, client, request)
    route = data.draw(st.sampled_from(ROUTES))
    path = _path(route, data.draw)
    query = data.draw(st.dictionaries(st.sampled_from(QUERY_NAMES), VALUES, max_size=3))
    for method in ("get", "post"):
        response = getattr(visitor, method)(path, query)
        assert response.status_code < 500, (method, path, query)
