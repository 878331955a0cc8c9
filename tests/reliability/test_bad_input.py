"""Bad input never gives a 500: malformed forms, a tampered CSRF token, over-long fields, foreign ids."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import login_staff


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "-5"},
        {"page": "99999999999"},
        {"expiring": "x"},
        {"expiring": "-1"},
        {"area": "not-a-number"},
        {"compound": "999999"},
        {"sort": "'; DROP TABLE"},
        {"q": "x" * 5000},
        {"nationality": "<script>"},
    ],
)
def test_malformed_list_filters_never_give_500(client_for, officer_a, resident_a, params):
    response = client_for(officer_a).get(reverse("people:resident_list"), params)
    assert response.status_code == 200


@pytest.mark.django_db
def test_tampered_csrf_token_gets_a_translated_403_page(officer_a, resident_a):
    client = login_staff(Client(enforce_csrf_checks=True), officer_a)
    client.get(reverse("people:find_by_document"))
    response = client.post(reverse("people:find_by_document"), {"number": "E1", "csrfmiddlewaretoken": "tampered"})
    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()


@pytest.mark.django_db
def test_over_long_and_binary_fields_are_refused_cleanly(client_for, officer_a, resident_a):
    client = client_for(officer_a)
    response = client.post(reverse("people:find_by_document"), {"number": "9" * 10_000})
    assert response.status_code == 200 and "at most 30 characters" in response.content.decode()
    response = client.post(
        reverse("people:document_create", args=[resident_a.pk]), {"number": "\x00\x01", "kind": "??"}
    )
    assert response.status_code == 200


@pytest.mark.django_db
def test_unknown_ids_are_404_not_500(client_for, officer_a):
    client = client_for(officer_a)
    for url in ["/staff/residents/999999/", "/staff/households/999999/edit/", "/staff/places/areas/999999/",
                "/staff/casework/visits/999999/", "/staff/casework/visits/households/999999/"]:  # fmt: skip
        assert client.get(url).status_code == 404
    assert client.post("/staff/documents/999999/reveal/").status_code == 404


@pytest.mark.django_db
def test_staff_login_with_garbage_is_a_form_error(client, officer_a):
    response = client.post(reverse("accounts:staff_login"), {"username": "x" * 500, "password": "\x00"})
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "query"), [("/fr/stay/", {"q": "a\x00b"}), ("/fr/stay/R%00X/", {})])
def test_a_nul_character_is_a_translated_bad_request(client_for, officer_a, resident_user, path, query):
    # PostgreSQL refuses NUL in text: it never reaches a view (lianyang/core/middleware.py).
    response = client_for(resident_user).get(path, query)
    assert response.status_code == 400
    assert "pas pu être comprise" in response.content.decode()
