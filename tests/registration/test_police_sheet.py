"""The police's result sheet: every row reported, nothing recorded until the liaison confirms, then the good rows."""

import datetime
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from openpyxl import Workbook

from lianyang.registration.models import Status
from lianyang.registration.services import registration_record_receipt
from tests.factories import make_passport, make_resident, make_staff
from tests.registration.factories import filed_batch, make_registration, verified_registration

UPLOAD = reverse("registration:result_sheet_upload")
PREVIEW = reverse("registration:result_sheet_preview")
CONFIRM = reverse("registration:result_sheet_confirm")


def today():
    """The station's date when the row is written: a module constant went stale when the suite crossed midnight."""
    return timezone.localdate().isoformat()


@pytest.fixture
def filed(officer_a, station_a):
    residents = [make_resident(station_a, i) for i in range(3)]
    for i, resident in enumerate(residents):
        make_passport(resident, number=f"E0000000{i}")
    batch = filed_batch(officer_a, [verified_registration(r, officer_a) for r in residents])
    return list(batch.registrations.order_by("reference"))


def _csv(rows, header=("reference", "receipt number", "date"), encoding="utf-8", delimiter=","):
    lines = [delimiter.join(header), *(delimiter.join(row) for row in rows)]
    return SimpleUploadedFile("result.csv", "\r\n".join(lines).encode(encoding), content_type="text/csv")


def _xlsx(rows, header=("Reference", "Receipt number", "Date")):
    workbook = Workbook()
    workbook.active.append(list(header))
    for row in rows:
        workbook.active.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("result.xlsx", buffer.getvalue(), content_type="application/octet-stream")


def _upload_and_preview(client, sheet) -> str:
    response = client.post(UPLOAD, {"sheet": sheet})
    assert response.status_code == 302 and response["Location"] == PREVIEW, response.content.decode()[:2000]
    return client.get(PREVIEW).content.decode()


def _token(client) -> str:
    return client.session["registration:result_sheet"]["token"]


@pytest.mark.django_db
def test_xlsx_sheet_is_previewed_and_recorded_only_after_confirmation(client_for, liaison_a, filed):
    client = client_for(liaison_a)
    rows = [
        (r.reference, f"HM-{i}", datetime.datetime.combine(timezone.localdate(), datetime.time()))
        for i, r in enumerate(filed)
    ]
    page = _upload_and_preview(client, _xlsx(rows))
    assert "3 rows are ready to record." in page
    assert all(r.status == Status.FILED for r in filed[0].batch.registrations.all())
    done = client.post(CONFIRM, {"token": _token(client)})
    assert done.status_code == 200 and "3 receipts were recorded." in done.content.decode()
    for i, registration in enumerate(filed):
        registration.refresh_from_db()
        assert registration.status == Status.REGISTERED
        assert registration.police_receipt_number == f"HM-{i}"
        assert registration.police_receipt_date == timezone.localdate()


@pytest.mark.django_db
def test_every_bad_row_is_reported_and_only_good_rows_are_applied(
    client_for, liaison_a, officer_a, officer_b, station_a, resident_b, filed
):
    not_filed = verified_registration(make_resident(station_a, 5), officer_a)
    other_station = make_registration(resident_b)
    registered = filed[2]
    registration_record_receipt(
        actor=liaison_a, registration=registered, number="OLD-1", received_on=timezone.localdate()
    )
    future = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    rows = [
        (filed[0].reference, "GOOD-1", today()),
        ("R000000000000", "X-1", today()),
        (other_station.reference, "X-2", today()),
        (not_filed.reference, "X-3", today()),
        (filed[1].reference, "X-4", "14/03/2026"),
        (filed[1].reference, "X-5", future),
        (registered.reference, "X-6", today()),
        ("", "X-7", today()),
        (filed[1].reference, "", today()),
    ]
    client = client_for(liaison_a)
    page = _upload_and_preview(client, _csv(rows))
    assert "1 row is ready to record." in page
    assert "8 rows have a problem and will be left out." in page
    # Another station's reference, and one of this station not filed with the police, read as unknown too: the
    # liaison learns nothing of registrations that are not theirs to see.
    assert page.count("Unknown reference number.") == 3
    assert "not in a filed batch" not in page
    assert "“14/03/2026” cannot be read" in page
    assert "cannot be in the future" in page
    assert "Already registered, with receipt number OLD-1." in page
    assert "No reference number." in page and "No receipt number." in page
    client.post(CONFIRM, {"token": _token(client)})
    for registration in (*filed, not_filed, other_station):
        registration.refresh_from_db()
    assert filed[0].status == Status.REGISTERED and filed[0].police_receipt_number == "GOOD-1"
    assert filed[1].status == Status.FILED
    assert filed[2].police_receipt_number == "OLD-1"
    assert not_filed.status == Status.VERIFIED and other_station.status == Status.SUBMITTED


@pytest.mark.django_db
def test_duplicates_in_the_sheet_are_left_out(client_for, liaison_a, filed):
    rows = [
        (filed[0].reference, "A-1", today()),
        (filed[0].reference, "A-2", today()),
        (filed[1].reference, "B-1", today()),
        (filed[2].reference, "B-1", today()),
    ]
    client = client_for(liaison_a)
    page = _upload_and_preview(client, _csv(rows))
    assert page.count("This reference number appears more than once in the sheet.") == 2
    assert page.count("This receipt number appears more than once in the sheet.") == 2
    assert "Record" not in page.split("<table")[0].split("</h1>")[1]  # nothing to confirm


