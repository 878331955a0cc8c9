"""Pages shown to someone logged in are never stored by a browser or proxy (PIPL art. 51); public pages may be."""

import pytest
from django.urls import reverse

from tests.factories import make_passport


def _no_store(response) -> bool:
    return "no-store" in response.get("Cache-Control", "")


@pytest.mark.django_db
def test_staff_pages_and_a_revealed_number_are_never_stored(client_for, officer_a, resident_a):
    client = client_for(officer_a)
    for path in ("/staff/", reverse("people:resident_detail", args=[resident_a.pk]), "/staff/registrations/"):
        response = client.get(path)
        assert response.status_code == 200 and _no_store(response), path
    document = make_passport(resident_a, number="X13572468")
    revealed = client.post(reverse("people:document_reveal", args=[document.pk]), HTTP_HX_REQUEST="true")
    assert "X13572468" in revealed.content.decode() and _no_store(revealed)


@pytest.mark.django_db
def test_a_resident_s_own_pages_are_never_stored(client, resident_user, resident_a):
    client.force_login(resident_user)
    for path in ("/en/", "/en/my-data/", "/en/stay/"):
        response = client.get(path)
        assert response.status_code == 200 and _no_store(response), path


@pytest.mark.django_db
def test_public_pages_keep_their_own_caching(client):
    response = client.get("/en/")
    assert not _no_store(response)
