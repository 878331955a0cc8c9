"""The reads the portal makes of a station's publications (public content: no personal data)."""

from django.db.models import Prefetch

from .models import HandbookEntry, HandbookSection, NewspaperIssue
from .selectors import matching

MOST_RESULTS = 30


def handbook_for(station):
    """The station's handbook, sections and entries in order, translations prefetched."""
    return HandbookSection.objects.filter(station=station).prefetch_related(
        "translations", Prefetch("entries", queryset=HandbookEntry.objects.prefetch_related("translations"))
    )


def handbook_search(station, words: list[str]):
    """The station's entries whose title or text holds every word, in any of their languages."""
    return (
        matching(HandbookEntry, words)
        .filter(section__station=station)
        .order_by("section__position", "position")
        .prefetch_related("translations")[:MOST_RESULTS]
    )


def published_issues(station):
    return NewspaperIssue.objects.filter(station=station, published_at__isnull=False).order_by("-number")[:100]
