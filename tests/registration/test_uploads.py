"""Papers are checked by their content, renamed by the server and kept privately; a bad one stores nothing."""

import datetime
import hashlib
import io
import os
import struct
import zlib

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image, ImageFile

from lianyang.audit.models import AuditEvent
from lianyang.registration.models import RegistrationUpload
from lianyang.registration.tasks import uploads_forget
from lianyang.registration.uploads import MAX_UPLOAD_BYTES, statement_store, upload_read, upload_store, uploads_attach
from tests.factories import pdf_bytes
from tests.registration.factories import make_registration

PDF = pdf_bytes()


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {**settings.STORAGES["default"], "OPTIONS": {"location": tmp_path}},
    }
    return tmp_path


def picture(image_format="PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 180, 160)).save(buffer, image_format)
    return buffer.getvalue()


@pytest.fixture
def arrival(db):
    return get_user_model().objects.create_user(username="new@example.com", email="new@example.com")


def test_a_text_file_renamed_jpg_is_refused():
    upload = SimpleUploadedFile("passport.jpg", b"just some text, not a photo", content_type="image/jpeg")
    with pytest.raises(ValidationError) as raised:
        upload_read(upload)
    assert raised.value.code == "file_type"
    assert "JPEG, PNG or WebP" in raised.value.messages[0]


def test_a_file_that_only_starts_like_a_jpeg_is_refused():
    upload = SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 200, content_type="image/jpeg")
    with pytest.raises(ValidationError) as raised:
        upload_read(upload)
    assert raised.value.code == "file_type"


def test_an_oversized_file_is_refused_before_it_is_read():
    upload = SimpleUploadedFile("scan.pdf", PDF + b"0" * MAX_UPLOAD_BYTES, content_type="application/pdf")
    with pytest.raises(ValidationError) as raised:
        upload_read(upload)
    assert raised.value.code == "file_size"
    assert "larger than 10.0\xa0MB" in raised.value.messages[0]


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError) as raised:
        upload_read(SimpleUploadedFile("empty.png", b"", content_type="image/png"))
    assert raised.value.code == "file_empty"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (PDF, "application/pdf"),
        (picture("PNG"), "image/png"),
        (picture("JPEG"), "image/jpeg"),
        (picture("WEBP"), "image/webp"),
    ],
)
def test_the_type_comes_from_the_content_not_the_name(content, expected):
    upload = SimpleUploadedFile("whatever.txt", content, content_type="text/plain")
    assert upload_read(upload) == (content, expected)


@pytest.mark.django_db
def test_a_pdf_is_kept_privately_under_a_name_the_server_makes(arrival, private_storage):
    content, content_type = upload_read(SimpleUploadedFile("../../etc/lease.pdf", PDF))
    upload = upload_store(actor=arrival, kind="proof", content=content, content_type=content_type)
    assert upload.owner == arrival and upload.content_type == "application/pdf" and upload.size == len(PDF)
    assert upload.sha256 == hashlib.sha256(PDF).hexdigest()
    assert "lease" not in upload.file.name and upload.file.name.endswith(".pdf")
    assert (private_storage / upload.file.name).read_bytes() == PDF
    assert AuditEvent.objects.filter(
        actor=arrival, action="create", object_type="registration.registrationupload"
    ).exists()


@pytest.mark.django_db
def test_a_bad_upload_stores_nothing(arrival, private_storage):
    with pytest.raises(ValidationError):
        upload_read(SimpleUploadedFile("passport.jpg", b"not a photo"))
    assert not RegistrationUpload.objects.exists()
    assert not any(private_storage.rglob("*.*"))


@pytest.mark.django_db
def test_papers_join_only_their_owners_registration(arrival, resident_user, resident_a):
    registration = make_registration(resident_a, actor=resident_user)
    own = upload_store(actor=resident_user, kind="passport", content=picture(), content_type="image/png")
    statement = statement_store(actor=resident_user, text="I live with my friend Wang in room 101 since 1 May.")
    someone_elses = upload_store(actor=arrival, kind="proof", content=PDF, content_type="application/pdf")
    uploads_attach(actor=resident_user, registration=registration, upload_ids=[own.pk, statement.pk, someone_elses.pk])
    assert set(registration.uploads.values_list("pk", flat=True)) == {own.pk, statement.pk}
    statement.refresh_from_db()
    assert statement.content_type == "text/plain" and statement.file.read().startswith(b"I live with my friend")


