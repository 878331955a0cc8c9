"""The publishing pages' reads, always within the officer's own station: another station's piece does not exist
here (404). Published content holds no personal data; the station scope keeps each station's drafts its own."""

from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from lianyang.accounts.models import StaffLanguage

from .models import Article, HandbookEntry, HandbookSection, NewspaperIssue, Notice, TranslationStatus
from .translation import LANGUAGE_CODES, rows_of, state_of

PIECES = {"notice": Notice, "article": Article, "section": HandbookSection, "entry": HandbookEntry}
_STATION = {
    "notice": "station_id",
    "article": "issue__station_id",
    "section": "station_id",
    "entry": "section__station_id",
}


def station_piece(*, station_id: int, kind: str, pk: int):
    """One piece of the station by its kind (notice, article, section, entry), with its translations, or 404."""
    model = PIECES.get(kind)
    if model is None:
        raise Http404
    return get_object_or_404(model.objects.prefetch_related("translations"), pk=pk, **{_STATION[kind]: station_id})


def station_notices(*, station_id: int, state: str = ""):
    notices = Notice.objects.filter(station_id=station_id).prefetch_related("translations")
    if state == "published":
        notices = notices.filter(published_at__isnull=False)
    elif state == "unpublished":
        notices = notices.filter(published_at__isnull=True)
    return notices.select_related("area", "compound")


def station_issues(*, station_id: int):
    return NewspaperIssue.objects.filter(station_id=station_id).prefetch_related(
        Prefetch("articles", queryset=Article.objects.prefetch_related("translations"))
    )


def station_handbook(*, station_id: int):
    return HandbookSection.objects.filter(station_id=station_id).prefetch_related(
        "translations", Prefetch("entries", queryset=HandbookEntry.objects.prefetch_related("translations"))
    )


def staff_languages(staff) -> list[str]:
    """The languages an officer works in, best first."""
    return list(StaffLanguage.objects.filter(staff=staff).order_by("proficiency").values_list("language", flat=True))


def all_pieces(*, station_id: int) -> list[tuple[str, object]]:
    """Every piece of the station with its kind, translations prefetched: notices, articles, sections, entries."""
    return [
        *(("notice", n) for n in Notice.objects.filter(station_id=station_id).prefetch_related("translations")),
        *(
            ("article", a)
            for a in Article.objects.filter(issue__station_id=station_id).prefetch_related("translations")
        ),
        *(
            ("section", s)
            for s in HandbookSection.objects.filter(station_id=station_id).prefetch_related("translations")
        ),
        *(
            ("entry", e)
            for e in HandbookEntry.objects.filter(section__station_id=station_id).prefetch_related("translations")
        ),
    ]


def piece_states(piece) -> dict[str, str]:
    rows = rows_of(piece)
    return {code: state_of(piece, rows.get(code)) for code in LANGUAGE_CODES}


def matching(model, words: list[str], **scope):
    """The pieces of `model` with every word in the title or body of one of their reviewed translations (a substring
    match: it works for Chinese, Japanese and Korean, which put no spaces between words, on SQLite and PostgreSQL
    alike; the handbook and the board are small enough per station for it). `scope` narrows the translation rows
    read (to one station's, say), so the scan stays within it."""
    rows = model._parler_meta.root_model.objects.filter(status=TranslationStatus.REVIEWED, **scope)
    for word in words:
        rows = rows.filter(Q(title__icontains=word) | Q(body__icontains=word))
    return model.objects.filter(pk__in=rows.values("master_id"))
