"""The reads the portal makes of a station's publications (public content: no personal data)."""

from django.db.models import Prefetch

from .models import Article, HandbookEntry, HandbookSection, NewspaperIssue
from .reading import FALLBACKS, readable
from .selectors import matching

MOST_RESULTS = 30


def handbook_for(station, language: str):
    """The station's handbook, sections and entries in order, with the translations a reader of `language` may
    be shown."""
    entries = HandbookEntry.objects.prefetch_related(readable(HandbookEntry, language))
    return HandbookSection.objects.filter(station=station).prefetch_related(
        readable(HandbookSection, language), Prefetch("entries", queryset=entries)
    )


def handbook_search(station, words: list[str], language: str):
    """The station's entries whose title or text holds every word in a language the reader of `language` may be
    shown (theirs, English or Chinese): a word matched only in a text they will not see finds nothing to show."""
    return (
        matching(HandbookEntry, words, master__section__station=station, language_code__in=(language, *FALLBACKS))
        .order_by("section__position", "position")
        .prefetch_related(readable(HandbookEntry, language))[:MOST_RESULTS]
    )


def newspaper_search(station, words: list[str], language: str):
    """The articles of the station's published issues whose title or text holds every word in a language the
    reader of `language` may be shown (theirs, English or Chinese), newest issue first, with their issue."""
    return (
        matching(
            Article,
            words,
            master__issue__station=station,
            master__issue__published_at__isnull=False,
            language_code__in=(language, *FALLBACKS),
        )
        .select_related("issue")
        .order_by("-issue__number", "position")
        .prefetch_related(readable(Article, language))[:MOST_RESULTS]
    )


def published_issues(station):
    return NewspaperIssue.objects.filter(station=station, published_at__isnull=False).order_by("-number")[:100]