def read_and_store(actor, content: bytes, name="scan.pdf", kind="proof") -> RegistrationUpload:
    """What every channel does with a file: read and check it, then keep it for its account."""
    checked, content_type = upload_read(SimpleUploadedFile(name, content))
    return upload_store(actor=actor, kind=kind, content=checked, content_type=content_type)


# Just under 9.9 MiB with its PDF wrapping: ten fit in a day's quota of 100 MiB, the eleventh does not.
LARGE_PDF_PADDING = int(9.9 * 1024 * 1024) - 2000


@pytest.mark.django_db
def test_the_eleventh_large_file_of_a_day_is_over_the_quota(arrival, private_storage):
    large = pdf_bytes(padding=LARGE_PDF_PADDING)
    assert 9.8 * 1024 * 1024 < len(large) <= MAX_UPLOAD_BYTES
    for _ in range(10):
        read_and_store(arrival, large)
    with pytest.raises(ValidationError) as raised:
        read_and_store(arrival, large)
    assert raised.value.code == "file_quota"
    assert "as many papers today as we take from one account (100.0\xa0MB)" in raised.value.messages[0]
    assert RegistrationUpload.objects.filter(owner=arrival).count() == 10
    assert len(list(private_storage.rglob("*.pdf"))) == 10
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1, minutes=1)):
        assert read_and_store(arrival, large).size == len(large)


@pytest.mark.django_db
def test_the_quota_is_each_account_s_own(arrival, resident_user, settings):
    settings.UPLOAD_QUOTA_BYTES = len(PDF) * 2
    read_and_store(arrival, PDF)
    read_and_store(arrival, PDF)
    with pytest.raises(ValidationError):
        read_and_store(arrival, PDF)
    assert read_and_store(resident_user, PDF).owner == resident_user


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\n" + b"this is no PDF at all " * 500,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
        pdf_bytes()[:200],
    ],
    ids=["header-only", "no-pages", "cut-short"],
)
def test_a_file_that_only_starts_like_a_pdf_is_refused(content):
    with pytest.raises(ValidationError) as raised:
        upload_read(SimpleUploadedFile("lease.pdf", content, content_type="application/pdf"))
    assert raised.value.code == "pdf_unreadable"
    assert "This PDF cannot be opened" in raised.value.messages[0]


def test_a_pdf_with_a_password_is_refused():
    with pytest.raises(ValidationError) as raised:
        upload_read(SimpleUploadedFile("lease.pdf", pdf_bytes(password="secret")))
    assert raised.value.code == "pdf_encrypted"
    assert "protected by a password" in raised.value.messages[0]


def test_a_pdf_with_too_many_pages_is_refused(settings):
    settings.UPLOAD_MAX_PDF_PAGES = 3
    assert upload_read(SimpleUploadedFile("lease.pdf", pdf_bytes(3)))[1] == "application/pdf"
    with pytest.raises(ValidationError) as raised:
        upload_read(SimpleUploadedFile("lease.pdf", pdf_bytes(4)))
    assert raised.value.code == "pdf_pages"
    assert "(at most 3)" in raised.value.messages[0]


def test_a_real_pdf_is_accepted():
    content = pdf_bytes(2)
    assert upload_read(SimpleUploadedFile("lease.pdf", content)) == (content, "application/pdf")


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims `width` × `height` one-bit pixels but carries only one row: tiny to send, and only
    decoding it would find out how little it holds."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row)) + chunk(b"IEND", b"")