@pytest.mark.django_db
def test_nothing_is_recorded_without_confirmation(client_for, liaison_a, filed):
    client = client_for(liaison_a)
    _upload_and_preview(client, _csv([(filed[0].reference, "A-1", today())]))
    filed[0].refresh_from_db()
    assert filed[0].status == Status.FILED


@pytest.mark.django_db
def test_confirmation_checks_again_and_never_applies_twice(client_for, liaison_a, filed):
    client = client_for(liaison_a)
    _upload_and_preview(client, _csv([(filed[0].reference, "A-1", today())]))
    token = _token(client)
    registration_record_receipt(
        actor=liaison_a, registration=filed[0], number="MEANWHILE", received_on=timezone.localdate()
    )
    done = client.post(CONFIRM, {"token": token}).content.decode()
    assert "0 receipts were recorded." in done and "Already registered" in done
    again = client.post(CONFIRM, {"token": token}, follow=True).content.decode()
    assert "out of date" in again
    filed[0].refresh_from_db()
    assert filed[0].police_receipt_number == "MEANWHILE"


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["", "wrong" * 8, "<script>"])
def test_wrong_token_records_nothing(client_for, liaison_a, filed, token):
    client = client_for(liaison_a)
    _upload_and_preview(client, _csv([(filed[0].reference, "A-1", today())]))
    response = client.post(CONFIRM, {"token": token}, follow=True)
    assert "out of date" in response.content.decode()
    filed[0].refresh_from_db()
    assert filed[0].status == Status.FILED


@pytest.mark.django_db
def test_preview_without_a_sheet_sends_back_to_upload(client_for, liaison_a):
    response = client_for(liaison_a).get(PREVIEW)
    assert response.status_code == 302 and response["Location"] == UPLOAD


@pytest.mark.django_db
def test_csv_saved_by_chinese_excel_with_semicolons_is_read(client_for, liaison_a, filed):
    chinese_date = timezone.localdate().strftime("%Y年%m月%d日")
    sheet = _csv([(filed[0].reference, "沪浦-1", chinese_date)], encoding="gb18030", delimiter=";")
    client = client_for(liaison_a)
    page = _upload_and_preview(client, sheet)
    assert "1 row is ready to record." in page and "沪浦-1" in page
    client.post(CONFIRM, {"token": _token(client)})
    filed[0].refresh_from_db()
    assert filed[0].police_receipt_number == "沪浦-1"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("passport.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200),
        ("broken.xlsx", b"PK\x03\x04" + b"not really a zip" * 20),
        ("random.bin", bytes(range(256)) * 8),
        ("garbage.csv", b"lorem ipsum dolor\nsit amet, consectetur\n\xff\xfe\xfd"),
        ("header-only.csv", b"reference,receipt number,date\n"),
        ("empty.csv", b" "),
        ("wrong-columns.csv", b"name,passport\nKIM,E1234\n"),
    ],
)
def test_a_file_that_is_not_a_readable_sheet_is_a_form_error(client_for, liaison_a, name, content):
    response = client_for(liaison_a).post(UPLOAD, {"sheet": SimpleUploadedFile(name, content)})
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert "registration:result_sheet" not in response.wsgi_request.session


@pytest.mark.django_db
def test_a_zip_that_unpacks_to_a_huge_sheet_is_refused(client_for, liaison_a):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" * (50 * 1024 * 1024))
    response = client_for(liaison_a).post(UPLOAD, {"sheet": SimpleUploadedFile("bomb.xlsx", buffer.getvalue())})
    assert response.status_code == 200 and "not a spreadsheet we can read" in response.content.decode()


@pytest.mark.django_db
def test_a_sheet_over_the_size_limit_is_refused(client_for, liaison_a):
    big = b"reference,receipt number,date\n" + b"R1,A,2026-01-01\n" * 200_000
    response = client_for(liaison_a).post(UPLOAD, {"sheet": SimpleUploadedFile("big.csv", big)})
    assert "larger than 2 MB" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_a", "head_a", "district_admin", "resident_user"])
def test_only_the_liaison_uploads_result_sheets(request, client_for, filed, role):
    client = client_for(request.getfixturevalue(role))
    assert client.get(UPLOAD).status_code == 403
    assert client.post(UPLOAD, {"sheet": _csv([(filed[0].reference, "A-1", today())])}).status_code == 403
    assert client.get(PREVIEW).status_code == 403
    assert client.post(CONFIRM, {"token": "x" * 43}).status_code == 403


@pytest.mark.django_db
def test_liaison_of_another_station_finds_only_unknown_references(client_for, station_b, filed):
    liaison_b = make_staff(station_b, "police_liaison", "liaison_b")
    client = client_for(liaison_b)
    page = _upload_and_preview(client, _csv([(filed[0].reference, "A-1", today())]))
    assert "Unknown reference number." in page and filed[0].resident.surname not in page
    client.post(CONFIRM, {"token": _token(client)})
    filed[0].refresh_from_db()
    assert filed[0].status == Status.FILED
