"""The registration slip for the resident and the registration form for the police, as PDF (WeasyPrint).

The slip (临时住宿登记回执) proves a registered stay: the resident keeps it and shows it when applying for a
residence permit (docs/domain.md §1, Exit and Entry Administration Law, art. 39). It is in Chinese and the resident's
language, shows the document number masked, and carries a QR code that opens `/verify/<token>`. The police form
holds every field of the union of the real forms (docs/domain.md §1) in Chinese with English, the document number in
full: that is what the police register.

Fonts are the system's Noto CJK (and Noto Sans / Noto Sans Arabic or DejaVu Sans where installed); WeasyPrint
fetches nothing but `data:` URIs, so a PDF never reaches outside the server (PIPL art. 36). The caller checks
who may have the PDF and audits the export.
"""

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries.fields import Country

from lianyang.core.pdf import html_to_pdf

from .models import AccommodationRegistration, Status

CHINESE = "zh-hans"


def _rendered(template: str, context: dict) -> bytes:
    return html_to_pdf(render_to_string(template, context))


def _said_in(language: str, label) -> str:
    """A lazy label, or a country (whose name follows the active language), in `language`."""
    with translation.override(language):
        return str(label.name if isinstance(label, Country) else label)


def _in_chinese_and_english(label) -> str:
    """A choice's label as `中文 / English`, or once where the two are the same (a name, or no translation)."""
    chinese, english = _said_in(CHINESE, label), _said_in("en", label)
    return english if chinese == english else f"{chinese} / {english}"


def _second_language(language: str) -> str:
    """The slip's language beside Chinese: the resident's, or English for a Chinese reader (and an unknown code)."""
    known = {code for code, _name in settings.LANGUAGES}
    return language if language in known and language != CHINESE else "en"


def verify_url(registration: AccommodationRegistration) -> str:
    return settings.SITE_URL + reverse("verify:slip", args=[registration.verify_token])


def _qr_code(url: str) -> str:
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


def slip_pdf(registration: AccommodationRegistration, language: str) -> bytes:
    """The slip of a registered stay, in Chinese and `language` (English beside Chinese for a Chinese reader)."""
    if registration.status != Status.REGISTERED:
        raise ValidationError(_("Only a registered stay has a registration slip."), code="not_registered")
    second = _second_language(language)
    resident, address = registration.resident, registration.address
    url = verify_url(registration)
    with translation.override(second):
        return _rendered(
            "registration/pdf/slip.html",
            {
                "registration": registration,
                "resident": resident,
                "station": registration.station,
                "address": address,
                "second": second,
                "second_dir": "rtl" if translation.get_language_info(second)["bidi"] else "ltr",
                "nationality_chinese": _said_in(CHINESE, resident.nationality),
                "nationality_second": _said_in(second, resident.nationality),
                "document_number": registration.document.masked_number if registration.document else "",
                "verify_url": url,
                "qr_code": _qr_code(url),
            },
        )


def police_form_pdf(registration: AccommodationRegistration) -> bytes:
    """One person's registration form for the partner police station, every field in full (docs/domain.md §1)."""
    resident, document, permit = registration.resident, registration.document, registration.permit
    address = registration.address
    # Choice labels as lazy strings (an enum member's `.label`), so each is said in Chinese and in English.
    labels = {
        "sex": resident.Sex(resident.sex).label,
        "nationality": resident.nationality,
        "purpose": registration.Purpose(registration.purpose).label,
        "host_relation": registration.HostRelation(registration.host_relation).label,
        "host_id_kind": registration.HostIdKind(registration.host_id_kind).label,
        "proof_kind": registration.ProofKind(registration.proof_kind).label,
        "channel": registration.Channel(registration.channel).label,
    }
    if document is not None:
        labels |= {"document_kind": document.Kind(document.kind).label, "issuing_state": document.issuing_state}
    if permit is not None:
        labels |= {
            "permit_kind": permit.Kind(permit.kind).label,
            "permit_entries": permit.Entries(permit.entries).label,
        }
    return _rendered(
        "registration/pdf/police_form.html",
        {
            "registration": registration,
            "resident": resident,
            "station": registration.station,
            "document": document,
            "permit": permit,
            "address": address,
            "building": address.building,
            "compound": address.building.compound,
            "labels": {name: _in_chinese_and_english(label) for name, label in labels.items()},
        },
    )
