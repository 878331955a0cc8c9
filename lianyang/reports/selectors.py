"""Figures for the start pages and `lianyang stats`: counts only, never personal data."""

import datetime

from django.db.models import Count, Q
from django.utils import timezone

from lianyang.people.models import Household, Permit, Resident


def station_figures(*, station_id: int) -> dict:
    """The start page's figures for one station, in a handful of aggregate queries."""
    today = timezone.localdate()
    residents = Resident.objects.filter(station_id=station_id, status=Resident.Status.ACTIVE)
    permits = Permit.objects.filter(resident__station_id=station_id, resident__status=Resident.Status.ACTIVE)
    counts = permits.aggregate(
        expiring_30=Count("id", filter=Q(valid_until__gte=today, valid_until__lte=today + datetime.timedelta(days=30))),
        expiring_60=Count("id", filter=Q(valid_until__gte=today, valid_until__lte=today + datetime.timedelta(days=60))),
        expired=Count("resident", filter=Q(valid_until__lt=today), distinct=True),
    )
    return {
        "residents": residents.count(),
        "households": Household.objects.filter(station_id=station_id).count(),
        "nationalities": residents.values("nationality").distinct().count(),
        "needs_attention": residents.filter(needs_attention=True).count(),
        **counts,
    }


def top_nationalities(*, station_id: int, limit: int = 10) -> list[dict]:
    return list(
        Resident.objects.filter(station_id=station_id, status=Resident.Status.ACTIVE)
        .values("nationality")
        .annotate(count=Count("id"))
        .order_by("-count", "nationality")[:limit]
    )
