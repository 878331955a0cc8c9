"""Every residents' page, for every role: who is let in, who is refused."""

import pytest
from django.urls import reverse

from lianyang.audit.models import AuditEvent


def _pages(resident):
    document = resident.documents.first()
    return [
        ("get", reverse("people:resident_list")),
        ("get", reverse("people:resident_create")),
        ("get", reverse("people:find_by_document")),
        ("get", reverse("people:resident_detail", args=[resident.pk])),
        ("get", reverse("people:resident_edit", args=[resident.pk])),
        ("get", reverse("people:document_create", args=[resident.pk])),
        ("get", reverse("people:permit_create", args=[resident.pk])),
        ("get", reverse("people:household_create", args=[resident.pk])),
        ("post", reverse("people:document_reveal", args=[document.pk])),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_a", "head_a"])
def test_caseworkers_of_the_station_open_every_page(request, client_for, resident_a, role):
    client = client_for(request.getfixturevalue(role))
    for method, url in _pages(resident_a):
        assert getattr(client, method)(url).status_code == 200, url


@pytest.mark.django_db
def test_officer_of_another_station_gets_404_for_this_station_resident(client_for, officer_b, resident_a):
    client = client_for(officer_b)
    for method, url in _pages(resident_a)[3:]:
        assert getattr(client, method)(url).status_code == 404, url


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin", "resident_user"])
def test_roles_without_casework_are_refused(request, client_for, resident_a, role):
    client = client_for(request.getfixturevalue(role))
    for method, url in _pages(resident_a):
        assert getattr(client, method)(url).status_code == 403, url


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login(client, resident_a):
    for method, url in _pages(resident_a):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/staff/login/" in response["Location"], url


@pytest.mark.django_db
def test_staff_without_second_factor_are_sent_to_enrolment(client, officer_a, resident_a):
    client.force_login(officer_a)
    response = client.get(reverse("people:resident_list"))
    assert response.status_code == 302 and response["Location"] == reverse("accounts:totp_setup")


@pytest.mark.django_db
def test_officer_sees_only_own_station_residents_in_list(client_for, officer_a, resident_a, resident_b):
    page = client_for(officer_a).get(reverse("people:resident_list")).content.decode()
    assert resident_a.passport_name in page
    assert resident_b.passport_name not in page


@pytest.mark.django_db
def test_opening_a_record_is_audited(client_for, officer_a, resident_a):
    client_for(officer_a).get(reverse("people:resident_detail", args=[resident_a.pk]))
    assert AuditEvent.objects.filter(
        actor=officer_a, action="view", object_type="people.resident", object_id=str(resident_a.pk)
    ).exists()


@pytest.mark.django_db
def test_record_shows_the_document_masked_until_revealed(client_for, officer_a, resident_a):
    client = client_for(officer_a)
    page = client.get(reverse("people:resident_detail", args=[resident_a.pk])).content.decode()
    assert "E12****89" in page and "E12345689" not in page
    document = resident_a.documents.get()
    revealed = client.post(reverse("people:document_reveal", args=[document.pk]), HTTP_HX_REQUEST="true")
    assert revealed.content.decode().count("E12345689") == 1
    assert AuditEvent.objects.filter(actor=officer_a, action="reveal", object_id=str(document.pk)).exists()


@pytest.mark.django_db
def test_reveal_is_refused_by_get(client_for, officer_a, resident_a):
    document = resident_a.documents.get()
    response = client_for(officer_a).get(reverse("people:document_reveal", args=[document.pk]))
    assert response.status_code == 405


@pytest.mark.django_db
def test_permit_days_to_expiry_are_shown(client_for, officer_a, resident_a):
    page = client_for(officer_a).get(reverse("people:resident_detail", args=[resident_a.pk])).content.decode()
    assert "days left" in page


@pytest.mark.django_db
def test_staff_page_speaks_the_staff_language_with_localised_country_and_language_names(
    client_for, officer_a, resident_a
):
    officer_a.language = "ja"
    officer_a.save()
    page = client_for(officer_a).get(reverse("people:resident_detail", args=[resident_a.pk])).content.decode()
    assert 'lang="ja"' in page
    assert "韓国" in page  # nationality KR, in Japanese
    assert "英語" in page  # preferred language English, in Japanese
