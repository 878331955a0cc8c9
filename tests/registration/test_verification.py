"""The verification page: the form beside the papers, the history, and the station's steps on it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lianyang.audit.models import AuditEvent
from lianyang.notify.models import Notification
from lianyang.registration.models import PoliceBatch, RegistrationAction, Status
from lianyang.registration.services import registration_step
from tests.registration.factories import PNG, make_registration, make_upload


@pytest.fixture
def registration(resident_a):
    return make_registration(resident_a)


@pytest.fixture
def private_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {**settings.STORAGES["default"], "OPTIONS": {"location": tmp_path}},
    }
    return tmp_path


@pytest.fixture
def upload(registration, private_storage, resident_user):
    return make_upload(registration, resident_user)


def _detail(registration):
    return reverse("registration:detail", args=[registration.pk])


def _step(registration, kind):
    return reverse("registration:step", args=[registration.pk, kind])


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_a", "head_a"])
def test_caseworkers_of_the_station_open_the_page(request, client_for, registration, role):
    page = client_for(request.getfixturevalue(role)).get(_detail(registration))
    assert page.status_code == 200
    assert registration.reference in page.content.decode()


@pytest.mark.django_db
def test_officer_of_another_station_gets_404(client_for, officer_b, registration, upload):
    client = client_for(officer_b)
    assert client.get(_detail(registration)).status_code == 404
    assert client.post(_step(registration, "verify")).status_code == 404
    assert client.post(reverse("registration:host_id_reveal", args=[registration.pk])).status_code == 404
    assert client.get(reverse("registration:upload_file", args=[upload.pk])).status_code == 404
    registration.refresh_from_db()
    assert registration.status == Status.SUBMITTED


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin", "resident_user"])
def test_roles_without_casework_are_refused(request, client_for, registration, upload, role):
    client = client_for(request.getfixturevalue(role))
    assert client.get(_detail(registration)).status_code == 403
    assert client.post(_step(registration, "verify")).status_code == 403
    assert client.get(reverse("registration:upload_file", args=[upload.pk])).status_code == 403


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login(client, registration):
    response = client.get(_detail(registration))
    assert response.status_code == 302 and "/staff/login/" in response["Location"]


@pytest.mark.django_db
def test_opening_the_page_is_audited(client_for, officer_a, registration):
    client_for(officer_a).get(_detail(registration))
    assert AuditEvent.objects.filter(
        actor=officer_a,
        action="view",
        object_type="registration.accommodationregistration",
        object_id=str(registration.pk),
    ).exists()


@pytest.mark.django_db
def test_page_shows_the_form_with_numbers_masked(client_for, officer_a, registration):
    page = client_for(officer_a).get(_detail(registration)).content.decode()
    assert "E12****89" in page and "E12345689" not in page
    assert "310115198001011238" not in page and "310*************38" in page
    assert "王建国" in page and registration.address.in_chinese in page


@pytest.mark.django_db
def test_host_id_is_revealed_on_request_and_audited(client_for, officer_a, registration):
    response = client_for(officer_a).post(
        reverse("registration:host_id_reveal", args=[registration.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.content.decode().count("310115198001011238") == 1
    assert AuditEvent.objects.filter(actor=officer_a, action="reveal", fields=["host_id_number"]).exists()


@pytest.mark.django_db
def test_reveal_is_refused_by_get(client_for, officer_a, registration):
    assert client_for(officer_a).get(reverse("registration:host_id_reveal", args=[registration.pk])).status_code == 405


@pytest.mark.django_db
def test_page_shows_the_uploaded_papers_through_the_checked_view(client_for, officer_a, registration, upload):
    page = client_for(officer_a).get(_detail(registration)).content.decode()
    url = reverse("registration:upload_file", args=[upload.pk])
    assert f'<img src="{url}"' in page
    assert "/media/" not in page and "registrations/20" not in page


@pytest.mark.django_db
def test_photo_is_shown_as_a_preview_and_audited(client_for, officer_a, upload):
    response = client_for(officer_a).get(reverse("registration:upload_file", args=[upload.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg" and response["Content-Disposition"].startswith("inline")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response.content.startswith(b"\xff\xd8\xff") and response.content != PNG
    assert AuditEvent.objects.filter(
        actor=officer_a, action="view", object_type="registration.registrationupload", object_id=str(upload.pk)
    ).exists()


@pytest.mark.django_db
def test_paper_of_an_unexpected_type_is_only_downloaded(client_for, officer_a, upload):
    upload.content_type = "text/html"
    upload.save()
    response = client_for(officer_a).get(reverse("registration:upload_file", args=[upload.pk]))
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.django_db
def test_pdf_paper_is_downloaded_with_its_type(client_for, officer_a, upload):
    upload.content_type = "application/pdf"
    upload.save()
    response = client_for(officer_a).get(reverse("registration:upload_file", args=[upload.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment") and ".pdf" in response["Content-Disposition"]


@pytest.mark.django_db
def test_missing_paper_file_is_a_404_not_a_500(client_for, officer_a, upload):
    upload.file.storage.delete(upload.file.name)
    assert client_for(officer_a).get(reverse("registration:upload_file", args=[upload.pk])).status_code == 404


@pytest.mark.django_db
def test_only_the_steps_allowed_now_are_offered(client_for, officer_a, registration):
    client = client_for(officer_a)
    page = client.get(_detail(registration)).content.decode()
    for kind in ("return", "verify", "reject", "withdraw"):
        assert _step(registration, kind) in page
    registration_step(actor=officer_a, registration=registration, kind="verify")
    page = client.get(_detail(registration)).content.decode()
    assert _step(registration, "verify") not in page and _step(registration, "reject") not in page
    assert _step(registration, "return") in page and _step(registration, "withdraw") in page


@pytest.mark.django_db
def test_return_for_correction_tells_the_resident_what_to_fix(
    client_for, officer_a, registration, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(officer_a).post(
            _step(registration, "return"),
            {"return-reason_code": "proof_missing", "return-note": "Lease page 2, please."},
        )
    assert response.status_code == 302 and response["Location"] == _detail(registration)
    registration.refresh_from_db()
    assert registration.status == Status.RETURNED
    action = registration.actions.get(kind="return")
    assert (
        action.actor == officer_a and action.reason_code == "proof_missing" and action.reason == "Lease page 2, please."
    )
    notification = Notification.objects.get(template="registration_returned", channel="email")
    assert notification.payload["reason_code"] == "proof_missing"
    assert "proof of residence is missing" in notification.body.lower() and "Lease page 2" in notification.body


@pytest.mark.django_db
def test_history_shows_each_step_with_actor_and_reason(client_for, officer_a, registration):
    client = client_for(officer_a)
    client.post(_step(registration, "return"), {"return-reason_code": "proof_missing", "return-note": "Lease page 2."})
    page = client.get(_detail(registration)).content.decode()
    assert "The proof of residence is missing." in page and "Lease page 2." in page
    assert "Staff officer_a" in page or "职员officer_a" in page


@pytest.mark.django_db
def test_verify_moves_the_registration_on(client_for, officer_a, registration):
    response = client_for(officer_a).post(_step(registration, "verify"), follow=True)
    assert "can be filed with the police" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.VERIFIED


@pytest.mark.django_db
def test_reject_needs_a_reason(client_for, officer_a, registration):
    response = client_for(officer_a).post(_step(registration, "reject"), {"reject-reason_code": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.SUBMITTED


@pytest.mark.django_db
def test_reason_other_needs_a_note(client_for, officer_a, registration):
    response = client_for(officer_a).post(_step(registration, "reject"), {"reject-reason_code": "other"})
    assert "write a note" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.SUBMITTED


@pytest.mark.django_db
def test_reject_with_a_reason(client_for, officer_a, registration):
    client_for(officer_a).post(_step(registration, "reject"), {"reject-reason_code": "hotel"})
    registration.refresh_from_db()
    assert registration.status == Status.REJECTED
    assert registration.actions.get(kind="reject").reason_code == "hotel"


@pytest.mark.django_db
def test_withdraw(client_for, officer_a, registration):
    client_for(officer_a).post(_step(registration, "withdraw"), {"withdraw-note": "The resident asked."})
    registration.refresh_from_db()
    assert registration.status == Status.WITHDRAWN


@pytest.mark.django_db
def test_a_step_no_longer_allowed_becomes_a_message(client_for, officer_a, registration):
    registration_step(actor=officer_a, registration=registration, kind="withdraw")
    response = client_for(officer_a).post(_step(registration, "verify"), follow=True)
    assert response.status_code == 200
    assert "This step is not possible" in response.content.decode()
    assert RegistrationAction.objects.filter(registration=registration).count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["file", "register", "submit", "police_return", "nonsense"])
def test_steps_that_are_not_the_station_s_do_not_exist_here(client_for, officer_a, registration, kind):
    assert client_for(officer_a).post(_step(registration, kind)).status_code == 404


@pytest.mark.django_db
def test_unknown_reason_code_is_a_form_error(client_for, officer_a, registration):
    response = client_for(officer_a).post(_step(registration, "return"), {"return-reason_code": "<script>"})
    assert response.status_code == 200
    registration.refresh_from_db()
    assert registration.status == Status.SUBMITTED


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/staff/registrations/abc/", "/staff/registrations/99999999999999999999999/"])
def test_malformed_ids_are_404(client_for, officer_a, path):
    assert client_for(officer_a).get(path).status_code == 404


@pytest.mark.django_db
def test_steps_are_refused_by_get(client_for, officer_a, registration):
    assert client_for(officer_a).get(_step(registration, "verify")).status_code == 405


@pytest.mark.django_db
def test_page_query_count_is_bounded(client_for, officer_a, registration, upload):
    client = client_for(officer_a)
    registration_step(actor=officer_a, registration=registration, kind="return", reason_code="proof_missing")
    with CaptureQueriesContext(connection) as context:
        assert client.get(_detail(registration)).status_code == 200
    assert len(context.captured_queries) <= 15, "\n".join(q["sql"] for q in context.captured_queries)


def _file_now(registration):
    return reverse("registration:file_now", args=[registration.pk])


@pytest.mark.django_db
def test_verified_registration_is_filed_with_the_police_from_its_own_page(client_for, officer_a, registration):
    client = client_for(officer_a)
    registration_step(actor=officer_a, registration=registration, kind="verify")
    page = client.get(_detail(registration)).content.decode()
    assert "File with the police now" in page
    key = page.split('name="filing_key" value="')[1].split('"')[0]
    response = client.post(_file_now(registration), {"filing_key": key})
    assert response.status_code == 302 and response["Location"] == _detail(registration)
    registration.refresh_from_db()
    assert registration.status == Status.FILED and registration.batch.registrations.count() == 1
    assert "filed with the police in batch" in client.get(_detail(registration)).content.decode()
    # The same form sent twice files nothing twice.
    client.post(_file_now(registration), {"filing_key": key})
    assert PoliceBatch.objects.count() == 1


@pytest.mark.django_db
def test_a_registration_not_yet_verified_cannot_be_filed_now(client_for, officer_a, registration):
    client = client_for(officer_a)
    assert "File with the police now" not in client.get(_detail(registration)).content.decode()
    response = client.post(_file_now(registration), {"filing_key": "k" * 43})
    assert response.status_code == 302
    assert "can no longer be filed" in client.get(response["Location"]).content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.SUBMITTED and PoliceBatch.objects.count() == 0


@pytest.mark.django_db
def test_filing_now_without_the_page_s_key_changes_nothing(client_for, officer_a, registration):
    registration_step(actor=officer_a, registration=registration, kind="verify")
    client = client_for(officer_a)
    response = client.post(_file_now(registration), {"filing_key": "bad"})
    assert "This form is out of date" in client.get(response["Location"]).content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.VERIFIED and PoliceBatch.objects.count() == 0


@pytest.mark.django_db
def test_filing_another_station_s_registration_now_is_a_404(client_for, officer_a, officer_b, registration):
    registration_step(actor=officer_a, registration=registration, kind="verify")
    response = client_for(officer_b).post(_file_now(registration), {"filing_key": "k" * 43})
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == Status.VERIFIED


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin", "resident_user"])
def test_roles_without_casework_cannot_file_now(request, client_for, officer_a, registration, role):
    registration_step(actor=officer_a, registration=registration, kind="verify")
    response = client_for(request.getfixturevalue(role)).post(_file_now(registration), {"filing_key": "k" * 43})
    assert response.status_code == 403
    registration.refresh_from_db()
    assert registration.status == Status.VERIFIED


@pytest.mark.django_db
def test_officer_assigns_the_registration_to_themselves_on_its_page(client_for, officer_a, head_a, registration):
    client = client_for(officer_a)
    page = client.get(_detail(registration)).content.decode()
    assert "Assign to me" in page and head_a.staff_profile.display_name in page
    response = client.post(
        reverse("registration:assign", args=[registration.pk]), {"officer": [head_a.pk, officer_a.pk]}
    )
    assert response["Location"] == _detail(registration)
    registration.refresh_from_db()
    assert registration.assigned_to == officer_a
