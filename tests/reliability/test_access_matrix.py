"""Who may reach which object: every URL pattern that takes an object's id, for every role, on an object of the
role's own station and on the same kind of object of another station, by GET and by POST.

The answer each role should get is written once, in ACCESS (access_matrix.py), and walked here. "Allowed" is a
page (200) or a redirect anywhere but a login page; "refused" is 403, 404, 405 or a redirect to a login page, with
none of the object's personal data in the body and, whatever the method, no row of the database changed. A pattern
with an id that ACCESS does not classify fails `test_every_pattern_with_an_id_is_in_the_matrix`, so no new page
slips through.

DESIGN.md (Security), PIPL art. 6 and 51: an officer or head sees their own station's residents only, a police
liaison only filed registrations, a district administrator no personal data, a resident only their own.
"""

from dataclasses import dataclass

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.urls import reverse

from lianyang.registration.forms import new_key
from tests.factories import iso_from_today, station_address
from tests.reliability.access_matrix import ACCESS, HEAD, LIAISON, OFFICER, ROLES, Access, resident_form
from tests.reliability.access_world import two_stations
from tests.urlconf import CONVERTER, fill, url_patterns

ROUTES = {name: route for route, name in url_patterns() if CONVERTER.search(route)}
CELLS = [(name, role, where, method) for name in ACCESS for role in ROLES for where in ("same", "other")
         for method in ("GET", "POST")]  # fmt: skip
