"""The police's result sheet: which filed registrations the police have registered, under which receipt number.

The liaison uploads the sheet (XLSX or CSV with the columns reference, receipt number and date). Every row is
checked and reported on its own line: unknown reference numbers, registrations not in a filed batch of this
station, dates that cannot be read, duplicates. Nothing is applied until the liaison confirms the preview, and
then only the rows without a problem, each through `registration_record_receipt`.
"""

import csv
import datetime
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel

from . import selectors
from .exports import REFERENCE_LABEL
from .forms import ReceiptForm
from .models import AccommodationRegistration, Status
from .services import registration_record_receipt

MAX_BYTES = 2 * 1024 * 1024
# What the sheet's parts may grow to once unzipped: a small sheet never comes near it, a zip bomb does.
MAX_UNZIPPED_BYTES = 40 * 1024 * 1024
MAX_ROWS = 2000
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日")


@dataclass
class SheetRow:
    line: int
    reference: str
    number: str
    date_text: str
    received_on: datetime.date | None = None
    problem: str = ""
    registration: AccommodationRegistration | None = None
    applied: bool = False

    def to_session(self) -> list:
        return [self.line, self.reference, self.number, self.date_text]


def _header_key(text) -> str:
    return re.sub(r"[\s_]+", " ", str(text or "")).strip().casefold()


def _column_names() -> dict[str, set[str]]:
    """Each column's header as the station's own files write it, in every interface language."""
    labels = {
        "reference": REFERENCE_LABEL,
        "number": ReceiptForm.base_fields["number"].label,
        "date": ReceiptForm.base_fields["received_on"].label,
    }
    names = {"reference": {"reference", "reference number"}, "number": {"receipt number", "receipt"}, "date": {"date"}}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for key, label in labels.items():
                names[key].add(_header_key(label))
    return names


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() if value is not None else ""


def _date_text(value) -> str:
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int | float) and 20000 < value < 80000:
        return from_excel(value).date().isoformat()
    return _cell_text(value)


def _xlsx_rows(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if sum(member.file_size for member in archive.infolist()) > MAX_UNZIPPED_BYTES:
            raise ValueError("unzipped size")
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        yield from workbook.worksheets[0].iter_rows(max_row=MAX_ROWS + 1, values_only=True)
    finally:
        workbook.close()


def _csv_rows(data: bytes):
    if b"\x00" in data:
        raise ValueError("binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")  # what Excel on a Chinese Windows saves
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    yield from csv.reader(io.StringIO(text), dialect)


def _rows(data: bytes) -> list:
    reader = _xlsx_rows if data.startswith(b"PK\x03\x04") else _csv_rows
    try:
        return [list(row) for _index, row in zip(range(MAX_ROWS + 1), reader(data), strict=False)]
    # A parser fed an arbitrary upload can fail in many ways (bad zip, bad XML, bad encoding); each means the
    # same to the liaison: this file is not a sheet we can read.
    except Exception:
        raise ValidationError(
            _("This file is not a spreadsheet we can read. Upload the sheet as Excel (.xlsx) or CSV.")
        ) from None


def _parse_date(text: str) -> datetime.date | None:
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def sheet_row(line: int, reference: str, number: str, date_text: str) -> SheetRow:
    """One row as written, with the problems that need no database: missing values, a date that cannot be read."""
    row = SheetRow(line, reference.upper(), number, date_text, _parse_date(date_text))
    if not row.reference:
        row.problem = _("No reference number.")
    elif not row.number:
        row.problem = _("No receipt number.")
    elif len(row.number) > 40:
        row.problem = _("The receipt number is longer than 40 characters.")
    elif row.received_on is None:
        row.problem = _("The date “%(date)s” cannot be read. Write it as 2025-03-14.") % {"date": date_text}
    elif row.received_on > timezone.localdate():
        row.problem = _("The receipt date cannot be in the future.")
    return row


def result_sheet_read(upload) -> list[SheetRow]:
    """The rows of an uploaded sheet, or a ValidationError that says why it cannot be read."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("The sheet is larger than 2 MB. Split it into smaller sheets."))
    rows = _rows(upload.read())
    names = _column_names()
    header = [_header_key(cell) for cell in rows[0]] if rows else []
    positions = {key: next((i for i, cell in enumerate(header) if cell in names[key]), None) for key in names}
    if None in positions.values():
        raise ValidationError(
            _("The first row must name the columns reference, receipt number and date. Check the sheet's header.")
        )
    if len(rows) > MAX_ROWS:
        raise ValidationError(_("The sheet has more than 2,000 rows. Split it into smaller sheets."))
    result = []
    for line, cells in enumerate(rows[1:], start=2):
        values = {key: cells[index] if index < len(cells) else None for key, index in positions.items()}
        if all(_cell_text(value) == "" for value in values.values()):
            continue
        result.append(
            sheet_row(line, _cell_text(values["reference"]), _cell_text(values["number"]), _date_text(values["date"]))
        )
    if not result:
        raise ValidationError(_("The sheet has no rows under its header."))
    return result


def result_sheet_check(*, actor, rows: list[SheetRow]) -> list[SheetRow]:
    """Match each row to a registration filed by the liaison's station and name what stands in the way."""
    references = Counter(row.reference for row in rows)
    numbers = Counter(row.number for row in rows)
    registrations = selectors.filed_registrations_by_reference(actor=actor, references=references)
    for row in rows:
        if row.problem:
            continue
        registration = registrations.get(row.reference)
        if references[row.reference] > 1:
            row.problem = _("This reference number appears more than once in the sheet.")
        elif numbers[row.number] > 1:
            row.problem = _("This receipt number appears more than once in the sheet.")
        elif registration is not None and registration.status == Status.REGISTERED:
            row.problem = _("Already registered, with receipt number %(number)s.") % {
                "number": registration.police_receipt_number
            }
        elif registration is None or registration.status != Status.FILED or registration.batch_id is None:
            # One message for a reference that does not exist and one the liaison may not see (not filed).
            row.problem = _("Unknown reference number.")
        elif row.received_on < timezone.localdate(registration.batch.filed_at):
            row.problem = _("The receipt date is before the day the registration was filed.")
        else:
            row.registration = registration
    return rows


def result_sheet_apply(*, actor, rows: list[SheetRow], request=None) -> list[SheetRow]:
    """Check the rows again (the registrations may have moved since the preview) and record each good one."""
    for row in result_sheet_check(actor=actor, rows=rows):
        if row.problem:
            continue
        try:
            registration_record_receipt(
                actor=actor,
                registration=row.registration,
                number=row.number,
                received_on=row.received_on,
                request=request,
            )
        except ValidationError as error:
            row.problem = " ".join(error.messages)
        else:
            row.applied = True
    return rows
