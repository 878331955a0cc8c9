"""Sealing the audit log into a keyed chain, anchoring it with signed checkpoints, and checking both.

The rule (PIPL art. 51: security measures and records of processing; the police's trust): nobody who can write
to the database, not even its administrator, may edit, delete, cut off or rewrite audit events unnoticed.

- A request appends its event without any lock (services.audit_record). The worker seals a moment later
  (`audit_seal`, one sealer at a time): in order of arrival each unsealed event gets the next sequence number, the
  MAC of the event before it and its own MAC, HMAC-SHA256 under the current audit key over all of that and every
  field of the event. Without the key nobody can compute a MAC, so an edited event, or a chain recomputed with
  plain hashes, no longer matches.
- The audit keys (`AUDIT_KEYS`, newest first) come from the environment, never from the database; each sealed
  event names its key, so a rotated key keeps verifying the events it sealed.
- A checkpoint (`audit_checkpoint`; the worker writes one hourly, `lianyang audit checkpoint` at any time) writes
  the chain's length, last event and head MAC, signed, to a directory outside the database
  (`AUDIT_CHECKPOINT_DIR`). Deleting the chain's tail leaves the chain shorter than the latest checkpoint says;
  rewriting it, even with the key, changes the MAC the checkpoint holds.
- `audit_verify` walks the sealed chain and compares its end with the latest checkpoint, and names the first
  fault: an edited event, a deleted one, a truncated or rehashed chain, a forged checkpoint.
"""

import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from .models import AuditEvent

# One sealer at a time on PostgreSQL (a transaction-scoped advisory lock; SQLite's IMMEDIATE transactions already
# serialise writers). The number is arbitrary and only has to be Lianyang's own.
SEALER_LOCK = 0x4C59_4155_4449_54
SEAL_BATCH = 2000
GENESIS = "0" * 64


def key_id(key: str) -> str:
    """A short public name of a key: which key sealed an event, without revealing it."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _keys() -> dict[str, bytes]:
    return {key_id(key): key.encode() for key in settings.AUDIT_KEYS}


def _mac(key: bytes, body) -> str:
    message = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def event_mac(key: bytes, event: AuditEvent) -> str:
    """The MAC over the event's place in the chain and every field it records."""
    return _mac(
        key,
        [
            event.seq,
            event.pk,
            event.previous_mac,
            event.key_id,
            event.actor_id,
            event.action,
            event.object_type,
            str(event.object_id),
            event.station_id,
            event.fields,
            event.ip,
            event.created_at.isoformat(),
        ],
    )


def _last_sealed() -> AuditEvent | None:
    return AuditEvent.objects.filter(seq__isnull=False).order_by("-seq").first()


def audit_seal(*, batch: int = SEAL_BATCH) -> int:
    """Seal every event waiting for it, oldest first; the number sealed. Safe with several workers."""
    key = settings.AUDIT_KEYS[0]
    kid, secret = key_id(key), key.encode()
    sealed = 0
    while True:
        # Look before taking the write lock: on SQLite every transaction takes it, once a second for nothing.
        if not AuditEvent.objects.filter(seq__isnull=True).exists():
            return sealed
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SEALER_LOCK])
            waiting = list(AuditEvent.objects.filter(seq__isnull=True).order_by("id")[:batch])
            if not waiting:
                return sealed
            last = _last_sealed()
            seq, previous = (last.seq, last.mac) if last else (0, GENESIS)
            for event in waiting:
                seq += 1
                event.seq, event.key_id, event.previous_mac = seq, kid, previous
                event.mac = previous = event_mac(secret, event)
            AuditEvent.objects.bulk_update(waiting, ["seq", "key_id", "previous_mac", "mac"], batch_size=500)
        sealed += len(waiting)


def _checkpoint_body(checkpoint: dict) -> dict:
    return {name: value for name, value in checkpoint.items() if name != "signature"}


