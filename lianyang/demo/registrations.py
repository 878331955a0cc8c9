"""The demo station's accommodation registrations, in every status, made through the workflow's services.

About one resident in twelve has a registration on the queue or behind them: some just submitted (a few past
their 24-hour deadline, as happens when a resident registers late), some returned for correction, verified,
filed with the police in batches, registered with a police receipt, rejected, withdrawn, and a few superseded
by the registration of a later move.
"""

import datetime
import random

from django.db.models import Max
from django.utils import timezone

from lianyang.people.models import Resident
from lianyang.registration.models import AccommodationRegistration, EntryPort
from lianyang.registration.reasons import REJECT_REASONS, RETURN_REASONS
from lianyang.registration.services import (
    registration_record_receipt,
    registration_step,
    registration_submit,
    registrations_file,
)

# How many registrations end in each status, per 1,000 residents.
SHARE = {"submitted": 8, "overdue": 3, "returned": 5, "verified": 6, "filed": 6, "registered": 45,
         "rejected": 2, "withdrawn": 2, "superseded": 3}  # fmt: skip
HOST_SURNAMES = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗"
HOST_GIVEN = ["建国", "丽华", "志强", "秀英", "伟", "敏", "静", "海燕", "国平", "玉兰", "晓东", "红梅"]
RELATIONS = [
    (AccommodationRegistration.HostRelation.LANDLORD, AccommodationRegistration.ProofKind.LEASE),
    (AccommodationRegistration.HostRelation.OWNER, AccommodationRegistration.ProofKind.PROPERTY_CERTIFICATE),
    (AccommodationRegistration.HostRelation.EMPLOYER, AccommodationRegistration.ProofKind.LEASE),
    (AccommodationRegistration.HostRelation.RELATIVE, AccommodationRegistration.ProofKind.HOST_ID),
    (AccommodationRegistration.HostRelation.FRIEND, AccommodationRegistration.ProofKind.STATEMENT),
]


class _Registrar:
    def __init__(self, rng: random.Random, *, officer, liaison, addresses):
        self.rng, self.officer, self.liaison, self.addresses = rng, officer, liaison, addresses
        self.now = timezone.now()
        self.sequence = 0

    def host(self) -> dict:
        relation, proof = self.rng.choice(RELATIONS)
        # Region code 99 does not exist: a fictional Chinese identity card number.
        id_number = "99" + "".join(self.rng.choice("0123456789") for _ in range(16))
        return {
            "host_name": self.rng.choice(HOST_SURNAMES) + self.rng.choice(HOST_GIVEN),
            "host_phone": f"+1212555{self.rng.randint(100, 199):04d}",
            "host_relation": relation,
            "host_id_kind": AccommodationRegistration.HostIdKind.RESIDENT_ID,
            "host_id_number": "" if relation == AccommodationRegistration.HostRelation.OWNER else id_number,
            "proof_kind": proof,
        }

    def submit(self, resident, *, hours_ago: float, address=None, channel=None):
        self.sequence += 1
        arrival = self.now - datetime.timedelta(hours=hours_ago)
        return registration_submit(
            actor=self.officer,
            resident=resident,
            address=address or resident.address,
            document=resident.documents.order_by("-expiry_date").first(),
            permit=resident.permits.order_by("-valid_until").first(),
            arrival_at=arrival,
            entry_date=arrival.date() - datetime.timedelta(days=self.rng.randint(0, 3)),
            entry_port=self.rng.choice([EntryPort.PUDONG, EntryPort.HONGQIAO, EntryPort.SHANGHAI_PORT]),
            submission_key=f"demo-{resident.pk}-{self.sequence}",
            channel=channel or self.rng.choice(list(AccommodationRegistration.Channel)),
            **self.host(),
        )

    def verify(self, registration):
        return registration_step(actor=self.officer, registration=registration, kind="verify")

    def register(self, registration, batch_key: str):
        registrations_file(actor=self.officer, station=registration.station, registrations=[registration],
                           filing_key=batch_key)  # fmt: skip
        received = (registration.arrival_at + datetime.timedelta(days=self.rng.randint(1, 3))).date()
        return registration_record_receipt(
            actor=self.liaison, registration=registration, number=f"HM{received:%Y%m%d}{self.sequence:04d}",
            received_on=min(received, timezone.localdate()),
        )  # fmt: skip

    def build(self, status: str, resident):
        rng = self.rng
        if status in {"submitted", "overdue"}:
            return self.submit(resident, hours_ago=rng.uniform(30, 90) if status == "overdue" else rng.uniform(1, 20))
        if status in {"returned", "verified", "filed"}:
            registration = self.submit(resident, hours_ago=rng.uniform(4, 40))
        else:
            registration = self.submit(resident, hours_ago=rng.uniform(24 * 3, 24 * 400))
        if status == "returned":
            return registration_step(actor=self.officer, registration=registration, kind="return",
                                     reason_code=rng.choice(list(RETURN_REASONS)[:-1]))  # fmt: skip
        if status == "rejected":
            return registration_step(actor=self.officer, registration=registration, kind="reject",
                                     reason_code=rng.choice(list(REJECT_REASONS)[:-1]))  # fmt: skip
        if status == "withdrawn":
            return registration_step(actor=self.officer, registration=registration, kind="withdraw")
        registration = self.verify(registration)
        if status in {"verified", "filed"}:
            return registration
        if status == "superseded":
            previous = [a for a in self.addresses if a.pk != resident.address_id]
            old = self.submit(resident, hours_ago=rng.uniform(24 * 500, 24 * 900), address=rng.choice(previous))
            self.register(self.verify(old), f"demo-old-{registration.pk}")
        return self.register(registration, f"demo-registered-{registration.pk}")

    def file_in_batches(self, registrations, size: int = 8) -> None:
        """The station files verified registrations with the police a few at a time."""
        for start in range(0, len(registrations), size):
            chunk = registrations[start : start + size]
            registrations_file(actor=self.officer, station=chunk[0].station, registrations=chunk,
                               filing_key=f"demo-batch-{chunk[0].pk}")  # fmt: skip


def registrations_add(rng: random.Random, *, station, officer, liaison, addresses) -> int:
    """Registrations for a share of the station's residents (living here, with a valid document), in every status."""
    residents = list(
        Resident.objects.filter(station=station)
        .annotate(document_valid_until=Max("documents__expiry_date"))
        .select_related("station", "address")
        .order_by("pk")
    )
    today = timezone.localdate()
    candidates = [
        r for r in residents
        if r.status == "active" and r.address_id and r.document_valid_until and r.document_valid_until >= today
    ]  # fmt: skip
    rng.shuffle(candidates)
    registrar = _Registrar(rng, officer=officer, liaison=liaison, addresses=addresses)
    made = 0
    to_file = []
    for status, per_thousand in SHARE.items():
        for _ in range(min(len(candidates), max(1, len(residents) * per_thousand // 1000))):
            registration = registrar.build(status, candidates.pop())
            if status == "filed":
                to_file.append(registration)
            made += 1
    if to_file:
        registrar.file_in_batches(to_file)
    return made