def test_a_144_megapixel_png_is_refused_before_it_is_decoded(monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("the picture was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", never)
    content = png_claiming(12000, 12000)
    assert len(content) < 5000
    with pytest.raises(ValidationError) as raised:
        upload_read(SimpleUploadedFile("passport.png", content))
    assert raised.value.code == "file_pixels"
    assert "more than 40 million pixels" in raised.value.messages[0]


def test_a_picture_within_the_pixel_limit_is_accepted(settings):
    settings.UPLOAD_MAX_PIXELS = 40 * 30
    assert upload_read(SimpleUploadedFile("p.png", picture()))[1] == "image/png"
    settings.UPLOAD_MAX_PIXELS = 40 * 30 - 1
    with pytest.raises(ValidationError):
        upload_read(SimpleUploadedFile("p.png", picture()))


def photo_with_exif(size=(2400, 1800)) -> bytes:
    """A landscape camera photo with the EXIF a phone writes: turn it a quarter (orientation 6), its make, and
    where it was taken."""
    image = Image.new("RGB", size, (90, 120, 150))
    image.paste((250, 20, 20), (0, 0, size[0] // 4, size[1] // 4))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: turn 90° clockwise to view
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (31.0, 12.0, 30.0)}  # GPSInfo
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=95)
    return buffer.getvalue()


@pytest.fixture
def officer_sees(client_for, officer_a, resident_user, resident_a):
    """The registration's paper as its station's officer's browser gets it."""
    registration = make_registration(resident_a, actor=resident_user)

    def fetch(content: bytes, kind="passport"):
        upload = read_and_store(resident_user, content, kind=kind)
        uploads_attach(actor=resident_user, registration=registration, upload_ids=[upload.pk])
        return upload, client_for(officer_a).get(reverse("registration:upload_file", args=[upload.pk]))

    return fetch


@pytest.mark.django_db
def test_officers_see_a_preview_drawn_again_without_metadata(officer_sees, officer_a):
    original = photo_with_exif()
    upload, response = officer_sees(original, kind="passport")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    preview = response.content
    assert preview != original and len(preview) < len(original)
    with Image.open(io.BytesIO(preview)) as shown:
        assert shown.format == "JPEG"
        assert not shown.getexif() and "exif" not in shown.info and "icc_profile" not in shown.info
        assert shown.size == (1200, 1600)  # turned upright as the EXIF says, then scaled to 1600 px at most
        assert shown.getpixel((1150, 20))[0] > 200  # the red corner went from top left to top right
    assert AuditEvent.objects.filter(
        actor=officer_a, action="view", object_type="registration.registrationupload", object_id=str(upload.pk)
    ).exists()


@pytest.mark.django_db
def test_a_png_with_transparency_is_previewed_as_a_jpeg(officer_sees):
    buffer = io.BytesIO()
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(buffer, "PNG")
    _, response = officer_sees(buffer.getvalue())
    with Image.open(io.BytesIO(response.content)) as shown:
        assert shown.format == "JPEG" and shown.size == (300, 200) and shown.getpixel((10, 10)) == (255, 255, 255)


@pytest.mark.django_db
def test_a_pdf_is_only_downloaded(officer_sees):
    _, response = officer_sees(PDF, kind="proof")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.django_db
def test_a_picture_over_the_pixel_limit_kept_earlier_is_only_downloaded(officer_sees, client_for, officer_a, settings):
    upload, _ = officer_sees(picture())
    settings.UPLOAD_MAX_PIXELS = 100
    response = client_for(officer_a).get(reverse("registration:upload_file", args=[upload.pk]))
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")


def upload_kept(actor, *, registration=None) -> RegistrationUpload:
    upload = read_and_store(actor, picture(), name="passport.png", kind="passport")
    if registration is not None:
        uploads_attach(actor=actor, registration=registration, upload_ids=[upload.pk])
    return upload


def stray_file(private_storage, name: str, *, age: datetime.timedelta):
    path = private_storage / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(picture())
    written = (timezone.now() - age).timestamp()
    os.utime(path, (written, written))
    return path


@pytest.mark.django_db
def test_papers_of_drafts_never_sent_are_deleted_after_the_retention_period(
    resident_user, resident_a, private_storage, settings, caplog
):
    settings.UPLOAD_RETENTION_DAYS = 30
    abandoned = upload_kept(resident_user)
    sent = upload_kept(resident_user, registration=make_registration(resident_a, actor=resident_user))
    with time_machine.travel(timezone.now() + datetime.timedelta(days=31), tick=False):
        recent = upload_kept(resident_user)
        stray = stray_file(private_storage, "registrations/2020/01/left-behind.png", age=datetime.timedelta(days=2))
        saving_now = stray_file(private_storage, "documents/being-saved.png", age=datetime.timedelta(minutes=1))
        with caplog.at_level("INFO", logger="lianyang.registration.retention"):
            assert uploads_forget.enqueue().return_value == 2
        assert "deleted 1 papers of registrations never sent (older than 30 days), 1 unnamed files" in caplog.text
        assert set(RegistrationUpload.objects.values_list("pk", flat=True)) == {sent.pk, recent.pk}
        assert not (private_storage / abandoned.file.name).exists() and not stray.exists()
        assert (private_storage / sent.file.name).exists() and (private_storage / recent.file.name).exists()
        assert saving_now.exists()
        assert uploads_forget.enqueue().return_value == 0  # a second pass finds nothing more to delete
