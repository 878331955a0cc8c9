"""Filing with the police from the queue, and the liaison's batches: who sees them, receipts, returns."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lianyang.audit.models import AuditEvent
from lianyang.registration.forms import new_key
from lianyang.registration.models import PoliceBatch, Status
from lianyang.registration.services import registration_police_return, registration_step
from tests.factories import make_passport, make_resident, make_staff
from tests.registration.factories import filed_batch, make_registration, verified_registration

FILE = reverse("registration:file")


@pytest.fixture
def batch(officer_a, resident_a):
    return filed_batch(officer_a, [verified_registration(resident_a, officer_a)])


@pytest.fixture
def liaison_b(station_b):
    return make_staff(station_b, "police_liaison", "liaison_b")


def _batch_pages(batch):
    return [reverse("registration:batch_list"), reverse("registration:batch_detail", args=[batch.pk])]


def _liaison_pages(batch):
    registration = batch.registrations.get()
    return [
        ("get", reverse("registration:batch_xlsx", args=[batch.pk])),
        ("get", reverse("registration:batch_csv", args=[batch.pk])),
        ("get", reverse("registration:police_return", args=[batch.pk, registration.pk])),
        ("get", reverse("registration:result_sheet_upload")),
        ("post", reverse("registration:receipt_record", args=[batch.pk, registration.pk])),
    ]


# Who may see what


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "officer_a", "head_a"])
def test_station_staff_see_the_station_batches(request, client_for, batch, role):
    client = client_for(request.getfixturevalue(role))
    for url in _batch_pages(batch):
        response = client.get(url)
        assert response.status_code == 200, url
        assert batch.reference in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["district_admin", "resident_user"])
def test_others_are_refused_the_batches(request, client_for, batch, role):
    client = client_for(request.getfixturevalue(role))
    for url in _batch_pages(batch):
        assert client.get(url).status_code == 403, url
    for method, url in _liaison_pages(batch):
        assert getattr(client, method)(url).status_code == 403, url


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login(client, batch):
    for url in _batch_pages(batch):
        response = client.get(url)
        assert response.status_code == 302 and "/staff/login/" in response["Location"], url


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_b", "officer_b"])
def test_another_station_never_sees_this_station_batch(request, client_for, batch, role):
    client = client_for(request.getfixturevalue(role))
    assert batch.reference not in client.get(reverse("registration:batch_list")).content.decode()
    assert client.get(reverse("registration:batch_detail", args=[batch.pk])).status_code == 404


@pytest.mark.django_db
def test_liaison_of_another_station_gets_404_for_every_police_page(client_for, liaison_b, batch):
    client = client_for(liaison_b)
    for method, url in _liaison_pages(batch)[:3] + _liaison_pages(batch)[4:]:
        assert getattr(client, method)(url).status_code == 404, url


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_a", "head_a"])
def test_police_work_is_the_liaison_s_alone(request, client_for, batch, role):
    client = client_for(request.getfixturevalue(role))
    for method, url in _liaison_pages(batch):
        assert getattr(client, method)(url).status_code == 403, url


@pytest.mark.django_db
def test_liaison_never_sees_residents_or_the_queue(client_for, liaison_a, batch, resident_a):
    client = client_for(liaison_a)
    assert client.get(reverse("people:resident_detail", args=[resident_a.pk])).status_code == 403
    assert client.get(reverse("registration:queue")).status_code == 403
    assert client.get(reverse("registration:detail", args=[batch.registrations.get().pk])).status_code == 403


@pytest.mark.django_db
def test_liaison_sees_only_filed_batches_not_unfiled_registrations(client_for, liaison_a, officer_a, station_a):
    verified = verified_registration(make_resident(station_a, 3), officer_a)
    page = client_for(liaison_a).get(reverse("registration:batch_list")).content.decode()
    assert verified.reference not in page


@pytest.mark.django_db
def test_opening_a_batch_is_audited(client_for, liaison_a, batch):
    client_for(liaison_a).get(reverse("registration:batch_detail", args=[batch.pk]))
    assert AuditEvent.objects.filter(actor=liaison_a, action="view", object_id=str(batch.pk)).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/staff/registrations/batches/abc/",
        "/staff/registrations/batches/99999999999999999999999/",
        "/staff/registrations/batches/1/abc/receipt/",
    ],
)
def test_malformed_batch_ids_are_404(client_for, liaison_a, path):
    assert client_for(liaison_a).get(path).status_code == 404


# Filing from the queue


@pytest.mark.django_db
def test_officer_files_chosen_verified_registrations_in_one_batch(client_for, officer_a, station_a):
    chosen = [verified_registration(make_resident(station_a, i), officer_a) for i in range(2)]
    left = verified_registration(make_resident(station_a, 3), officer_a)
    response = client_for(officer_a).post(FILE, {"registrations": [r.pk for r in chosen], "filing_key": new_key()})
    batch = PoliceBatch.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("registration:batch_detail", args=[batch.pk])
    assert set(batch.registrations.values_list("pk", flat=True)) == {r.pk for r in chosen}
    assert all(r.status == Status.FILED for r in batch.registrations.all())
    left.refresh_from_db()
    assert left.status == Status.VERIFIED


@pytest.mark.django_db
def test_double_clicked_filing_files_nothing_twice(client_for, officer_a, resident_a):
    registration = verified_registration(resident_a, officer_a)
    client = client_for(officer_a)
    data = {"registrations": [registration.pk], "filing_key": new_key()}
    first = client.post(FILE, data)
    second = client.post(FILE, data, follow=True)
    assert PoliceBatch.objects.count() == 1
    assert registration.actions.filter(kind="file").count() == 1
    assert second.redirect_chain[-1][0] == first["Location"]
    assert "already filed" in second.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["", "short", "x" * 65, "<script>alert(1)</script>" * 3, "ключ" * 10])
def test_tampered_filing_key_files_nothing(client_for, officer_a, resident_a, key):
    registration = verified_registration(resident_a, officer_a)
    response = client_for(officer_a).post(FILE, {"registrations": [registration.pk], "filing_key": key}, follow=True)
    assert response.status_code == 200 and "out of date" in response.content.decode()
    assert not PoliceBatch.objects.exists()


@pytest.mark.django_db
def test_filing_key_of_another_station_batch_files_nothing_and_shows_nothing(
    client_for, officer_a, officer_b, resident_a, resident_b
):
    make_passport(resident_b)
    theirs = filed_batch(officer_b, [verified_registration(resident_b, officer_b)])
    ours = verified_registration(resident_a, officer_a)
    response = client_for(officer_a).post(
        FILE, {"registrations": [ours.pk], "filing_key": theirs.filing_key}, follow=True
    )
    assert response.status_code == 200 and "out of date" in response.content.decode()
    assert theirs.reference not in response.content.decode()
    ours.refresh_from_db()
    assert ours.status == Status.VERIFIED and PoliceBatch.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("choice", ["abc", "99999999999999999999999", "-1"])
def test_bad_registration_choices_file_nothing(client_for, officer_a, resident_a, choice):
    verified_registration(resident_a, officer_a)
    response = client_for(officer_a).post(FILE, {"registrations": [choice], "filing_key": new_key()}, follow=True)
    assert response.status_code == 200
    assert not PoliceBatch.objects.exists()


@pytest.mark.django_db
def test_registrations_not_verified_or_of_another_station_cannot_be_filed(
    client_for, officer_a, officer_b, resident_a, resident_b
):
    submitted = make_registration(resident_a)
    theirs = verified_registration(resident_b, officer_b)
    client = client_for(officer_a)
    for registration in (submitted, theirs):
        response = client.post(FILE, {"registrations": [registration.pk], "filing_key": new_key()}, follow=True)
        assert "can no longer be filed" in response.content.decode()
    assert not PoliceBatch.objects.exists()


@pytest.mark.django_db
def test_filing_nothing_is_a_message(client_for, officer_a):
    response = client_for(officer_a).post(FILE, {"filing_key": new_key()}, follow=True)
    assert "Choose at least one verified registration" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin", "resident_user"])
def test_only_caseworkers_file(request, client_for, officer_a, resident_a, role):
    registration = verified_registration(resident_a, officer_a)
    client = client_for(request.getfixturevalue(role))
    assert client.post(FILE, {"registrations": [registration.pk], "filing_key": new_key()}).status_code == 403
    assert not PoliceBatch.objects.exists()


# Receipts one by one, and returns


def _receipt(batch, registration, number="沪公浦花2026-0001", received_on=None):
    prefix = f"receipt-{registration.pk}"
    url = reverse("registration:receipt_record", args=[batch.pk, registration.pk])
    received_on = received_on if received_on is not None else timezone.localdate().isoformat()
    return url, {f"{prefix}-number": number, f"{prefix}-received_on": received_on}


@pytest.mark.django_db
def test_liaison_records_a_receipt(client_for, liaison_a, batch):
    registration = batch.registrations.get()
    response = client_for(liaison_a).post(*_receipt(batch, registration))
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == Status.REGISTERED
    assert registration.police_receipt_number == "沪公浦花2026-0001"
    assert registration.actions.get(kind="register").actor == liaison_a


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("number", "received_on", "message"),
    [
        ("", None, "This field is required."),
        ("A-1", "14/03/2026", "Enter a valid date."),
        ("A-1", "not a date", "Enter a valid date."),
        ("A-1", (timezone.localdate() + datetime.timedelta(days=2)).isoformat(), "cannot be in the future"),
        ("A" * 41, None, "at most 40 characters"),
    ],
)
def test_bad_receipts_are_shown_on_the_batch_page(client_for, liaison_a, batch, number, received_on, message):
    registration = batch.registrations.get()
    response = client_for(liaison_a).post(*_receipt(batch, registration, number, received_on))
    assert response.status_code == 200 and message in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.FILED


@pytest.mark.django_db
def test_second_receipt_for_a_registered_stay_is_refused(client_for, liaison_a, batch):
    registration = batch.registrations.get()
    client = client_for(liaison_a)
    client.post(*_receipt(batch, registration))
    response = client.post(*_receipt(batch, registration, number="OTHER-2"))
    assert response.status_code == 200 and "This step is not possible" in response.content.decode()
    registration.refresh_from_db()
    assert registration.police_receipt_number == "沪公浦花2026-0001"


@pytest.mark.django_db
def test_receipt_through_the_wrong_batch_is_404(client_for, liaison_a, officer_a, batch, station_a):
    other = filed_batch(officer_a, [verified_registration(make_resident(station_a, 3), officer_a)])
    registration = batch.registrations.get()
    url, data = _receipt(batch, registration)
    wrong = reverse("registration:receipt_record", args=[other.pk, registration.pk])
    assert client_for(liaison_a).post(wrong, data).status_code == 404


@pytest.mark.django_db
def test_liaison_returns_a_file_with_a_reason(client_for, liaison_a, batch, django_capture_on_commit_callbacks):
    registration = batch.registrations.get()
    url = reverse("registration:police_return", args=[batch.pk, registration.pk])
    client = client_for(liaison_a)
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reason": "护照照片不清楚 / the passport photo is unreadable"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == Status.RETURNED
    action = registration.actions.get(kind="police_return")
    assert action.actor == liaison_a and "unreadable" in action.reason
    assert registration.resident.notifications.filter(template="registration_returned").exists()


@pytest.mark.django_db
def test_return_needs_a_reason(client_for, liaison_a, batch):
    registration = batch.registrations.get()
    url = reverse("registration:police_return", args=[batch.pk, registration.pk])
    response = client_for(liaison_a).post(url, {"reason": "  "})
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.FILED


@pytest.mark.django_db
def test_returning_a_registered_stay_is_a_message_not_a_500(client_for, liaison_a, batch):
    registration = batch.registrations.get()
    client = client_for(liaison_a)
    client.post(*_receipt(batch, registration))
    url = reverse("registration:police_return", args=[batch.pk, registration.pk])
    response = client.post(url, {"reason": "late"})
    assert response.status_code == 200 and "This step is not possible" in response.content.decode()


@pytest.mark.django_db
def test_batch_page_offers_receipt_forms_only_to_the_liaison(client_for, liaison_a, officer_a, batch):
    url = reverse("registration:batch_detail", args=[batch.pk])
    registration = batch.registrations.get()
    assert f"receipt-{registration.pk}-number" in client_for(liaison_a).get(url).content.decode()
    page = client_for(officer_a).get(url).content.decode()
    assert f"receipt-{registration.pk}-number" not in page and "Download as Excel" not in page


# Query counts


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), context


def _residents(station, start, stop):
    residents = []
    for i in range(start, stop):
        resident = make_resident(station, i)
        make_passport(resident, number=f"P{i:08d}")
        residents.append(resident)
    return residents


@pytest.mark.django_db
def test_batch_list_query_count_is_independent_of_size(client_for, liaison_a, officer_a, station_a):
    client = client_for(liaison_a)
    url = reverse("registration:batch_list")
    for resident in _residents(station_a, 0, 5):
        filed_batch(officer_a, [verified_registration(resident, officer_a)])
    small, _ = _queries(client, url)
    for resident in _residents(station_a, 5, 50):
        filed_batch(officer_a, [verified_registration(resident, officer_a)])
    large, context = _queries(client, url)
    assert small == large, "\n".join(q["sql"] for q in context.captured_queries)
    assert large <= 10


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "officer_a"])
def test_batch_page_query_count_is_independent_of_size(request, client_for, officer_a, station_a, role):
    client = client_for(request.getfixturevalue(role))
    small_batch = filed_batch(officer_a, [verified_registration(r, officer_a) for r in _residents(station_a, 0, 5)])
    large_batch = filed_batch(officer_a, [verified_registration(r, officer_a) for r in _residents(station_a, 5, 50)])
    small, _ = _queries(client, reverse("registration:batch_detail", args=[small_batch.pk]))
    large, context = _queries(client, reverse("registration:batch_detail", args=[large_batch.pk]))
    assert small == large, "\n".join(q["sql"] for q in context.captured_queries)
    assert large <= 12


# The liaison's start page and the receipt form


@pytest.mark.django_db
def test_receipt_fields_have_labels_and_the_date_defaults_to_today_in_shanghai(client_for, liaison_a, batch):
    import time_machine

    registration = batch.registrations.get()
    # 17:30 UTC is already the next day in Shanghai.
    late = timezone.now().astimezone(datetime.UTC).replace(hour=17, minute=30)
    with time_machine.travel(late, tick=False):
        page = client_for(liaison_a).get(reverse("registration:batch_detail", args=[batch.pk])).content.decode()
        shanghai_today = timezone.localdate().isoformat()
    prefix = f"receipt-{registration.pk}"
    assert f'<label for="id_{prefix}-number">Police receipt number</label>' in page
    assert f'<label for="id_{prefix}-received_on">Receipt date</label>' in page
    assert f'name="{prefix}-received_on" value="{shanghai_today}"' in page
    assert shanghai_today == (late + datetime.timedelta(hours=8)).date().isoformat()


@pytest.mark.django_db
def test_liaison_home_lists_the_batches_waiting_for_a_receipt(client_for, liaison_a, officer_a, station_a, batch):
    done = filed_batch(officer_a, [verified_registration(make_resident(station_a, 2), officer_a)])
    registration = done.registrations.get()
    client = client_for(liaison_a)
    client.post(*_receipt(done, registration))
    page = client.get("/staff/").content.decode()
    assert batch.reference in page and done.reference not in page
    assert reverse("registration:batch_detail", args=[batch.pk]) in page


@pytest.mark.django_db
def test_liaison_home_shows_no_other_station_s_batches(client_for, liaison_b, batch):
    page = client_for(liaison_b).get("/staff/").content.decode()
    assert batch.reference not in page and "Every filed registration has its police receipt." in page


@pytest.mark.django_db
def test_liaison_home_query_count_is_independent_of_the_number_of_batches(client_for, liaison_a, officer_a, station_a):
    client = client_for(liaison_a)

    def add(start, stop):
        for i in range(start, stop):
            filed_batch(officer_a, [verified_registration(make_resident(station_a, i), officer_a)])

    def count():
        with CaptureQueriesContext(connection) as context:
            assert client.get("/staff/").status_code == 200
        return len(context.captured_queries), context

    add(0, 5)
    small, _ = count()
    add(5, 50)
    large, context = count()
    assert small == large, "\n".join(q["sql"] for q in context.captured_queries)
    assert "All police batches" in client.get("/staff/").content.decode()


@pytest.mark.django_db
def test_a_registration_the_police_returned_leaves_the_liaison_s_sight(client_for, liaison_a, officer_a, batch):
    # Returned by the police, then corrected by the resident: the liaison sees only what is filed with them now,
    # on the batch page, in its CSV and XLSX, and in the police form; the station's staff keep the history.
    registration = batch.registrations.get()
    registration_police_return(actor=liaison_a, registration=registration, reason="photo unreadable")
    resident = registration.resident
    client = client_for(liaison_a)
    page = client.get(reverse("registration:batch_detail", args=[batch.pk])).content.decode()
    assert registration.reference not in page and resident.surname not in page
    assert resident.surname.encode() not in client.get(reverse("registration:batch_csv", args=[batch.pk])).content
    for name in ("police_form", "police_return"):
        assert client.get(reverse(f"registration:{name}", args=[batch.pk, registration.pk])).status_code == 404
    staff_page = client_for(officer_a).get(reverse("registration:batch_detail", args=[batch.pk])).content.decode()
    assert registration.reference in staff_page


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["reject", "withdraw"])
def test_rejected_or_withdrawn_registrations_are_not_the_liaison_s_to_see(
    client_for, liaison_a, officer_a, batch, kind
):
    registration = batch.registrations.get()
    registration_police_return(actor=liaison_a, registration=registration, reason="photo unreadable")
    registration_step(actor=officer_a, registration=registration, kind=kind, reason_code="other", reason="gone")
    client = client_for(liaison_a)
    page = client.get(reverse("registration:batch_detail", args=[batch.pk])).content.decode()
    assert registration.reference not in page
    assert client.get(reverse("registration:police_form", args=[batch.pk, registration.pk])).status_code == 404


@pytest.mark.django_db
def test_the_liaison_s_counts_leave_out_what_is_no_longer_with_the_police(liaison_a, officer_a, station_a):
    from lianyang.registration.selectors import batch_list, batches_awaiting_receipt

    batch = filed_batch(officer_a, [verified_registration(make_resident(station_a), officer_a) for _ in range(2)])
    registration_police_return(actor=liaison_a, registration=batch.registrations.first(), reason="photo unreadable")
    assert batch_list(actor=liaison_a).get(pk=batch.pk).registration_count == 1
    assert [row["registration_count"] for row in batches_awaiting_receipt(actor=liaison_a)] == [1]
    assert batch_list(actor=officer_a).get(pk=batch.pk).registration_count == 2
