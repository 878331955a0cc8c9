"""A resident registers their stay on the portal: a new arrival from their e-mail address, a known resident from
their account; a second click makes no second registration, and bad answers change nothing."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from lianyang.accounts.models import User
from lianyang.people.models import IdentityDocument, Permit, Resident
from lianyang.registration import ocr
from lianyang.registration.models import AccommodationRegistration, RegistrationUpload
from tests.factories import (
    PASSPORT_EXPIRES_DAYS,
    PERMIT_FROM_DAYS,
    PERMIT_UNTIL_DAYS,
    days_from_today,
    iso_from_today,
    mrz_date,
    pdf_bytes,
    station_address,
)
from tests.registration.factories import make_registration
from tests.registration.test_ocr import PASSPORT_EXPIRY, needs_glyphs, page_image, passport_lines, visa_lines
from tests.registration.test_uploads import png_claiming

PDF = pdf_bytes()
JOAO_EXPIRY = days_from_today(6 * 365)
JOAO = passport_lines(
    surname="SILVA", given="JOAO", number="FX1234567", state="BRA", birth="900515", expiry=mrz_date(JOAO_EXPIRY)
)
# What a known resident types: the passport and permit the factories put on record.
KIM_PASSPORT = {
    "document_number": "E12345689",
    "issuing_state": "KR",
    "expiry_date": iso_from_today(PASSPORT_EXPIRES_DAYS),
}
HOST = {
    "host_name": "王建国",
    "host_phone": "139 1234 5678",
    "host_relation": "landlord",
    "host_id_kind": "resident_id",
    "host_id_number": "310115198001011238",
    "proof_kind": "lease",
}


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {**settings.STORAGES["default"], "OPTIONS": {"location": tmp_path}},
    }


def url(name, **kwargs):
    return reverse(f"stay:{name}", kwargs=kwargs)


def arrival_fields(address, *, hours_ago=2):
    arrived = timezone.localtime() - datetime.timedelta(hours=hours_ago)
    return {
        "compound": address.building.compound_id,
        "building": address.building_id,
        "room": address.pk,
        "arrival_date": arrived.date().isoformat(),
        "arrival_time": arrived.strftime("%H:%M"),
        "entry_date": (arrived.date() - datetime.timedelta(days=1)).isoformat(),
        "entry_port": "PVG",
        "purpose": "work",
    }


def joao_details():
    return {
        "surname": "SILVA",
        "given_names": "JOAO",
        "sex": "M",
        "birth_date": "1990-05-15",
        "nationality": "BR",
        "native_name": "João Silva",
        "phone": "+55 11 91234 5678",
        "document_number": "FX1234567",
        "issuing_state": "BR",
        "expiry_date": JOAO_EXPIRY.isoformat(),
    }


def z_visa():
    return {"action": "save", "kind": "visa_Z", "number": "Z9876543", "valid_from": iso_from_today(-60),
            "valid_until": iso_from_today(120), "entries": "single"}  # fmt: skip


def new_arrival_logs_in(client, mailoutbox, capture, email="joao.silva@example.com"):
    """The e-mail step and its code, as a newcomer without an account goes through them."""
    assert client.post(url("begin"))["Location"] == url("email")
    with capture(execute=True):
        assert client.post(url("email"), {"stay-email": email})["Location"] == url("code")
    code = re.search(r"(?<!\d)(\d{6})(?!\d)", mailoutbox[-1].body).group(1)
    assert client.post(url("code"), {"code": code})["Location"] == url("passport")


def type_passport(client, lines=JOAO):
    return client.post(url("passport"), {"action": "type", "mrz-line1": lines[0], "mrz-line2": lines[1]})


def answer_after_passport(client, address, *, details=None, permit=None, place=None):
    """Steps 2 to 5, each answered and each sending the resident on to the next."""
    assert client.post(url("person"), details or joao_details())["Location"] == url("permit")
    assert client.post(url("permit"), permit or z_visa())["Location"] == url("address")
    assert client.post(url("address"), place or arrival_fields(address))["Location"] == url("host")
    proof = SimpleUploadedFile("lease.pdf", PDF, content_type="application/pdf")
    assert client.post(url("host"), {**HOST, "proof-file": proof})["Location"] == url("review")


@pytest.mark.django_db
def test_new_arrival_registers_from_their_email_to_the_status_page(
    client, station_a, mailoutbox, django_capture_on_commit_callbacks
):
    new_arrival_logs_in(client, mailoutbox, django_capture_on_commit_callbacks)
    user = User.objects.get(username="joao.silva@example.com")
    assert user.language == "en" and not hasattr(user, "resident")
    assert type_passport(client)["Location"] == url("person")
    page = client.get(url("person")).content.decode()
    assert 'value="SILVA"' in page and 'value="FX1234567"' in page and "Step 2 of 6" in page
    answer_after_passport(client, station_address(station_a, 1))
    assert "FX1234567" not in str(client.session["stay_draft"]), "the session keeps the answers encrypted"
    review = client.get(url("review")).content.decode()
    assert "FX1****67" in review and "FX1234567" not in review and "310*************38" in review
    response = client.post(url("review"), {"confirm": "on"})
    registration = AccommodationRegistration.objects.get()
    assert response["Location"] == url("submitted", reference=registration.reference)
    resident = Resident.objects.get(user=user)
    assert (resident.station, resident.surname, resident.nationality.code) == (station_a, "SILVA", "BR")
    assert (registration.resident, registration.channel, registration.status) == (resident, "portal", "submitted")
    assert registration.document.number == "FX1234567" and registration.document.mrz == "\n".join(JOAO)
    assert registration.permit.kind == "visa_Z" and registration.host_id_number == "310115198001011238"
    assert registration.uploads.get().kind == "proof"
    submitted = client.get(response["Location"]).content.decode()
    assert registration.reference in submitted
    assert timezone.localtime(registration.deadline_at).strftime("%Y-%m-%d %H:%M") in submitted
    status = client.get(url("detail", reference=registration.reference)).content.decode()
    assert "Submitted" in status and "The station will check your registration" in status


@pytest.mark.django_db
def test_known_resident_registers_with_the_passport_and_permit_on_record(client, resident_user, resident_a):
    client.force_login(resident_user)
    assert client.post(url("begin"))["Location"] == url("passport")
    assert client.post(url("passport"), {"action": "by_hand"})["Location"] == url("person")
    assert 'value="E12345689"' in client.get(url("person")).content.decode()
    details = KIM_PASSPORT
    permit = {"action": "save", "kind": "rp_work", "number": "RP0012345", "entries": "multiple",
              "valid_from": iso_from_today(PERMIT_FROM_DAYS),
              "valid_until": iso_from_today(PERMIT_UNTIL_DAYS)}  # fmt: skip
    answer_after_passport(
        client, station_address(resident_a.station, 2), details=details, permit=permit,
        place=arrival_fields(station_address(resident_a.station, 2)),
    )  # fmt: skip
    client.post(url("review"), {"confirm": "on"})
    registration = AccommodationRegistration.objects.get()
    assert registration.resident == resident_a
    assert IdentityDocument.objects.count() == 1 and Permit.objects.count() == 1
    assert (registration.document.number, registration.permit.number) == ("E12345689", "RP0012345")
    assert Resident.objects.count() == 1


@pytest.mark.django_db
def test_double_submission_makes_one_registration(client, resident_user, resident_a):
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    details = KIM_PASSPORT
    answer_after_passport(client, station_address(resident_a.station, 1), details=details)
    draft = client.session["stay_draft"]
    first = client.post(url("review"), {"confirm": "on"})
    again = client.post(url("review"), {"confirm": "on"})
    assert again["Location"] == first["Location"]
    # The same draft sent from a second tab that still holds it (the draft is kept encrypted, as it is).
    session = client.session
    session["stay_draft"] = draft
    session.save()
    assert client.post(url("review"), {"confirm": "on"})["Location"] == first["Location"]
    assert AccommodationRegistration.objects.count() == 1


@needs_glyphs
@pytest.mark.django_db
def test_passport_photo_prefills_the_details(client, resident_user):
    lines = passport_lines(surname="KIM", given="MINJUN", number="M87654321", state="KOR", birth="850314")
    client.force_login(resident_user)
    client.post(url("begin"))
    photo = SimpleUploadedFile("IMG_2041.jpg", page_image(lines), content_type="image/jpeg")
    assert client.post(url("passport"), {"action": "read", "paper-photo": photo})["Location"] == url("person")
    page = client.get(url("person")).content.decode()
    assert 'value="M87654321"' in page and f'value="{PASSPORT_EXPIRY.isoformat()}"' in page
    assert RegistrationUpload.objects.get().kind == "passport"


@pytest.mark.django_db
def test_someone_elses_passport_is_refused_for_a_known_resident(client, resident_user):
    client.force_login(resident_user)
    client.post(url("begin"))
    page = type_passport(client).content.decode()
    assert "not in the name and date of birth the station has for you" in page
    assert client.get(url("person"))["Location"] == url("passport")


@pytest.mark.django_db
def test_a_text_file_as_passport_photo_is_refused_and_nothing_kept(client, resident_user):
    client.force_login(resident_user)
    client.post(url("begin"))
    fake = SimpleUploadedFile("passport.jpg", b"hello, I am not a photo", content_type="image/jpeg")
    response = client.post(url("passport"), {"action": "read", "paper-file": fake})
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
    assert "is not a photo (JPEG, PNG or WebP) or a PDF" in response.content.decode()
    assert not RegistrationUpload.objects.exists()


@pytest.mark.django_db
def test_a_pdf_passport_is_kept_but_not_read(client, resident_user):
    client.force_login(resident_user)
    client.post(url("begin"))
    scan = SimpleUploadedFile("scan.pdf", PDF, content_type="application/pdf")
    response = client.post(url("passport"), {"action": "read", "paper-file": scan}, follow=True)
    assert "We can read only photos" in response.content.decode()
    assert RegistrationUpload.objects.get().content_type == "application/pdf"


@pytest.mark.django_db
def test_papers_over_the_day_s_quota_are_refused_on_the_page_and_nothing_kept(client, resident_user, settings):
    settings.UPLOAD_QUOTA_BYTES = len(PDF) * 2
    client.force_login(resident_user)
    client.post(url("begin"))
    for _ in range(2):
        scan = SimpleUploadedFile("scan.pdf", PDF, content_type="application/pdf")
        client.post(url("passport"), {"action": "read", "paper-file": scan})
    scan = SimpleUploadedFile("scan.pdf", PDF, content_type="application/pdf")
    response = client.post(url("passport"), {"action": "read", "paper-file": scan})
    page = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in page
    assert "You have sent as many papers today as we take from one account" in page
    assert RegistrationUpload.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7\n" + b"not a PDF " * 100, "This PDF cannot be opened"),
        (pdf_bytes(password="secret"), "This PDF is protected by a password"),
    ],
)
def test_a_pdf_that_does_not_open_is_refused_on_the_page(client, resident_user, content, message):
    client.force_login(resident_user)
    client.post(url("begin"))
    scan = SimpleUploadedFile("scan.pdf", content, content_type="application/pdf")
    response = client.post(url("passport"), {"action": "read", "paper-file": scan})
    assert response.status_code == 200 and message in response.content.decode()
    assert not RegistrationUpload.objects.exists()


@pytest.mark.django_db
def test_a_huge_picture_is_refused_on_the_page_in_the_resident_s_language(client, resident_user):
    client.force_login(resident_user)
    client.post(reverse("stay:begin").replace("/en/", "/de/"))
    photo = SimpleUploadedFile("passport.png", png_claiming(12000, 12000), content_type="image/png")
    response = client.post(url("passport").replace("/en/", "/de/"), {"action": "read", "paper-file": photo})
    assert response.status_code == 200 and "mehr als 40 Millionen Pixel" in response.content.decode()
    assert not RegistrationUpload.objects.exists()


@pytest.mark.django_db
def test_without_tesseract_the_page_offers_typing(client, resident_user, monkeypatch):
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    client.force_login(resident_user)
    client.post(url("begin"))
    page = client.get(url("passport")).content.decode()
    assert "Reading passport photos is not available" in page and "Or type the two lines" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line2_change", "message"),
    [
        (lambda line: line[:19] + str((int(line[19]) + 1) % 10) + line[20:], "date of birth does not match"),
        (lambda line: line[:9] + str((int(line[9]) + 1) % 10) + line[10:], "document number does not match"),
        (lambda line: line[:40], "The second line has 40 characters; it should have 44."),
    ],
)
def test_a_failing_check_names_the_field(client, station_a, mailoutbox, django_capture_on_commit_callbacks,
                                         line2_change, message):  # fmt: skip
    new_arrival_logs_in(client, mailoutbox, django_capture_on_commit_callbacks)
    response = type_passport(client, (JOAO[0], line2_change(JOAO[1])))
    assert response.status_code == 200 and message in response.content.decode()
    assert client.get(url("person"))["Location"] == url("passport")


@pytest.mark.django_db
def test_an_expired_passport_is_refused(client, station_a, mailoutbox, django_capture_on_commit_callbacks):
    new_arrival_logs_in(client, mailoutbox, django_capture_on_commit_callbacks)
    expired = passport_lines(surname="SILVA", given="JOAO", number="FX1234567", state="BRA", expiry="250101")
    assert "This passport has expired" in type_passport(client, expired).content.decode()
    client.post(url("passport"), {"action": "by_hand"})
    page = client.post(url("person"), {**joao_details(), "expiry_date": iso_from_today(-30)}).content.decode()
    assert "This passport has expired" in page
    assert not Resident.objects.exists()


@pytest.mark.django_db
def test_arrival_in_the_future_is_refused(client, resident_user, resident_a):
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    client.post(url("person"), KIM_PASSPORT)
    client.post(url("permit"), {"action": "save", "visa_free": "on", "entries": "multiple"})
    page = client.post(url("address"), arrival_fields(station_address(resident_a.station, 1), hours_ago=-30))
    assert "The arrival cannot be in the future." in page.content.decode()
    assert client.get(url("review"))["Location"] == url("address")
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_a_room_of_another_station_is_refused(client, resident_user, resident_a, station_b):
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    client.post(url("person"), KIM_PASSPORT)
    client.post(url("permit"), {"action": "save", "visa_free": "on", "entries": "multiple"})
    elsewhere = arrival_fields(station_address(station_b))
    page = client.post(url("address"), elsewhere).content.decode()
    assert "Please choose a compound from the list." in page
    mixed = {**arrival_fields(station_address(resident_a.station, 1)), "room": elsewhere["room"]}
    assert "Please choose a room of the chosen building." in client.post(url("address"), mixed).content.decode()
    assert not AccommodationRegistration.objects.exists()


@pytest.mark.django_db
def test_bad_input_gives_errors_never_a_500(client, resident_user):
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    long_number = {"document_number": "E" * 5000, "issuing_state": "XX", "expiry_date": "next year"}
    response = client.post(url("person"), long_number)
    assert response.status_code == 200 and 'aria-invalid="true"' in response.content.decode()
    assert client.post(url("passport"), {"action": "type", "mrz-line1": "P" * 5000}).status_code == 200
    assert client.get(url("places"), {"compound": "abc", "building": "9" * 30}).status_code == 200
    umlauts = {**KIM_PASSPORT, "document_number": "ÄÖÜ"}
    assert "only letters and digits" in client.post(url("person"), umlauts).content.decode()
    client.post(url("person"), {**umlauts, "document_number": "E12345689"})
    broken = SimpleUploadedFile("visa.png", b"\x89PNG\r\n\x1a\n" + b"0" * 50, content_type="image/png")
    assert client.post(url("permit"), {"action": "read", "paper-photo": broken}).status_code == 200
    assert client.get(reverse("stay:message", args=[10**25])).status_code == 404


@pytest.mark.django_db
def test_steps_open_only_in_order_and_only_for_residents(client, resident_user, officer_a, client_for):
    assert client.get(url("review"))["Location"] == url("begin")
    client.force_login(resident_user)
    client.post(url("begin"))
    assert client.get(url("host"))["Location"] == url("passport")
    client_for(officer_a)
    assert client.get(url("passport")).status_code == 403


@pytest.mark.django_db
def test_staff_get_no_code_by_email(client, officer_a, mailoutbox, django_capture_on_commit_callbacks):
    officer_a.email = "officer@example.com"
    officer_a.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("email"), {"stay-email": "Officer@Example.com"})
    assert response["Location"] == url("code") and mailoutbox == []


@pytest.mark.django_db
def test_a_second_open_registration_for_the_same_room_is_refused(client, resident_user, resident_a):
    make_registration(resident_a, actor=resident_user, address=station_address(resident_a.station, 1))
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    details = KIM_PASSPORT
    answer_after_passport(client, station_address(resident_a.station, 1), details=details)
    page = client.post(url("review"), {"confirm": "on"}).content.decode()
    assert "already has an open registration for this address" in page and 'role="alert"' in page
    assert AccommodationRegistration.objects.count() == 1 and Permit.objects.count() == 1


@pytest.mark.django_db
def test_typed_visa_lines_prefill_the_permit(client, resident_user):
    client.force_login(resident_user)
    client.post(url("begin"))
    client.post(url("passport"), {"action": "by_hand"})
    client.post(url("person"), KIM_PASSPORT)
    visa_expiry = days_from_today(210)
    line1, line2 = visa_lines(number="Q12345678", expiry=mrz_date(visa_expiry))
    page = client.post(url("permit"), {"action": "type", "mrz-line1": line1, "mrz-line2": line2}).content.decode()
    assert 'value="Q12345678"' in page and f'value="{visa_expiry.isoformat()}"' in page
    page = client.post(url("permit"), {"action": "type", "mrz-line1": JOAO[0], "mrz-line2": JOAO[1]}).content.decode()
    assert "The first line of a Chinese visa or residence permit" in page
