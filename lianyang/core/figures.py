"""Helpers for the operator's figures (`lianyang stats`): counts, never who."""

from django.db.models import Count


def counts_by(queryset, field: str, choices) -> dict[str, int]:
    """How many rows of `queryset` have each value of `field`, every one of `choices` listed (0 when none)."""
    rows = queryset.order_by().values(field).annotate(count=Count("id"))
    return dict.fromkeys(choices, 0) | {row[field]: row["count"] for row in rows}
