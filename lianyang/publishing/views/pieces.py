"""The translation workflow's staff pages, one for every kind of piece (notice, article, handbook section or
entry): the editor with the source beside the translation, the review, and the dashboard of what is translated,
what waits, and what is suggested to each officer in their languages."""

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lianyang.accounts.access import casework_required
from lianyang.core.pages import run_and_tell, save_or_show_errors

from .. import selectors, translation
from ..forms import PictureForm, ReviewForm, TranslationForm
from ..models import HandbookSection, TranslationStatus
from ..pictures import picture_response, picture_set
from ..reading import body_html
from ..translation import LANGUAGE_CODES, OUTDATED, rows_of, state_of

LANGUAGE_NAMES = dict(settings.LANGUAGES)
WORK_STATES = (TranslationStatus.MISSING, TranslationStatus.DRAFT, OUTDATED)


def back_to(kind: str, piece) -> str:
    """The page a piece is managed from."""
    if kind == "notice":
        return reverse("publishing:notice", args=[piece.pk])
    if kind == "article":
        return reverse("publishing:issue", args=[piece.issue_id])
    return reverse("publishing:handbook")


def translation_table(piece, kind: str) -> list[dict]:
    """One row per interface language: its state, its title, and the link to its editor."""
    rows = rows_of(piece)
    return [
        {
            "code": code,
            "name": LANGUAGE_NAMES[code],
            "state": state_of(piece, rows.get(code)),
            "row": rows.get(code),
            "is_source": code == piece.source_language,
            "link": reverse("publishing:translate", args=[kind, piece.pk, code]),
        }
        for code in LANGUAGE_CODES
    ]


def _editor(request, kind, piece, language, *, form=None, review_form=None, status=200):
    rows = rows_of(piece)
    source, row = rows.get(piece.source_language), rows.get(language)
    has_body = not isinstance(piece, HandbookSection)
    initial = {"title": row.title, "body": getattr(row, "body", "")} if row else {}
    context = {
        "kind": kind,
        "piece": piece,
        "language": language,
        "language_name": LANGUAGE_NAMES[language],
        "source": source,
        "source_html": body_html(source.body) if source is not None and has_body else "",
        "source_name": LANGUAGE_NAMES[piece.source_language],
        "row": row,
        "state": state_of(piece, row),
        "form": form or TranslationForm(initial=initial, has_body=has_body),
        "review_form": review_form or ReviewForm(),
        "can_review": row is not None and row.translator_id != request.user.pk,
        "back": back_to(kind, piece),
    }
    context["error_forms"] = [f for f in (context["form"], context["review_form"]) if f.errors]
    return render(request, "publishing/translate.html", context, status=status)


def _piece(request, kind, pk, language):
    if language not in LANGUAGE_CODES:
        raise Http404
    return selectors.station_piece(station_id=request.staff.station_id, kind=kind, pk=pk)


@casework_required
def translate(request, kind, pk, language):
    """Write or correct one language's text beside the source; "ready for review" hands it to a colleague."""
    piece = _piece(request, kind, pk, language)
    if request.method != "POST":
        return _editor(request, kind, piece, language)
    form = TranslationForm(request.POST, has_body=not isinstance(piece, HandbookSection))
    if form.is_valid() and save_or_show_errors(
        form,
        lambda: translation.translation_write(
            actor=request.user, piece=piece, language=language, request=request, **form.cleaned_data
        ),
    ):
        messages.success(request, _("The text is saved."))
        return redirect("publishing:translate", kind=kind, pk=piece.pk, language=language)
    return _editor(request, kind, piece, language, form=form, status=400)


@casework_required
@require_POST
def review(request, kind, pk, language):
    """Approve a colleague's text against the current source, or send it back with a note."""
    piece = _piece(request, kind, pk, language)
    form = ReviewForm(request.POST)
    if form.is_valid() and save_or_show_errors(
        form,
        lambda: translation.translation_review(
            actor=request.user, piece=piece, language=language, request=request, **form.cleaned_data
        ),
    ):
        messages.success(request, _("Your review is saved."))
        return redirect(back_to(kind, piece))
    return _editor(request, kind, piece, language, review_form=form, status=400)


@casework_required
@require_POST
def picture(request, kind, pk):
    """Give a notice or an article its picture; a file that is not a photo is refused and nothing changes."""
    if kind not in ("notice", "article"):
        raise Http404
    piece = selectors.station_piece(station_id=request.staff.station_id, kind=kind, pk=pk)
    form = PictureForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Please choose a photo (JPEG, PNG or WebP)."))
    else:
        run_and_tell(
            request,
            lambda: picture_set(
                actor=request.user, piece=piece, uploaded_file=form.cleaned_data["picture"], request=request
            ),
            _("The picture is saved."),
        )
    return redirect(back_to(kind, piece))


@casework_required
@require_GET
def picture_file(request, kind, pk):
    """A notice's or an article's picture for the station's staff, published or not (to check it, or to upload it
    into WeChat by hand from the outbox)."""
    if kind not in ("notice", "article"):
        raise Http404
    piece = selectors.station_piece(station_id=request.staff.station_id, kind=kind, pk=pk)
    if not piece.image:
        raise Http404
    return picture_response(piece.image)


@casework_required
@require_GET
def dashboard(request):
    """Coverage by language and by piece, what waits for review, and the work suggested to this officer: texts
    missing, in draft or outdated in the languages they work in, and reviews of colleagues' texts in them."""
    pieces = selectors.all_pieces(station_id=request.staff.station_id)
    mine = selectors.staff_languages(request.staff)
    counts = {code: dict.fromkeys([*TranslationStatus.values, OUTDATED], 0) for code in LANGUAGE_CODES}
    items, suggested = [], []
    for kind, piece in pieces:
        rows = rows_of(piece)
        states = {code: state_of(piece, rows.get(code)) for code in LANGUAGE_CODES}
        for code, state in states.items():
            counts[code][state] += 1
            row = rows.get(code)
            if code not in mine:
                continue
            if state in WORK_STATES or (
                state == TranslationStatus.NEEDS_REVIEW and row.translator_id != request.user.pk
            ):
                suggested.append(
                    {"kind": kind, "piece": piece, "code": code, "name": LANGUAGE_NAMES[code], "state": state}
                )
        items.append({"kind": kind, "piece": piece, "states": [(code, states[code]) for code in LANGUAGE_CODES]})
    total = len(pieces)
    coverage = [
        {
            "code": code,
            "name": LANGUAGE_NAMES[code],
            "counts": counts[code],
            "reviewed_share": round(100 * counts[code][TranslationStatus.REVIEWED] / total) if total else 0,
        }
        for code in LANGUAGE_CODES
    ]
    context = {
        "coverage": coverage,
        "items": items,
        "suggested": suggested[:100],
        "mine": mine,
        "codes": LANGUAGE_CODES,
    }
    return render(request, "publishing/dashboard.html", context)
