"""The police files of a batch, read back: every field of the registration form, full numbers, audited."""

import csv
import datetime
import importlib
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from lianyang.audit.models import AuditEvent
from lianyang.people.services import resident_update
from lianyang.registration.exports import POLICE_COLUMNS
from tests.factories import days_from_today, make_passport, make_permit, make_resident
from tests.registration.factories import filed_batch, verified_registration

HEADER = [
    "Reference number", "Surname", "Given names", "Chinese name", "Sex", "Date of birth", "Nationality",
    "Document kind", "Document number", "Document expiry", "Issuing state", "Date of entry", "Port of entry",
    "Purpose of stay", "Visa or permit kind", "Visa or permit number", "Entries", "Visa or permit expiry",
    "Occupation", "Address abroad", "Previous address", "Present address (in Chinese)", "Phone", "E-mail",
    "Arrival (date and time)", "Planned departure", "Host or landlord", "Host's ID kind", "Host's ID number",
    "Host's phone", "Host's relation to the resident", "Proof of residence",
]  # fmt: skip


@pytest.fixture
def batch(officer_a, resident_a):
    resident_update(
        actor=None, resident=resident_a, phone="+8613912345678", email="minjun.kim@example.com", occupation="Engineer"
    )
    registration = verified_registration(
        resident_a,
        officer_a,
        permit=resident_a.permits.get(),
        entry_date=days_from_today(-40),
        entry_port="PVG",
        planned_departure=days_from_today(200),
        previous_address="北京市朝阳区某路 1 号",
        address_abroad="12 Sejong-daero, Seoul",
        host_name='=HYPERLINK("http://evil")',
    )
    return filed_batch(officer_a, [registration])


def midnight(day):
    """A date as the spreadsheet gives it back: a datetime at midnight."""
    return datetime.datetime.combine(day, datetime.time())


