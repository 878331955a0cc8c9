"""The newspaper's and the handbook's staff pages: issues and their articles; the handbook's sections and entries
with the date their facts were last checked."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lianyang.accounts.access import casework_required
from lianyang.core.pages import run_and_tell, save_or_show_errors

from .. import handbook, newspaper, selectors
from ..forms import ArticleForm, EntryForm, IssueForm, TranslationForm
from ..handbook_start import handbook_start_load
from ..models import NewspaperIssue
from ..reading import reading_of
from ..wechat.forms import WeChatSendForm
from .pieces import translation_table


def _title(piece, language: str) -> str:
    reading = reading_of(piece, language)
    return reading.title if reading else str(piece)


@casework_required
def issue_list(request):
    form = IssueForm(request.POST or None, initial={"dated": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        issue = save_or_show_errors(
            form,
            lambda: newspaper.issue_create(
                actor=request.user, station=request.staff.station, request=request, **form.cleaned_data
            ),
        )
        if issue:
            return redirect("publishing:issue", pk=issue.pk)
    issues = selectors.station_issues(station_id=request.staff.station_id)[:60]
    rows = [{"issue": issue, "languages": newspaper.issue_languages(issue)} for issue in issues]
    return render(
        request, "publishing/issue_list.html", {"rows": rows, "form": form}, status=400 if form.errors else 200
    )


def _issue(request, pk):
    return get_object_or_404(NewspaperIssue, pk=pk, station_id=request.staff.station_id)


@casework_required
def issue_detail(request, pk):
    issue = _issue(request, pk)
    form = ArticleForm(request.POST or None)
    if (
        request.method == "POST"
        and form.is_valid()
        and save_or_show_errors(
            form,
            lambda: newspaper.article_create(actor=request.user, issue=issue, request=request, **form.cleaned_data),
        )
    ):
        messages.success(request, _("The article is saved as a draft."))
        return redirect("publishing:issue", pk=issue.pk)
    language = translation.get_language()
    articles = [
        {
            "article": article,
            "title": _title(article, language),
            "translations": translation_table(article, "article"),
            # One send form per article of a published issue, each with its own field ids.
            "wechat_form": WeChatSendForm(auto_id=f"wechat-{article.pk}-%s") if issue.published_at else None,
        }
        for article in issue.articles.prefetch_related("translations")
    ]
    context = {"issue": issue, "articles": articles, "form": form, "languages": newspaper.issue_languages(issue)}
    return render(request, "publishing/issue_detail.html", context, status=400 if form.errors else 200)


@casework_required
@require_POST
def issue_publish(request, pk):
    issue = _issue(request, pk)
    run_and_tell(
        request,
        lambda: newspaper.issue_publish(actor=request.user, issue=issue, request=request),
        _("The issue is published."),
    )
    return redirect("publishing:issue", pk=issue.pk)


@casework_required
@require_GET
def handbook_page(request):
    language = translation.get_language()
    today = timezone.localdate()
    sections = [
        {
            "section": section,
            "title": _title(section, language),
            "translations": translation_table(section, "section"),
            "entries": [
                {
                    "entry": entry,
                    "title": _title(entry, language),
                    "due": handbook.is_due_for_review(entry, today),
                    "translations": translation_table(entry, "entry"),
                }
                for entry in section.entries.all()
            ],
        }
        for section in selectors.station_handbook(station_id=request.staff.station_id)
    ]
    due = sum(1 for section in sections for entry in section["entries"] if entry["due"])
    context = {
        "sections": sections,
        "due": due,
        "section_form": TranslationForm(has_body=False),
        "entry_form": EntryForm(initial={"language": language}),
    }
    return render(request, "publishing/handbook.html", context)


@casework_required
@require_POST
def section_create(request):
    form = TranslationForm(request.POST, has_body=False)
    if form.is_valid():
        run_and_tell(
            request,
            lambda: handbook.section_create(
                actor=request.user,
                station=request.staff.station,
                language=translation.get_language(),
                title=form.cleaned_data["title"],
                request=request,
            ),
            _("The section is added."),
        )
    else:
        messages.error(request, _("Please give it a title."))
    return redirect("publishing:handbook")


@casework_required
@require_POST
def entry_create(request, section_pk):
    section = selectors.station_piece(station_id=request.staff.station_id, kind="section", pk=section_pk)
    form = EntryForm(request.POST)
    if form.is_valid():
        run_and_tell(
            request,
            lambda: handbook.entry_create(actor=request.user, section=section, request=request, **form.cleaned_data),
            _("The entry is saved as a draft."),
        )
    else:
        for errors in form.errors.values():
            for text in errors:
                messages.error(request, text)
    return redirect("publishing:handbook")


@casework_required
@require_POST
def handbook_start(request):
    """Fill an empty handbook with the starting handbook, every text waiting for the station's review."""
    run_and_tell(
        request,
        lambda: handbook_start_load(actor=request.user, station=request.staff.station, request=request),
        _("The starting handbook is loaded. Each text waits for a review before residents see it."),
    )
    return redirect("publishing:handbook")


@casework_required
@require_POST
def entry_checked(request, pk):
    entry = selectors.station_piece(station_id=request.staff.station_id, kind="entry", pk=pk)
    run_and_tell(
        request,
        lambda: handbook.entry_facts_checked(actor=request.user, entry=entry, request=request),
        _("The entry's facts are marked as checked today."),
    )
    return redirect("publishing:handbook")
