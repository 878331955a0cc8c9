"""What the station publishes, on the portal (/<lang>/board/, /<lang>/handbook/, /<lang>/newspaper/): the notice
board, the handbook and the newspaper's archive, each with its search, each in the reader's language, else
English, else Chinese, with a visible note saying which language stands in. A query longer than the search box
takes is answered 400 with the box's message.

Public pages: a resident sees their own station's board with the notices for their residential area and compound
as well; a visitor sees a station's notices for everyone. Thin pages over `publishing`'s selectors.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import get_language_info
from django.views.decorators.http import require_GET

from lianyang.community.models import Station
from lianyang.people.selectors import account_resident, account_resident_loaded
from lianyang.publishing.forms import SearchForm
from lianyang.publishing.models import Article, NewspaperIssue, Notice
from lianyang.publishing.newspaper import issue_languages
from lianyang.publishing.notices import board
from lianyang.publishing.pictures import picture_response, public_picture
from lianyang.publishing.portal import handbook_for, handbook_search, newspaper_search, published_issues
from lianyang.publishing.printing.document import pdf_response
from lianyang.publishing.printing.handbook import handbook_pdf
from lianyang.publishing.printing.newspaper import issue_pdf
from lianyang.publishing.reading import readable, reading_of
from lianyang.publishing.selectors import matching

SEARCH_WORDS = 8


def _shown(piece, language: str) -> dict | None:
    """A piece as the page shows it, with the name of the language standing in when it is not the reader's."""
    reading = reading_of(piece, language)
    if reading is None:
        return None
    fallback = get_language_info(reading.language)["name_translated"] if reading.is_fallback else ""
    return {"piece": piece, "reading": reading, "fallback": fallback}


def _places(resident) -> tuple[int | None, int | None]:
    """The resident's residential area and compound, when they have an address."""
    compound = resident.address.building.compound if resident and resident.address_id else None
    return (compound.area_id, compound.pk) if compound else (None, None)


def _station(request, station_pk, resident=None):
    """The station whose pages are asked for: the one named, else the resident's own, else the only one."""
    if station_pk is not None:
        return get_object_or_404(Station, pk=station_pk)
    resident = resident or account_resident_loaded(request.user)
    if resident is not None:
        return resident.station  # read with the account at login (accounts.backends): no query of its own
    stations = list(Station.objects.order_by("pk")[:2])
    return stations[0] if len(stations) == 1 else None


def _choose_station(request, name: str):
    stations = Station.objects.order_by("name_en")
    return render(request, "portal/board/stations.html", {"stations": stations, "target": name})


@require_GET
def notice_board(request, station_pk=None):
    resident = account_resident(request.user, with_address=True)
    station = _station(request, station_pk, resident)
    if station is None:
        return _choose_station(request, "board:station")
    # A resident sees the notices for their own area and compound on their own station's board.
    area_id, compound_id = _places(resident) if resident and resident.station_id == station.pk else (None, None)
    language = translation.get_language()
    form, words = _search(request)
    shown = board(station_id=station.pk, area_id=area_id, compound_id=compound_id, language=language)
    if words:
        shown = shown.filter(pk__in=matching(Notice, words, master__station=station).values("pk"))
    notices = [item for item in (_shown(notice, language) for notice in shown[:100]) if item]
    context = {"station": station, "notices": notices, "form": form, "query": " ".join(words)}
    return render(request, "portal/board/board.html", context, status=_status(form))


def _search(request) -> tuple[SearchForm, list[str]]:
    """The search box's form and its words (at most SEARCH_WORDS; none for an empty or invalid query)."""
    form = SearchForm(request.GET or None)
    return form, (form.cleaned_data["q"].split()[:SEARCH_WORDS] if form.is_valid() else [])


def _status(form: SearchForm) -> int:
    """400 for a query the search box refuses (its message is shown beside the box), else 200."""
    return 400 if form.errors else 200


@require_GET
def notice_detail(request, pk):
    notice = get_object_or_404(Notice.objects.select_related("station").prefetch_related("translations"), pk=pk)
    if notice not in board(station_id=notice.station_id, area_id=notice.area_id, compound_id=notice.compound_id):
        raise Http404
    shown = _shown(notice, translation.get_language())
    if shown is None:
        raise Http404
    return render(request, "portal/board/notice.html", {"station": notice.station, **shown})


@require_GET
def handbook(request, station_pk=None):
    station = _station(request, station_pk)
    if station is None:
        return _choose_station(request, "board:handbook_station")
    language = translation.get_language()
    form, words = _search(request)
    if words:
        entries = [e for e in (_shown(entry, language) for entry in handbook_search(station, words, language)) if e]
        return render(
            request,
            "portal/board/handbook_results.html",
            {"station": station, "form": form, "entries": entries, "query": " ".join(words)},
        )
    sections = []
    for section in handbook_for(station, language):
        entries = [e for e in (_shown(entry, language) for entry in section.entries.all()) if e]
        title = _shown(section, language)
        if entries and title:
            sections.append({"title": title, "entries": entries})
    context = {"station": station, "form": form, "sections": sections}
    return render(request, "portal/board/handbook.html", context, status=_status(form))


@require_GET
def newspaper_issue_pdf(request, pk):
    """A published issue, printed in the reader's language when every article has it, else in English."""
    issue = get_object_or_404(NewspaperIssue.objects.select_related("station"), pk=pk, published_at__isnull=False)
    language = _issue_language(issue)
    return pdf_response(issue_pdf(issue, language), f"newspaper-{issue.number}-{language}.pdf")


@require_GET
def handbook_pdf_download(request, station_pk):
    """The station's handbook, printed for readers of the page's language (entries without it in English, said
    so)."""
    station = get_object_or_404(Station, pk=station_pk)
    language = translation.get_language()
    return pdf_response(handbook_pdf(station, language), f"handbook-{language}.pdf")


@require_GET
def picture(request, kind, pk):
    """A public notice's or article's picture."""
    return picture_response(public_picture(kind, pk))


@require_GET
def newspaper(request, station_pk=None):
    """The archive of published issues, newest first; with a query, the articles that hold its words, each in the
    reader's language (else English, else Chinese, said so) and linked to its place in its issue."""
    station = _station(request, station_pk)
    if station is None:
        return _choose_station(request, "board:newspaper_station")
    form, words = _search(request)
    if words:
        language = translation.get_language()
        articles = [
            a for a in (_shown(article, language) for article in newspaper_search(station, words, language)) if a
        ]
        context = {"station": station, "form": form, "articles": articles, "query": " ".join(words)}
        return render(request, "portal/board/newspaper_results.html", context)
    context = {"station": station, "form": form, "issues": published_issues(station)}
    return render(request, "portal/board/newspaper.html", context, status=_status(form))


def _issue_language(issue) -> str:
    """The reader's language when the issue appears in it, else English (the issue's first language)."""
    ready = issue_languages(issue)
    language = translation.get_language()
    if language in ready:
        return language
    if not ready:
        raise Http404
    return "en" if "en" in ready else ready[0]


@require_GET
def newspaper_issue(request, pk):
    issue = get_object_or_404(NewspaperIssue.objects.select_related("station"), pk=pk, published_at__isnull=False)
    language = _issue_language(issue)
    articles = [_shown(article, language) for article in issue.articles.prefetch_related(readable(Article, language))]
    fallback = "" if language == translation.get_language() else get_language_info(language)["name_translated"]
    context = {"issue": issue, "articles": [a for a in articles if a], "fallback": fallback, "language": language}
    return render(request, "portal/board/issue.html", context)
