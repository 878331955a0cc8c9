"""The police files of a batch: one row per registration with the fields of the accommodation registration form.

docs/domain.md §1 lists the fields (the union of the real forms). The files carry full document numbers, because
that is what the police register; every download is audited as an export (PIPL art. 51). Headers are in the
liaison's interface language; every choice (sex, document and permit kinds, port of entry, purpose, the host's
relation and ID, the proof) is written with its fixed Chinese name, as the police's form names it (decision
0004), never in the resident's language; countries are ICAO/ISO three-letter codes, as in the passport.
"""

import csv
import datetime
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.styles import Font

from lianyang.people.models import IdentityDocument, Permit, Resident

from .models import AccommodationRegistration

Registration = AccommodationRegistration
# The police's own words for each choice (decision 0004: fixed, not translations).
CHINESE = {
    **{Resident.Sex.FEMALE: "女", Resident.Sex.MALE: "男", Resident.Sex.UNSPECIFIED: "未说明"},
    **{
        IdentityDocument.Kind.PASSPORT: "护照",
        IdentityDocument.Kind.HK_MACAO_PERMIT: "港澳居民来往内地通行证",
        IdentityDocument.Kind.TAIWAN_PERMIT: "台湾居民来往大陆通行证",
        IdentityDocument.Kind.TRAVEL_DOCUMENT: "旅行证件",
    },
    **{kind: f"{kind.removeprefix('visa_')}字签证" for kind in Permit.Kind.values if kind.startswith("visa_")},
    **{
        Permit.Kind.RP_WORK: "工作类居留许可",
        Permit.Kind.RP_STUDY: "学习类居留许可",
        Permit.Kind.RP_JOURNALIST: "记者类居留许可",
        Permit.Kind.RP_FAMILY: "团聚类居留许可",
        Permit.Kind.RP_PRIVATE: "私人事务类居留许可",
        Permit.Kind.PERMANENT: "外国人永久居留身份证",
    },
    **{Permit.Entries.SINGLE: "一次", Permit.Entries.DOUBLE: "二次", Permit.Entries.MULTIPLE: "多次"},
}
PURPOSE_CHINESE = {
    Registration.Purpose.WORK: "工作",
    Registration.Purpose.STUDY: "学习",
    Registration.Purpose.FAMILY: "家庭团聚",
    Registration.Purpose.BUSINESS: "商务",
    Registration.Purpose.TOURISM: "旅游或访问",
    Registration.Purpose.OTHER: "其他",
}
RELATION_CHINESE = {
    Registration.HostRelation.LANDLORD: "房东",
    Registration.HostRelation.OWNER: "本人自有住房",
    Registration.HostRelation.EMPLOYER: "雇主",
    Registration.HostRelation.RELATIVE: "亲属",
    Registration.HostRelation.FRIEND: "朋友",
    Registration.HostRelation.OTHER: "其他",
}
HOST_ID_CHINESE = {
    Registration.HostIdKind.RESIDENT_ID: "居民身份证",
    Registration.HostIdKind.PASSPORT: "护照",
    Registration.HostIdKind.PERMANENT_RESIDENCE: "外国人永久居留身份证",
    Registration.HostIdKind.OTHER: "其他证件",
}
PROOF_CHINESE = {
    Registration.ProofKind.LEASE: "租赁合同",
    Registration.ProofKind.PROPERTY_CERTIFICATE: "房屋产权证",
    Registration.ProofKind.HOST_ID: "留宿人身份证件",
    Registration.ProofKind.STATEMENT: "书面说明",
}


@dataclass(frozen=True)
class Column:
    label: str
    value: Callable[[AccommodationRegistration], object]


def _document(attribute: str):
    return lambda r: getattr(r.document, attribute) if r.document else None


def _permit(attribute: str):
    return lambda r: getattr(r.permit, attribute) if r.permit else None


def _country(country) -> str:
    return country.alpha3 if country else ""


REFERENCE_LABEL = _("Reference number")

POLICE_COLUMNS = (
    Column(REFERENCE_LABEL, lambda r: r.reference),
    Column(_("Surname"), lambda r: r.resident.surname),
    Column(_("Given names"), lambda r: r.resident.given_names),
    Column(_("Chinese name"), lambda r: r.resident.chinese_name),
    Column(_("Sex"), lambda r: CHINESE.get(r.resident.sex, "")),
    Column(_("Date of birth"), lambda r: r.resident.birth_date),
    Column(_("Nationality"), lambda r: _country(r.resident.nationality)),
    Column(_("Document kind"), lambda r: CHINESE.get(r.document.kind, "") if r.document else ""),
    Column(_("Document number"), _document("number")),
    Column(_("Document expiry"), _document("expiry_date")),
    Column(_("Issuing state"), lambda r: _country(r.document.issuing_state) if r.document else ""),
    Column(_("Date of entry"), lambda r: r.entry_date),
    Column(_("Port of entry"), lambda r: r.entry_port_in_chinese),
    Column(_("Purpose of stay"), lambda r: PURPOSE_CHINESE.get(r.purpose, "")),
    Column(_("Visa or permit kind"), lambda r: CHINESE.get(r.permit.kind, "") if r.permit else ""),
    Column(_("Visa or permit number"), _permit("number")),
    Column(_("Entries"), lambda r: CHINESE.get(r.permit.entries, "") if r.permit else ""),
    Column(_("Visa or permit expiry"), _permit("valid_until")),
    Column(_("Occupation"), lambda r: r.resident.occupation),
    Column(_("Address abroad"), lambda r: r.address_abroad),
    Column(_("Previous address"), lambda r: r.previous_address),
    Column(_("Present address (in Chinese)"), lambda r: r.address.in_chinese),
    Column(_("Phone"), lambda r: str(r.resident.phone or "")),
    Column(_("E-mail"), lambda r: r.resident.email),
    Column(_("Arrival (date and time)"), lambda r: timezone.localtime(r.arrival_at).replace(tzinfo=None)),
    Column(_("Planned departure"), lambda r: r.planned_departure),
    Column(_("Host or landlord"), lambda r: r.host_name),
    Column(_("Host's ID kind"), lambda r: HOST_ID_CHINESE.get(r.host_id_kind, "")),
    Column(_("Host's ID number"), lambda r: r.host_id_number),
    Column(_("Host's phone"), lambda r: r.host_phone),
    Column(_("Host's relation to the resident"), lambda r: RELATION_CHINESE.get(r.host_relation, "")),
    Column(_("Proof of residence"), lambda r: PROOF_CHINESE.get(r.proof_kind, "")),
)

# What a spreadsheet may run as a formula when a cell starts with it (OWASP: CSV injection): even "+1-2".
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value
    return str(value)


def police_rows(registrations: Iterable[AccommodationRegistration]) -> Iterable[list]:
    """The header, then one row per registration; dates stay dates."""
    yield [str(column.label) for column in POLICE_COLUMNS]
    for registration in registrations:
        yield [_cell(column.value(registration)) for column in POLICE_COLUMNS]


def batch_xlsx(*, batch, registrations) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = batch.reference
    for row in police_rows(registrations):
        sheet.append(row)
        # Text stays text: openpyxl would write a value that starts with "=" as a formula.
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _csv_value(value) -> str:
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    # A spreadsheet opening the file shows the quote and runs nothing.
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def batch_csv(*, registrations) -> bytes:
    """UTF-8 with a byte-order mark, so Excel on a Chinese Windows opens the names in every script."""
    text = io.StringIO()
    writer = csv.writer(text)
    for row in police_rows(registrations):
        writer.writerow([_csv_value(value) for value in row])
    return text.getvalue().encode("utf-8-sig")
