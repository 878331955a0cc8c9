"""Appending to the audit chain, and checking it."""

import hashlib
import json
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from lianyang.core.clients import client_ip

from .models import AuditEvent, ChainHead

GENESIS = "0" * 64


def _digest(previous_hash: str, event: AuditEvent) -> str:
    body = json.dumps(
        [
            previous_hash,
            event.actor_id,
            event.action,
            event.object_type,
            str(event.object_id),
            event.station_id,
            event.fields,
            event.ip,
            event.created_at.isoformat(),
        ],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode()).hexdigest()


def audit_record(
    *,
    actor,
    action: str,
    obj=None,
    object_type: str = "",
    object_id="",
    station_id: int | None = None,
    fields: list[str] | None = None,
    request=None,
) -> AuditEvent:
    """Append one event. `fields` names what changed, never the values of secret fields."""
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or obj.pk
    with transaction.atomic():
        head, _ = ChainHead.objects.select_for_update().get_or_create(pk=1, defaults={"hash": GENESIS})
        event = AuditEvent(
            actor_id=getattr(actor, "pk", None),
            action=action,
            object_type=object_type,
            object_id=str(object_id or ""),
            station_id=station_id,
            fields=sorted(fields or []),
            ip=client_ip(request),
            created_at=timezone.now(),
            previous_hash=head.hash,
        )
        event.hash = _digest(head.hash, event)
        event.save()
        head.hash = event.hash
        head.save(update_fields=["hash"])
    return event


@dataclass
class ChainReport:
    checked: int
    broken_at: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def audit_verify() -> ChainReport:
    """Walk the chain from the first event; name the first link whose hash or predecessor does not match."""
    previous = GENESIS
    checked = 0
    last_id = 0
    for event in AuditEvent.objects.order_by("id").iterator(chunk_size=2000):
        if event.previous_hash != previous:
            return ChainReport(checked, event.pk, "previous hash does not match the event before it")
        if _digest(previous, event) != event.hash:
            return ChainReport(checked, event.pk, "contents do not match the stored hash")
        previous = event.hash
        last_id = event.pk
        checked += 1
    head = ChainHead.objects.filter(pk=1).values_list("hash", flat=True).first()
    if head is not None and head != previous:
        return ChainReport(checked, last_id, "events after this one are missing")
    return ChainReport(checked)
