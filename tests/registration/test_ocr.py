"""Reading the MRZ from a photo with Tesseract on the server: pages rendered here, in a monospace font."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from lianyang.registration import ocr
from lianyang.registration.mrz import check_digit
from tests.factories import days_from_today, mrz_date

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
TODAY = datetime.date(2026, 11, 26)
PASSPORT_EXPIRY = days_from_today(5 * 365)
VISA_EXPIRY = days_from_today(200)

needs_tesseract = pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract is not installed (.ci/run installs it)")


def passport_lines(surname="TANAKA", given="HIROSHI", number="TK1234567", state="JPN", birth="850314", sex="M",
                   expiry=None):  # fmt: skip
    """The two TD3 lines of a fictional passport, with correct check digits (ICAO Doc 9303)."""
    expiry = expiry or mrz_date(PASSPORT_EXPIRY)
    line1 = f"P<{state}{surname}<<{given.replace(' ', '<')}".ljust(44, "<")
    number_field = number.ljust(9, "<")
    body = (
        f"{number_field}{check_digit(number_field)}{state}{birth}{check_digit(birth)}"
        f"{sex}{expiry}{check_digit(expiry)}{'<' * 14}<"
    )
    return line1, body + check_digit(body[0:10] + body[13:20] + body[21:43])


def visa_lines(surname="KIM", given="MINJUN", number="Z12345678", nationality="KOR", birth="900101", sex="M",
               expiry=None):  # fmt: skip
    """The two MRV-A lines of a fictional Chinese visa sticker."""
    expiry = expiry or mrz_date(VISA_EXPIRY)
    line1 = f"V<CHN{surname}<<{given}".ljust(44, "<")
    line2 = f"{number}{check_digit(number)}{nationality}{birth}{check_digit(birth)}{sex}{expiry}{check_digit(expiry)}"
    return line1, line2.ljust(44, "<")


def page_image(lines=None, *, title="PASSPORT", fields=(), width=1250, blur=0.0, image_format="JPEG") -> bytes:
    """A page of a travel document as a phone would photograph it: a photo box, printed fields, and the MRZ in
    a monospace font at the bottom (about 3 mm characters on an 88 mm page, as Doc 9303 sets them)."""
    scale = width / 1250
    image = Image.new("RGB", (width, int(width * 0.7)), (236, 230, 214))
    draw = ImageDraw.Draw(image)
    draw.text((50 * scale, 40 * scale), title, font=ImageFont.truetype(SANS, int(40 * scale)), fill=(60, 30, 30))
    draw.rectangle((50 * scale, 150 * scale, 330 * scale, 520 * scale), fill=(190, 190, 200))
    label_font, value_font = ImageFont.truetype(SANS, int(18 * scale)), ImageFont.truetype(SANS, int(26 * scale))
    for row, (label, value) in enumerate(fields):
        top = (150 + 58 * row) * scale
        draw.text((380 * scale, top), label, font=label_font, fill=(90, 90, 120))
        draw.text((380 * scale, top + 20 * scale), value, font=value_font, fill=(20, 20, 20))
    if lines:
        mono = ImageFont.truetype(MONO, int(40 * scale))
        for row, line in enumerate(lines):
            draw.text((45 * scale, (700 + 70 * row) * scale), line, font=mono, fill=(15, 15, 15))
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    buffer = io.BytesIO()
    image.save(buffer, image_format, **({"quality": 88} if image_format == "JPEG" else {}))
    return buffer.getvalue()


def passport_page(**person) -> bytes:
    lines = passport_lines(**person)
    fields = [("Surname", person.get("surname", "TANAKA")), ("Passport No.", person.get("number", "TK1234567"))]
    return page_image(lines, fields=fields)


@needs_tesseract
def test_passport_photo_gives_every_field():
    reading = ocr.read_mrz(passport_page(), today=TODAY)
    result = reading.result
    assert result.valid, result.errors
    assert (result.surname, result.given_names) == ("TANAKA", "HIROSHI")
    assert (result.document_number, result.nationality_country, result.issuing_country) == ("TK1234567", "JP", "JP")
    assert (result.birth_date, result.expiry_date, result.sex) == ("1985-03-14", PASSPORT_EXPIRY.isoformat(), "M")


@needs_tesseract
@pytest.mark.parametrize(
    ("person", "width", "blur"),
    [
        ({"surname": "MUELLER", "given": "HANNA", "number": "C01X00T47", "state": "D<<", "sex": "F"}, 900, 0.6),
        ({"surname": "SILVA", "given": "JOAO PEDRO", "number": "FX123456", "state": "BRA"}, 2400, 1.0),
    ],
)
def test_smaller_and_blurred_photos_are_read(person, width, blur):
    lines = passport_lines(**person)
    reading = ocr.read_mrz(page_image(lines, width=width, blur=blur), today=TODAY)
    assert reading.result.valid, (reading.line1, reading.line2, reading.result.errors)
    assert reading.result.document_number == person["number"]


@needs_tesseract
def test_png_scan_of_a_visa_sticker_is_read():
    content = page_image(visa_lines(), title="中华人民共和国签证 VISA", image_format="PNG")
    result = ocr.read_mrz(content, today=TODAY).result
    assert result.valid, result.errors
    assert result.format == "MRV-A"
    assert (result.document_number, result.expiry_date) == ("Z12345678", VISA_EXPIRY.isoformat())


@needs_tesseract
def test_photo_without_an_mrz_says_so():
    content = page_image(fields=[("Name", "A holiday photo"), ("Place", "The Bund")])
    with pytest.raises(ValidationError) as raised:
        ocr.read_mrz(content, today=TODAY)
    assert raised.value.code == "no_mrz"
    assert "machine-readable zone" in raised.value.messages[0]


def test_a_file_that_is_no_picture_is_refused(monkeypatch):
    monkeypatch.setattr(ocr, "ocr_available", lambda: True)
    with pytest.raises(ValidationError) as raised:
        ocr.read_mrz(b"%PDF-1.7 not a picture", today=TODAY)
    assert raised.value.code == "not_an_image"


def test_without_tesseract_reading_is_unavailable(monkeypatch):
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    with pytest.raises(ValidationError) as raised:
        ocr.read_mrz(passport_page(), today=TODAY)
    assert raised.value.code == "ocr_unavailable"


def test_fillers_run_together_are_counted_back_on_the_pitch():
    # Tesseract's boxes for "AB<<<<C": one wide box where it saw four fillers as one.
    glyphs = [
        ocr.Glyph("A", 0, 20, 0, 40),
        ocr.Glyph("B", 30, 50, 0, 40),
        ocr.Glyph("<", 60, 170, 5, 30),
        ocr.Glyph("C", 180, 200, 0, 40),
    ]
    assert ocr._on_the_pitch(glyphs, 8) == "AB<<<<C<"


def test_letters_misread_as_digits_are_mended_where_only_letters_stand():
    line1, line2 = passport_lines(state="KOR", surname="KIM", given="MINJUN")
    misread1 = line1.replace("KOR", "K0R")
    misread2 = line2[:10] + "K0R" + line2[13:]
    assert ocr._mended(misread1, misread2) == (line1, line2)
