"""After sending: the resident follows their own stays, corrects a returned one and downloads the slip."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lianyang.audit.models import AuditEvent
from lianyang.registration.models import RegistrationAction, Status
from lianyang.registration.services import registration_resubmit, registration_step
from tests.factories import make_passport, make_resident, station_address
from tests.portal.test_stay_flow import HOST, PDF, arrival_fields
from tests.registration.factories import make_registered, make_registration
from tests.registration.test_pdf import text_of


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {**settings.STORAGES["default"], "OPTIONS": {"location": tmp_path}},
    }


def url(name, registration=None):
    return reverse(f"stay:{name}", kwargs={"reference": registration.reference} if registration else {})


@pytest.fixture
def kims_stay(resident_user, resident_a):
    return make_registration(resident_a, actor=resident_user)


def returned(registration, officer, times=1):
    """The station returns the registration and the resident corrects it, `times` over; then it is returned."""
    for _ in range(times - 1):
        registration_step(actor=officer, registration=registration, kind="return", reason_code="arrival_date")
        registration_resubmit(actor=registration.resident.user, registration=registration)
    return registration_step(
        actor=officer, registration=registration, kind="return", reason_code="host_details", reason="Add the ID number."
    )


@pytest.mark.django_db
def test_resident_sees_their_stays_newest_first(client, resident_user, resident_a, kims_stay):
    older = kims_stay
    newer = make_registration(resident_a, actor=resident_user, address=station_address(resident_a.station, 1))
    client.force_login(resident_user)
    page = client.get(url("list")).content.decode()
    assert page.index(newer.reference) < page.index(older.reference)


@pytest.mark.django_db
def test_status_page_shows_history_and_what_comes_next(client, resident_user, kims_stay):
    client.force_login(resident_user)
    page = client.get(url("detail", kims_stay)).content.decode()
    assert kims_stay.reference in page and "Submitted" in page and "The station will check" in page
    assert "E12****89" in page and "E12345689" not in page
    assert AuditEvent.objects.filter(actor=resident_user, action="view", object_id=str(kims_stay.pk)).exists()


@pytest.mark.django_db
def test_another_residents_registration_is_not_found(client, resident_user, station_a, officer_a):
    someone = make_resident(station_a, 3)
    make_passport(someone, number="R55555555")
    theirs = make_registration(someone, actor=officer_a)
    client.force_login(resident_user)
    for name in ("detail", "submitted", "correct", "slip"):
        assert client.get(url(name, theirs)).status_code == 404
    assert client.get(reverse("stay:detail", kwargs={"reference": "R" + "9" * 500})).status_code == 404


@pytest.mark.django_db
def test_status_pages_need_a_login(client, kims_stay):
    response = client.get(url("detail", kims_stay))
    assert response.status_code == 302 and reverse("portal:login") in response["Location"]


@pytest.mark.django_db
def test_returned_registration_says_what_to_fix_and_is_corrected(client, resident_user, kims_stay, officer_a):
    returned(kims_stay, officer_a)
    client.force_login(resident_user)
    page = client.get(url("detail", kims_stay)).content.decode()
    assert "The host&#x27;s or landlord&#x27;s details are incomplete" in page and "Add the ID number." in page
    assert client.get(url("correct", kims_stay)).status_code == 200
    lease = SimpleUploadedFile("lease.pdf", PDF, content_type="application/pdf")
    answers = {
        **arrival_fields(kims_stay.address),
        **HOST,
        "host_name": "李四",
        "paper-kind": "proof",
        "paper-file": lease,
    }
    response = client.post(url("correct", kims_stay), answers)
    assert response["Location"] == url("detail", kims_stay)
    kims_stay.refresh_from_db()
    assert kims_stay.status == Status.SUBMITTED and kims_stay.host_name == "李四"
    assert kims_stay.actions.last().kind == RegistrationAction.Kind.RESUBMIT
    assert kims_stay.uploads.get().content_type == "application/pdf"
    assert client.get(url("correct", kims_stay))["Location"] == url("detail", kims_stay)


@pytest.mark.django_db
def test_a_correction_with_arrival_in_the_future_changes_nothing(client, resident_user, kims_stay, officer_a):
    returned(kims_stay, officer_a)
    client.force_login(resident_user)
    answers = {**arrival_fields(kims_stay.address, hours_ago=-48), **HOST, "paper-kind": "proof"}
    page = client.post(url("correct", kims_stay), answers).content.decode()
    assert "The arrival cannot be in the future." in page
    kims_stay.refresh_from_db()
    assert kims_stay.status == Status.RETURNED


@pytest.mark.django_db
def test_registered_stay_gives_the_slip(client, resident_user, resident_a):
    registration = make_registered(resident_a, receipt="PCS2026-0099")
    client.force_login(resident_user)
    page = client.get(url("detail", registration)).content.decode()
    assert "Download registration slip (PDF)" in page
    response = client.get(url("slip", registration))
    assert response["Content-Type"] == "application/pdf"
    assert "PCS2026-0099" in text_of(response.content)
    assert AuditEvent.objects.filter(actor=resident_user, action="export", object_id=str(registration.pk)).exists()


@pytest.mark.django_db
def test_a_stay_not_yet_registered_has_no_slip(client, resident_user, kims_stay):
    client.force_login(resident_user)
    assert "registration slip" not in client.get(url("detail", kims_stay)).content.decode()
    assert client.get(url("slip", kims_stay)).status_code == 404


def _queries(client, path) -> CaptureQueriesContext:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return queries


@pytest.mark.django_db
def test_status_page_queries_do_not_grow_with_its_history(client, resident_user, resident_a, officer_a):
    few = returned(make_registration(resident_a, actor=resident_user), officer_a, times=2)
    registration_resubmit(actor=resident_user, registration=few)
    many = returned(
        make_registration(resident_a, actor=resident_user, address=station_address(resident_a.station, 1)),
        officer_a,
        times=25,
    )
    assert (few.actions.count(), many.actions.count()) == (5, 50)
    client.force_login(resident_user)
    small, large = _queries(client, url("detail", few)), _queries(client, url("detail", many))
    assert len(small) == len(large), "\n".join(q["sql"] for q in large.captured_queries)


@pytest.mark.django_db
def test_my_stays_queries_do_not_grow_with_the_stays(client, resident_user, resident_a, officer_a, station_a):
    client.force_login(resident_user)
    make_registration(resident_a, actor=resident_user)
    small = _queries(client, url("list"))
    for index in (1, 2):
        registration = make_registration(resident_a, actor=resident_user, address=station_address(station_a, index))
        registration_step(actor=officer_a, registration=registration, kind="withdraw")
    large = _queries(client, url("list"))
    assert len(small) == len(large), "\n".join(q["sql"] for q in large.captured_queries)
