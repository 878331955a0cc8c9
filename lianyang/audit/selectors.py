"""Reading the audit log: a record's own history for its caseworkers, the station's whole log for its head."""

import functools
import operator

from django.db import connection
from django.db.models import Q, QuerySet

from lianyang.accounts.access import staff_profile

from .models import AuditEvent


def events_for_objects(*, objects, limit: int = 10) -> list[AuditEvent]:
    """The newest events about any of `objects` (a resident and their documents, say).

    Where the database allows it (PostgreSQL), each object's newest `limit` events come from its own backward
    index scan and are merged, so a record viewed thousands of times costs what a new one does; elsewhere one
    query with OR reads every event of the objects.
    """
    conditions = [Q(object_type=obj._meta.label_lower, object_id=str(obj.pk)) for obj in objects]
    if not conditions:
        return []
    if connection.features.supports_slicing_ordering_in_compound:
        newest = [AuditEvent.objects.filter(c).order_by("-id").values("id")[:limit] for c in conditions]
        chosen = AuditEvent.objects.filter(pk__in=newest[0].union(*newest[1:], all=True))
    else:
        chosen = AuditEvent.objects.filter(functools.reduce(operator.or_, conditions))
    return list(chosen.select_related("actor__staff_profile").order_by("-id")[:limit])


def station_events(*, actor, action: str = "") -> QuerySet[AuditEvent]:
    """Events of the head's own station, newest first."""
    profile = staff_profile(actor)
    events = AuditEvent.objects.filter(station_id=profile.station_id).select_related("actor__staff_profile")
    if action:
        events = events.filter(action=action)
    return events.order_by("-id")
