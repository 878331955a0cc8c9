"""Figures for the start pages and `lianyang stats`: counts only, never personal data."""

import datetime

from django.db.models import Count, Q
from django.utils import timezone

from lianyang.notify.models import Notification
from lianyang.people.models import Household, Permit, Resident

# The reminders a resident gets before a permit runs out (registration/reminders.py), by their templates.
PERMIT_REMINDERS = ("residence_permit_expiry", "residence_permit_apply")


def _until(today: datetime.date, days: int) -> Q:
    return Q(valid_until__gte=today, valid_until__lte=today + datetime.timedelta(days=days))


def station_figures(*, station_id: int, top: int = 10) -> dict:
    """The start page's figures for one station, in three aggregate queries: the residents living here counted by
    nationality (their number, their nationalities, those needing attention and the `top` largest communities all
    come from that one pass), the residents whose permits end within 30 and 60 days, and the households."""
    today = timezone.localdate()
    residents = Resident.objects.filter(station_id=station_id, status=Resident.Status.ACTIVE)
    by_nationality = list(
        residents.values("nationality")
        .annotate(count=Count("id"), attention=Count("id", filter=Q(needs_attention=True)))
        .order_by("-count", "nationality")
    )
    permits = Permit.objects.filter(resident__station_id=station_id, resident__status=Resident.Status.ACTIVE)
    # Only the permits ending within 60 days are read (the index on their end date), then counted twice.
    counts = permits.filter(_until(today, 60)).aggregate(
        # Residents, not permits, as the residents list they link to shows them.
        expiring_30=Count("resident", filter=_until(today, 30), distinct=True),
        expiring_60=Count("resident", distinct=True),
    )
    return {
        "residents": sum(row["count"] for row in by_nationality),
        "nationalities": sum(1 for row in by_nationality if row["nationality"]),
        "needs_attention": sum(row["attention"] for row in by_nationality),
        "households": Household.objects.filter(station_id=station_id).count(),
        "top_nationalities": by_nationality[:top],
        **counts,
    }


def reminders_sent(*, resident_ids) -> dict[int, dict]:
    """For each resident, how many permit reminders went out and when the last did: one per reminder, whatever the
    channels it went through (their idempotency keys differ only by the channel's suffix)."""
    sent: dict[int, dict] = {}
    rows = (
        Notification.objects.filter(resident_id__in=list(resident_ids), template__in=PERMIT_REMINDERS)
        .exclude(status=Notification.Status.SKIPPED)
        .order_by("created_at")
        .values_list("resident_id", "idempotency_key", "created_at")
    )
    for resident_id, key, created_at in rows:
        entry = sent.setdefault(resident_id, {"keys": set(), "last": None})
        entry["keys"].add(key.rsplit(":", 1)[0])
        entry["last"] = created_at
    return {pk: {"count": len(entry["keys"]), "last": entry["last"]} for pk, entry in sent.items()}