def audit_checkpoint() -> Path:
    """Seal what waits, then write a signed checkpoint of the chain's end outside the database; its path."""
    audit_seal()
    last = _last_sealed()
    key = settings.AUDIT_KEYS[0]
    checkpoint = {
        "count": last.seq if last else 0,
        "last_id": last.pk if last else None,
        "head_mac": last.mac if last else GENESIS,
        "key_id": key_id(key),
        "time": timezone.now().isoformat(),
    }
    checkpoint["signature"] = _mac(key.encode(), checkpoint)
    directory = Path(settings.AUDIT_CHECKPOINT_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"checkpoint-{timezone.now():%Y%m%dT%H%M%S%f}-{checkpoint['count']:012d}.json"
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(checkpoint, indent=1))
    os.replace(partial, path)  # a reader never sees half a checkpoint
    return path


def latest_checkpoint() -> tuple[Path, dict] | None:
    """The newest checkpoint file and its contents, or None before the first."""
    paths = sorted(Path(settings.AUDIT_CHECKPOINT_DIR).glob("checkpoint-*.json"))
    return (paths[-1], json.loads(paths[-1].read_text())) if paths else None


@dataclass
class ChainReport:
    checked: int
    broken_at: int | None = None
    reason: str = ""
    unsealed: int = 0
    checkpoint: dict | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.reason


def audit_verify() -> ChainReport:
    """Walk the sealed chain from its first event, then hold its end against the latest checkpoint."""
    keys = _keys()
    report = ChainReport(checked=0, unsealed=AuditEvent.objects.filter(seq__isnull=True).count())
    previous, last = GENESIS, None
    sealed = AuditEvent.objects.filter(seq__isnull=False).order_by("seq")
    for event in sealed.iterator(chunk_size=SEAL_BATCH):
        expected = (last.seq if last else 0) + 1
        if event.seq != expected:
            return _broken(report, event, f"events {expected} to {event.seq - 1} of the chain were deleted")
        if event.previous_mac != previous:
            return _broken(report, event, "it does not follow the event before it: the chain was rewritten")
        if event.key_id not in keys:
            return _broken(report, event, f"it was sealed with audit key {event.key_id}, which is not configured")
        if not hmac.compare_digest(event_mac(keys[event.key_id], event), event.mac):
            return _broken(report, event, "its contents do not match its MAC: edited, or rehashed without the key")
        previous, last = event.mac, event
        report.checked += 1
    return _against_checkpoint(report, last, keys)


def _broken(report: ChainReport, event: AuditEvent, reason: str) -> ChainReport:
    report.broken_at, report.reason = event.pk, f"event {event.pk} (number {event.seq} in the chain): {reason}"
    return report


def _against_checkpoint(report: ChainReport, last: AuditEvent | None, keys: dict[str, bytes]) -> ChainReport:
    found = latest_checkpoint()
    if found is None:
        report.notes.append("no checkpoint yet: a deleted end of the chain could not be noticed")
        return report
    path, checkpoint = found
    report.checkpoint = checkpoint
    key = keys.get(checkpoint.get("key_id", ""))
    if key is None or not hmac.compare_digest(_mac(key, _checkpoint_body(checkpoint)), checkpoint.get("signature", "")):
        report.reason = f"checkpoint {path.name} is not signed by a configured audit key: forged or damaged"
        return report
    count, length = checkpoint["count"], last.seq if last else 0
    if length < count:
        report.reason = (
            f"truncated: the checkpoint of {checkpoint['time']} saw {count} events, the chain now holds {length}; "
            f"the last {count - length} were deleted"
        )
        return report
    anchor = last if length == count else AuditEvent.objects.filter(seq=count).first() if count else None
    if (anchor.mac if anchor else GENESIS) != checkpoint["head_mac"]:
        report.broken_at = anchor.pk if anchor else None
        report.reason = (
            f"rehashed: event number {count} no longer carries the MAC the checkpoint of {checkpoint['time']} "
            "recorded; the chain was rewritten"
        )
    return report
