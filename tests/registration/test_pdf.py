"""The registration slip and the police's form as PDF: the right data, in the right scripts, fetched from nowhere."""

import io
import socket

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from lianyang.registration.pdf import html_to_pdf, police_form_pdf, slip_pdf
from tests.factories import make_passport, make_permit, make_resident
from tests.registration.factories import make_registered, make_registration


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def kim_registered(resident_a):
    resident_a.preferred_language = "ko"
    resident_a.save()
    return make_registered(resident_a)


@pytest.fixture
def amira_registered(station_a):
    amira = make_resident(station_a, 4, preferred_language="ar")
    make_passport(amira, number="A98765432")
    make_permit(amira)
    return make_registered(amira, receipt="PCS2026-0077")


@pytest.mark.django_db
def test_korean_residents_slip_holds_name_receipt_and_both_languages(kim_registered):
    text = text_of(slip_pdf(kim_registered, "ko"))
    assert "KIM MINJUN" in text
    assert "김민준" in text and "金敏俊" in text
    assert "PCS2026-0042" in text
    assert kim_registered.reference in text
    assert "护照姓名" in text and "派出所回执编号" in text
    assert "여권상 이름" in text and "국적" in text
    assert "韩国" in text and "대한민국" in text


@pytest.mark.django_db
def test_slip_shows_the_document_number_masked(kim_registered):
    text = text_of(slip_pdf(kim_registered, "ko"))
    assert "E12****89" in text
    assert "E12345689" not in text


@pytest.mark.django_db
def test_arabic_residents_slip_holds_arabic_script(amira_registered):
    text = text_of(slip_pdf(amira_registered, "ar"))
    assert "HASSAN AMIRA" in text
    assert "أميرة حسن" in text
    assert "الجنسية" in text
    assert "PCS2026-0077" in text


@pytest.mark.django_db
def test_slip_carries_the_verification_address(kim_registered):
    text = text_of(slip_pdf(kim_registered, "ko")).replace("\n", "")
    assert f"{settings.SITE_URL}/verify/{kim_registered.verify_token}" in text


@pytest.mark.django_db
def test_a_chinese_reader_gets_english_beside_the_chinese(kim_registered):
    text = text_of(slip_pdf(kim_registered, "zh-hans"))
    assert "护照姓名" in text and "Passport name" in text


@pytest.mark.django_db
def test_a_stay_not_yet_registered_has_no_slip(resident_a):
    with pytest.raises(ValidationError, match="Only a registered stay"):
        slip_pdf(make_registration(resident_a), "en")


@pytest.mark.django_db
def test_police_form_holds_every_field_in_full(kim_registered):
    text = text_of(police_form_pdf(kim_registered))
    assert "KIM" in text and "MINJUN" in text and "김민준" in text
    assert "E12345689" in text
    assert "RP0012345" in text
    assert "310115198001011238" in text
    assert "王建国" in text and "+86 139 1234 5678" in text
    assert "证件号码" in text and "Issuing state" in text
    assert "留宿人或房东" in text and "Host or landlord" in text
    assert "男 / Male" in text
    assert "花木派出所" in text


def test_pdfs_fetch_nothing_from_the_network(monkeypatch, tmp_path):
    attempts = []
    monkeypatch.setattr(socket, "create_connection", lambda *args, **kwargs: attempts.append(args))
    monkeypatch.setattr(socket.socket, "connect", lambda self, *args: attempts.append(args))
    local = tmp_path / "secret.png"
    local.write_bytes(b"not an image")
    html = (
        '<link rel="stylesheet" href="https://cdn.example.com/style.css">'
        '<style>@font-face { font-family: X; src: url("http://fonts.example.com/x.woff2"); }</style>'
        f'<img src="http://127.0.0.1:9/tracker.png"><img src="{local.as_uri()}"><p>你好</p>'
    )
    assert html_to_pdf(html).startswith(b"%PDF")
    assert attempts == []
