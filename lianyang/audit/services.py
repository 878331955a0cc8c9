"""Appending to the audit log: one INSERT, no lock; the worker seals it into the chain (audit/chain.py)."""

from django.utils import timezone

from lianyang.core.clients import client_ip

from .models import AuditEvent


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
    return AuditEvent.objects.create(
        actor_id=getattr(actor, "pk", None),
        action=action,
        object_type=object_type,
        object_id=str(object_id or ""),
        station_id=station_id,
        fields=sorted(fields or []),
        ip=client_ip(request),
        created_at=timezone.now(),
    )