# A floor under the matrix's size, so a change that empties it fails: 72 patterns x 7 roles x 2 stations x 2 methods.
AT_LEAST = 2000


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Station A and station B, built once for the module and rolled back afterwards (access_world.py)."""
    with django_db_blocker.unblock(), two_stations(tmp_path_factory.mktemp("private")) as built:
        yield built


def test_every_pattern_with_an_id_is_in_the_matrix():
    print(f"\naccess matrix: {len(ACCESS)} patterns x {len(ROLES)} roles x 2 stations x 2 methods = {len(CELLS)} cells")
    assert sorted(ROUTES) == sorted(ACCESS), "classify every pattern that takes an id in ACCESS"
    assert len(CELLS) >= AT_LEAST


# The project's tables, read raw (stored bytes, nothing decrypted) to prove a refused request changed no row.
TABLES = [model._meta for model in apps.get_models() if model.__module__.startswith("lianyang.")]


def _rows() -> list:
    with connection.cursor() as cursor:
        rows = []
        for meta in TABLES:
            cursor.execute(f"SELECT * FROM {meta.db_table} ORDER BY {meta.pk.column}")  # noqa: S608 (model names)
            rows.append(cursor.fetchall())
    return rows


LOGIN_PAGES = ("/staff/login/", "/en/login/")


def _allowed(response) -> bool:
    if response.status_code == 302:
        return not response.url.startswith(LOGIN_PAGES)
    return response.status_code == 200


def _refused(response) -> bool:
    if response.status_code == 302:
        return response.url.startswith(LOGIN_PAGES)
    return response.status_code in (403, 404, 405)


def _body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def _cell(client, method: str, path: str, access: Access, place, *, expected: bool, before: list) -> str:
    """One cell of the matrix, rolled back; what is wrong with its answer, or ""."""
    with transaction.atomic():
        response = client.get(path) if method == "GET" else client.post(path, access.data(place))
        if expected:
            # A URL that is its own key (`across`) is open to all, and so shows its object's data masked to all.
            shown = _shown(response, access.private(place)) if access.across else []
            wrong = "" if _allowed(response) and not shown else f"expected allowed, shows {shown}"
        else:
            shown, changed = _shown(response, access.private(place)), _rows() != before
            wrong = "" if _refused(response) and not shown and not changed else f"shows {shown}, changed {changed}"
        transaction.set_rollback(True)
    client.cookies.pop("messages", None)
    to = f" to {response.url}" if response.status_code == 302 else ""
    return wrong and f"{response.status_code}{to}: {wrong}"


def _shown(response, private) -> list[str]:
    body = _body(response)
    return [text for text in private if text and text in body]


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(ACCESS))
def test_each_role_reaches_only_what_the_matrix_allows(world, name):
    access, leaks, before = ACCESS[name], [], _rows()  # every cell is rolled back: each starts from `before`
    for where, place in world.places.items():
        values = access.values(place)
        path = fill(ROUTES[name], lambda _kind, key: str(values[key]))
        for role, client in world.clients.items():
            for method, allowed in (("GET", access.get), ("POST", access.post)):
                expected = role in allowed and (where == "same" or access.across)
                wrong = _cell(client, method, path, access, place, expected=expected, before=before)
                if wrong:
                    leaks.append(f"{role} {method} {where}'s {path}: {wrong}")
    assert not leaks, "\n".join(leaks)


@dataclass(frozen=True)
class Named:
    """Another station's object named where a form or a query takes an id, by `role` of station A: the request
    is answered (a form error, a 404), shows none of B's personal data and changes no row but the audit's.

    `request(same, other)` gives the path and the form; named with A's own object instead (`request(same, same)`),
    the same form goes through, unless `control` is False, so the refusal is the station's and not the form's."""

    role: str
    request: object
    control: bool = True


NAMED = {
    "file B's verified registration from A's queue": Named(
        OFFICER,
        lambda same, other: (
            reverse("registration:file"),
            {"registrations": [other.verified.pk], "filing_key": new_key()},
        ),
    ),
    "assign A's registration to B's officer": Named(
        OFFICER,
        lambda same, other: (reverse("registration:assign", args=[same.submitted.pk]), {"officer": other.officer.pk}),
    ),
    "enter a walk-in registration for B's resident": Named(
        OFFICER,
        lambda same, other: (f"{reverse('registration:create')}?resident={other.resident.pk}", {}),
        control=False,
    ),
    "add a resident at B's address": Named(
        OFFICER,
        lambda same, other: (
            reverse("people:resident_create"),
            {**resident_form(same), "surname": "NOVAK", "address": station_address(other.station, 1).pk},
        ),
    ),
    "move A's resident to B's address": Named(
        HEAD,
        lambda same, other: (
            reverse("people:resident_edit", args=[same.resident.pk]),
            {**resident_form(same), "address": station_address(other.station, 1).pk},
        ),
    ),
    "start A's resident's household at B's address": Named(
        OFFICER,
        lambda same, other: (
            reverse("people:household_create", args=[same.resident.pk]),
            {"address": station_address(other.station, 2).pk, "contact_person": same.resident.pk},
        ),
    ),
    "make B's resident the contact of A's new household": Named(
        OFFICER,
        lambda same, other: (
            reverse("people:household_create", args=[same.resident.pk]),
            {"address": station_address(same.station, 2).pk, "contact_person": other.resident.pk},
        ),
    ),
    "move A's household to B's address": Named(
        OFFICER,
        lambda same, other: (
            reverse("people:household_edit", args=[same.household.pk]),
            {"address": station_address(other.station, 2).pk, "contact_person": same.resident.pk},
        ),
    ),
    "add a permit to A's resident on B's passport": Named(
        OFFICER,
        lambda same, other: (
            reverse("people:permit_create", args=[same.resident.pk]),
            {**ACCESS["people:permit_create"].data(same), "document": other.document.pk},
        ),
    ),
    "return B's filed registration as A's liaison": Named(
        LIAISON,
        lambda same, other: (
            reverse("registration:police_return", args=[same.batch.pk, other.filed.pk]),
            {"reason": "The passport photo cannot be read."},
        ),
    ),
}
AUDIT_TABLES = {"audit_auditevent", "audit_chainhead"}


def _rows_but_audit() -> list:
    return [rows for meta, rows in zip(TABLES, _rows(), strict=True) if meta.db_table not in AUDIT_TABLES]


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(NAMED))
def test_another_station_s_object_named_in_a_form_changes_nothing(world, case):
    named, same, client = NAMED[case], world.places["same"], world.clients[NAMED[case].role]
    before = _rows_but_audit()
    if named.control:
        with transaction.atomic():
            client.post(*named.request(same, same))
            assert _rows_but_audit() != before, "the form naming A's own object should go through"
            transaction.set_rollback(True)
    with transaction.atomic():
        response = client.post(*named.request(same, world.places["other"]))
        shown = _shown(response, world.places["other"].secrets)
        assert response.status_code in (200, 302, 403, 404), response.status_code
        assert not shown
        assert _rows_but_audit() == before
        transaction.set_rollback(True)
    client.cookies.pop("messages", None)


@pytest.mark.django_db
def test_a_police_result_sheet_naming_b_s_registration_records_nothing(world):
    """A's liaison uploads the police's sheet with B's filed registration on it: the preview names no one of B,
    and confirming it records no receipt."""
    client, other = world.clients[LIAISON], world.places["other"]
    before = _rows_but_audit()
    with transaction.atomic():
        sheet = f"reference,receipt number,date\r\n{other.filed.reference},PCS-B-1,{iso_from_today(0)}"
        upload = SimpleUploadedFile("result.csv", sheet.encode(), content_type="text/csv")
        assert client.post(reverse("registration:result_sheet_upload"), {"sheet": upload}).status_code == 302
        preview = _body(client.get(reverse("registration:result_sheet_preview")))
        token = client.session["registration:result_sheet"]["token"]
        done = client.post(reverse("registration:result_sheet_confirm"), {"token": token})
        assert done.status_code == 200
        assert not [secret for secret in other.secrets[:2] if secret in preview + _body(done)]
        assert _rows_but_audit() == before
        transaction.set_rollback(True)
    client.cookies.pop("messages", None)
