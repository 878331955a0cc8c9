"""The publications' counts for the operator's figures (`lianyang stats`): notices (all, on the board now),
handbook entries with a text in each language, and every piece's translations by state."""

from django.db.models import Count, F, Q
from django.utils import timezone

from lianyang.core.figures import counts_by

from .models import Article, HandbookEntry, HandbookSection, NewspaperIssue, Notice, TranslationStatus
from .translation import LANGUAGE_CODES, OUTDATED

PIECES = (Notice, Article, HandbookSection, HandbookEntry)


def _translation_states(model) -> dict[str, int]:
    """One piece kind's translation rows by state; a row made from an older revision of its source is outdated,
    whatever its status; languages without a row are missing."""
    rows = model._parler_meta.root_model.objects
    outdated = Q(source_revision__lt=F("master__revision")) & ~Q(language_code=F("master__source_language"))
    states = counts_by(rows.exclude(outdated), "status", [s for s in TranslationStatus.values if s != "missing"])
    states[OUTDATED] = rows.filter(outdated).count()
    states[TranslationStatus.MISSING] = model.objects.count() * len(LANGUAGE_CODES) - rows.count()
    return states


def publishing_figures() -> dict:
    now = timezone.now()
    notices = Notice.objects.aggregate(
        count=Count("id"),
        published=Count("id", filter=Q(published_at__isnull=False)),
        on_the_board=Count(
            "id",
            filter=Q(published_at__isnull=False, shown_from__lte=now)
            & (Q(shown_until__isnull=True) | Q(shown_until__gt=now)),
        ),
    )
    entry_rows = HandbookEntry._parler_meta.root_model.objects
    by_language = dict.fromkeys(LANGUAGE_CODES, 0) | {
        row["language_code"]: row["count"]
        for row in entry_rows.values("language_code").annotate(count=Count("id")).order_by("language_code")
    }
    states = dict.fromkeys([*TranslationStatus.values, OUTDATED], 0)
    for model in PIECES:
        for state, count in _translation_states(model).items():
            states[state] += count
    return {
        "notices": notices,
        "newspaper_issues": NewspaperIssue.objects.count(),
        "handbook_entries": HandbookEntry.objects.count(),
        "handbook_entries_by_language": by_language,
        "translations_by_status": states,
    }
