"""Reading the audit log: a record's own history for its caseworkers, the station's whole log for its head."""

from django.db.models import Q, QuerySet

from lianyang.accounts.access import staff_profile

from .models import AuditEvent


def events_for_objects(*, objects, limit: int = 10) -> list[AuditEvent]:
    """The newest events about any of `objects` (a resident and their documents, say)."""
    condition = Q(pk__in=[])
    for obj in objects:
        condition |= Q(object_type=obj._meta.label_lower, object_id=str(obj.pk))
    return list(AuditEvent.objects.filter(condition).select_related("actor__staff_profile").order_by("-id")[:limit])


def station_events(*, actor, action: str = "") -> QuerySet[AuditEvent]:
    """Events of the head's own station, newest first."""
    profile = staff_profile(actor)
    events = AuditEvent.objects.filter(station_id=profile.station_id).select_related("actor__staff_profile")
    if action:
        events = events.filter(action=action)
    return events.order_by("-id")
