"""Papers are checked by their content, renamed by the server and kept privately; a bad one stores nothing."""

import hashlib
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from lianyang.audit.models import AuditEvent
from lianyang.registration.models import RegistrationUpload
from lianyang.registration.uploads import MAX_UPLOAD_BYTES, statement_store, upload_read, upload_store, uploads_attach
from tests.registration.factories import make_registration

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


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
