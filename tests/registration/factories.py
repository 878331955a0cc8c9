"""Registrations for tests, made through the services: `make_registration` writes the ledger directly (as the
demo does, for any past or present state), `register_through_intake` goes through every rule of a channel."""

import datetime
import hashlib
import itertools

from django.core.files.base import ContentFile
from django.utils import timezone

from lianyang.registration.intake import HostAnswers, PassportAnswers, StayAnswers, stay_register
from lianyang.registration.models import RegistrationUpload
from lianyang.registration.services import (
    registration_record_receipt,
    registration_step,
    registration_submit,
    registrations_file,
)
from tests.factories import make_staff, station_address

_keys = itertools.count(1)

HOST = {
    "host_name": "王建国",
    "host_phone": "+86 139 1234 5678",
    "host_relation": "landlord",
    "host_id_kind": "resident_id",
    "host_id_number": "310115198001011238",
    "proof_kind": "lease",
}


def make_registration(resident, *, actor=None, address=None, hours_ago: float = 2, channel="portal", **overrides):
    fields = {
        "actor": actor,
        "resident": resident,
        "address": address or station_address(resident.station),
        "document": resident.documents.first(),
        "arrival_at": timezone.now() - datetime.timedelta(hours=hours_ago),
        "submission_key": f"test-{next(_keys)}",
        "channel": channel,
        **HOST,
    }
    fields.update(overrides)
    return registration_submit(**fields)


def register_through_intake(resident, *, hours_ago: float = 2, address=None, document=None, **stay):
    """A stay registered as a channel does, through `intake.stay_register` and every rule it owns."""
    document = document or resident.documents.first()
    return stay_register(
        actor=None,
        channel="walk_in",
        submission_key=f"test-{next(_keys)}",
        resident=resident,
        passport=PassportAnswers(document.number, document.issuing_state.code, document.expiry_date),
        permit=None,
        stay=StayAnswers(
            address=address or station_address(resident.station),
            arrival_at=timezone.now() - datetime.timedelta(hours=hours_ago),
            **stay,
        ),
        host=HostAnswers(
            name=HOST["host_name"],
            phone=HOST["host_phone"],
            relation=HOST["host_relation"],
            id_kind=HOST["host_id_kind"],
            proof_kind=HOST["proof_kind"],
            id_number=HOST["host_id_number"],
        ),  # fmt: skip
    )


def make_registered(resident, *, receipt: str = "PCS2026-0042", **overrides):
    """A stay taken through the whole workflow: submitted, verified, filed, and registered by the police."""
    officer = make_staff(resident.station, "officer")
    registration = make_registration(resident, permit=resident.permits.first(), **overrides)
    registration_step(actor=officer, registration=registration, kind="verify")
    registrations_file(
        actor=officer, station=resident.station, registrations=[registration], filing_key=f"file-{registration.pk}"
    )
    return registration_record_receipt(
        actor=officer, registration=registration, number=receipt, received_on=timezone.localdate()
    )


def verified_registration(resident, officer, **overrides):
    return registration_step(actor=officer, registration=make_registration(resident, **overrides), kind="verify")


def filed_batch(officer, registrations):
    station = officer.staff_profile.station
    return registrations_file(
        actor=officer, station=station, registrations=registrations, filing_key=f"file-{next(_keys)}"
    )


# A 1x1 PNG: the smallest paper a resident can upload. Its checksums are right: Pillow refuses a broken stream
# unless WeasyPrint, once imported, has told it to load truncated images (the test would then depend on the order).
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\x0bIDATx\xdac`\x00\x02\x00\x00\x05\x00\x01\xe9\xfa\xdc\xd8\x00\x00\x00\x00IEND\xaeB`\x82"
)


def make_upload(registration, owner, kind: str = "passport"):
    """A photo of a paper attached to `registration`, kept in the default (private) storage."""
    return RegistrationUpload.objects.create(
        registration=registration,
        owner=owner,
        kind=kind,
        file=ContentFile(PNG, name="scan.png"),
        content_type="image/png",
        size=len(PNG),
        sha256=hashlib.sha256(PNG).hexdigest(),
    )
