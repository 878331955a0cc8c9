"""Accommodation registrations in bulk: open ones on every station's queue, closed ones behind them, each with
the RegistrationAction steps that led to its status, police batches for the filed, and portal messages."""

import base64
import datetime
import hashlib

from django.utils import timezone

from lianyang.demo.registrations import _Registrar
from lianyang.notify.models import Notification
from lianyang.registration.models import AccommodationRegistration, EntryPort, PoliceBatch, RegistrationAction
from lianyang.registration.reasons import REJECT_REASONS, RETURN_REASONS

BATCH = 5000
OPEN_MIX = {"submitted": 40, "returned": 15, "verified": 25, "filed": 20}
CLOSED_MIX = {"registered": 75, "rejected": 8, "withdrawn": 8, "superseded": 9}
STEPS = {
    "submitted": ["submit"], "returned": ["submit", "return"], "verified": ["submit", "verify"],
    "filed": ["submit", "verify", "file"], "registered": ["submit", "verify", "file", "register"],
    "rejected": ["submit", "reject"], "withdrawn": ["submit", "withdraw"],
    "superseded": ["submit", "verify", "file", "register", "supersede"],
}  # fmt: skip
PORTS = [EntryPort.PUDONG, EntryPort.HONGQIAO, EntryPort.SHANGHAI_PORT]
PER_BATCH = 20


def _statuses(mix: dict, count: int) -> list[str]:
    total = sum(mix.values())
    statuses = [s for s, share in mix.items() for _ in range(count * share // total)]
    return statuses + [next(iter(mix))] * (count - len(statuses))


def _token(sequence: int) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(f"bench-{sequence}".encode()).digest()).decode()[:43]


def registrations_write(rng, *, station, officer, liaison, written, open_count, closed_count, sequence) -> None:
    """Open and closed registrations for residents living here with a valid document; portal residents first."""
    now, today = timezone.now(), timezone.localdate()
    host = _Registrar(rng, officer=officer, liaison=liaison, addresses=[]).host
    candidates = [
        r for r in written
        if r.status == "active" and r.address_id and r.bench_documents and r.bench_documents[0].expiry_date >= today
    ]  # fmt: skip
    portal = [r for r in candidates if r.user_id]
    rest = [r for r in candidates if not r.user_id]
    rng.shuffle(rest)
    candidates = portal + rest
    plan = _statuses(OPEN_MIX, min(open_count, len(candidates)))
    plan += _statuses(CLOSED_MIX, closed_count)
    rows, steps = [], []
    for index, status in enumerate(plan):
        resident = candidates[index % len(candidates)]
        if status in OPEN_MIX:
            arrival = now - datetime.timedelta(hours=rng.uniform(1, 60))
        else:
            arrival = now - datetime.timedelta(days=rng.uniform(3, 800))
        sequence += 1
        documents, permits = resident.bench_documents, resident.bench_permits
        rows.append(
            AccommodationRegistration(
                reference=f"R{arrival:%y%m%d}{sequence:06d}", station=station, resident=resident,
                address_id=resident.address_id, document=documents[0], permit=permits[-1] if permits else None,
                arrival_at=arrival, deadline_at=arrival + datetime.timedelta(hours=station.registration_deadline_hours),
                entry_date=arrival.date() - datetime.timedelta(days=rng.randint(0, 3)), entry_port=rng.choice(PORTS),
                channel=rng.choice(list(AccommodationRegistration.Channel)), status=status,
                submission_key=f"bench-{sequence}", verify_token=_token(sequence), **host(),
            )
        )  # fmt: skip
        steps.append(STEPS[status])
    _batches(rows, station, officer, sequence)
    AccommodationRegistration.objects.bulk_create(rows, batch_size=BATCH)
    actions = []
    for registration, kinds in zip(rows, steps, strict=True):
        for offset, kind in enumerate(kinds):
            actor = liaison if kind == "register" else officer
            reason = ""
            if kind == "return":
                reason = rng.choice(list(RETURN_REASONS)[:-1])
            elif kind == "reject":
                reason = rng.choice(list(REJECT_REASONS)[:-1])
            at = registration.arrival_at + datetime.timedelta(hours=offset)
            actions.append(RegistrationAction(registration=registration, kind=kind, actor=actor, at=at,
                                              reason_code=reason))  # fmt: skip
    RegistrationAction.objects.bulk_create(actions, batch_size=BATCH)
    _inbox(rows, rng)


def _batches(rows, station, officer, sequence) -> None:
    """Police batches of PER_BATCH for the filed registrations (written before them), receipts for the registered."""
    filed = [r for r in rows if r.status in {"filed", "registered", "superseded"}]
    batches = []
    for start in range(0, len(filed), PER_BATCH):
        chunk = filed[start : start + PER_BATCH]
        batches.append(
            PoliceBatch(station=station, reference=f"B{station.pk:04d}{sequence:06d}{start // PER_BATCH:04d}",
                        filed_at=max(r.arrival_at for r in chunk), filed_by=officer,
                        filing_key=f"bench-{station.pk}-{sequence}-{start}")
        )  # fmt: skip
    PoliceBatch.objects.bulk_create(batches, batch_size=BATCH)
    for index, registration in enumerate(filed):
        registration.batch = batches[index // PER_BATCH]
        if registration.status != "filed":
            registration.police_receipt_number = f"HM{registration.arrival_at:%Y%m%d}{index % 10000:04d}"
            registration.police_receipt_date = registration.arrival_at.date() + datetime.timedelta(days=2)


def _inbox(rows, rng, per_resident: int = 30) -> None:
    """Thirty sent portal messages for each portal resident with a registration."""
    notes = []
    for registration in rows:
        resident = registration.resident
        if not resident.user_id or getattr(resident, "bench_inbox", False):
            continue
        resident.bench_inbox = True
        for n in range(per_resident):
            sent = registration.arrival_at - datetime.timedelta(days=n)
            notes.append(
                Notification(resident=resident, channel="portal", language=resident.preferred_language,
                             template="registration/submitted", subject=f"Registration {registration.reference}",
                             body="Your registration was received.", status="sent", sent_at=sent,
                             read_at=sent if n % 3 else None, idempotency_key=f"bench:{registration.pk}:{n}:portal")
            )  # fmt: skip
    Notification.objects.bulk_create(notes, batch_size=BATCH)