def _xlsx(client, batch):
    response = client.get(reverse("registration:batch_xlsx", args=[batch.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert f'filename="{batch.reference}.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]], list(rows[0])


def _csv(client, batch):
    response = client.get(reverse("registration:batch_csv", args=[batch.pk]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with its byte-order mark
    reader = csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
    rows = list(reader)
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]], rows[0]


def test_columns_are_the_fields_of_the_registration_form():
    assert [str(column.label) for column in POLICE_COLUMNS] == HEADER


@pytest.mark.django_db
def test_xlsx_holds_every_field_with_full_numbers(client_for, liaison_a, batch, resident_a):
    rows, header = _xlsx(client_for(liaison_a), batch)
    assert header == HEADER
    registration = batch.registrations.get()
    (row,) = rows
    assert row["Reference number"] == registration.reference
    assert (row["Surname"], row["Given names"], row["Chinese name"]) == ("KIM", "MINJUN", "金敏俊")
    assert row["Sex"] == "男" and row["Nationality"] == "KOR"
    assert row["Date of birth"] == datetime.datetime(1985, 3, 14)
    assert row["Document kind"] == "护照" and row["Document number"] == "E12345689"
    assert row["Document expiry"] == midnight(registration.document.expiry_date) and row["Issuing state"] == "KOR"
    assert row["Date of entry"] == midnight(days_from_today(-40)) and row["Port of entry"] == "上海浦东国际机场"
    assert row["Purpose of stay"] == "工作"
    assert row["Visa or permit kind"] == "工作类居留许可"
    assert row["Visa or permit number"] == "RP0012345" and row["Entries"] == "多次"
    assert row["Visa or permit expiry"] == midnight(registration.permit.valid_until)
    assert row["Address abroad"] == "12 Sejong-daero, Seoul" and row["Previous address"] == "北京市朝阳区某路 1 号"
    assert row["Present address (in Chinese)"] == registration.address.in_chinese
    assert row["Phone"] == "+8613912345678" and row["E-mail"] == "minjun.kim@example.com"
    assert row["Occupation"] == "Engineer"
    assert isinstance(row["Arrival (date and time)"], datetime.datetime)
    assert row["Planned departure"] == midnight(days_from_today(200))
    assert row["Host's ID kind"] == "居民身份证"
    assert row["Host's ID number"] == "310115198001011238"
    assert row["Host's phone"] == "+86 139 1234 5678"
    assert row["Host's relation to the resident"] == "房东" and row["Proof of residence"] == "租赁合同"


@pytest.mark.django_db
def test_csv_holds_the_same_fields(client_for, liaison_a, batch):
    rows, header = _csv(client_for(liaison_a), batch)
    assert header == HEADER
    (row,) = rows
    assert row["Document number"] == "E12345689" and row["Visa or permit number"] == "RP0012345"
    permit_expiry = batch.registrations.get().permit.valid_until.isoformat()
    assert row["Date of birth"] == "1985-03-14" and row["Visa or permit expiry"] == permit_expiry
    assert row["Host's ID number"] == "310115198001011238" and row["Chinese name"] == "金敏俊"


@pytest.mark.django_db
def test_a_formula_in_a_field_is_written_as_text(client_for, liaison_a, batch):
    client = client_for(liaison_a)
    (xlsx_row,), _ = _xlsx(client, batch)
    (csv_row,), _ = _csv(client, batch)
    # The workbook holds text cells, never formulas; the CSV quotes every cell a spreadsheet could run, even
    # "+1-2" (a name) and a phone number.
    assert xlsx_row["Host or landlord"] == '=HYPERLINK("http://evil")'
    assert xlsx_row["Host's phone"] == "+86 139 1234 5678"
    assert csv_row["Host or landlord"] == '\'=HYPERLINK("http://evil")'
    assert csv_row["Host's phone"] == "'+86 139 1234 5678"
    sheet = load_workbook(io.BytesIO(client.get(reverse("registration:batch_xlsx", args=[batch.pk])).content)).active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


@pytest.mark.django_db
def test_a_name_that_a_spreadsheet_would_compute_is_quoted(client_for, liaison_a, batch):
    resident = batch.registrations.get().resident
    resident_update(actor=None, resident=resident, given_names="+1-2")
    (csv_row,), _ = _csv(client_for(liaison_a), batch)
    assert csv_row["Given names"] == "'+1-2"


@pytest.mark.django_db
def test_headers_follow_the_liaison_language_and_choices_stay_in_chinese(client_for, liaison_a, batch):
    liaison_a.language = "fr"
    liaison_a.save()
    (row,), header = _csv(client_for(liaison_a), batch)
    assert "Port of entry" not in header
    assert set(row.values()) >= {"男", "护照", "上海浦东国际机场", "工作", "居民身份证", "房东", "租赁合同", "多次"}


@pytest.mark.django_db
def test_a_port_not_on_the_list_is_filed_as_the_resident_wrote_it(client_for, liaison_a, officer_a, station_a):
    resident = make_resident(station_a, 3)
    registration = verified_registration(resident, officer_a, entry_port="other", entry_port_other="珠海拱北口岸")
    (row,), _ = _csv(client_for(liaison_a), filed_batch(officer_a, [registration]))
    assert row["Port of entry"] == "珠海拱北口岸"


@pytest.mark.parametrize(
    ("typed", "code", "kept"),
    [
        ("Aeroporto Internacional de Xangai-Pudong", "PVG", ""),
        ("上海浦东国际机场", "PVG", ""),
        ("浦东国际机场", "PVG", ""),
        ("Shanghai Hongqiao International Airport", "SHA", ""),
        ("上海港国际客运中心", "SH_SEA", ""),
        ("Wusongkou International Cruise Terminal", "SH_SEA", ""),
        ("Beijing Daxing", "PKX", ""),
        ("Lo Wu", "SZ_LUOHU", ""),
        ("Erlian", "other", "Erlian"),
        ("", "", ""),
    ],
)
def test_free_text_ports_are_mapped_to_codes_by_the_migration(typed, code, kept):
    migration = importlib.import_module("lianyang.registration.migrations.0003_entry_port_code")
    assert migration.port_code(typed) == (code, kept)


@pytest.mark.django_db
def test_registration_without_document_or_permit_leaves_those_cells_empty(client_for, liaison_a, officer_a, station_a):
    batch = filed_batch(officer_a, [verified_registration(make_resident(station_a, 3), officer_a)])
    (row,), _ = _csv(client_for(liaison_a), batch)
    assert row["Document number"] == "" and row["Visa or permit kind"] == ""


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["batch_xlsx", "batch_csv"])
def test_each_download_is_audited_as_an_export(client_for, liaison_a, batch, name):
    client_for(liaison_a).get(reverse(f"registration:{name}", args=[batch.pk]))
    assert AuditEvent.objects.filter(
        actor=liaison_a, action="export", object_type="registration.policebatch", object_id=str(batch.pk)
    ).exists()


@pytest.mark.django_db
def test_police_form_is_a_pdf_per_person_and_audited(client_for, liaison_a, batch):
    registration = batch.registrations.get()
    response = client_for(liaison_a).get(reverse("registration:police_form", args=[batch.pk, registration.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert f'filename="{registration.reference}.pdf"' in response["Content-Disposition"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert registration.reference in text and "E12345689" in text
    assert AuditEvent.objects.filter(
        actor=liaison_a, action="export", object_type="registration.accommodationregistration"
    ).exists()


@pytest.mark.django_db
def test_police_form_of_a_registration_outside_the_batch_is_404(client_for, liaison_a, officer_a, batch, station_a):
    other = verified_registration(make_resident(station_a, 3), officer_a)
    url = reverse("registration:police_form", args=[batch.pk, other.pk])
    assert client_for(liaison_a).get(url).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["batch_xlsx", "batch_csv"])
def test_download_query_count_is_independent_of_size(client_for, liaison_a, officer_a, station_a, name):
    def batch_of(start, stop):
        registrations = []
        for i in range(start, stop):
            resident = make_resident(station_a, i)
            make_passport(resident, number=f"P{i:08d}")
            make_permit(resident, number=f"RP{i:07d}")
            registrations.append(
                verified_registration(
                    resident, officer_a, permit=resident.permits.get(), document=resident.documents.get()
                )
            )
        return filed_batch(officer_a, registrations)

    client = client_for(liaison_a)
    counts = []
    for batch in (batch_of(0, 5), batch_of(5, 50)):
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse(f"registration:{name}", args=[batch.pk])).status_code == 200
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1], "\n".join(q["sql"] for q in context.captured_queries)
