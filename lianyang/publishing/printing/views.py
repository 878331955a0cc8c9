"""The staff pages that print the station's publications: a notice's poster (with the languages it leaves off),
a newspaper issue per language, the handbook per language. Officers and the head print their own station's;
another station's notice or issue is not found (404)."""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from lianyang.accounts.access import casework_required

from ..models import NewspaperIssue, Notice
from ..notices import language_name
from ..translation import LANGUAGE_CODES
from .document import pdf_response
from .handbook import handbook_pdf
from .newspaper import issue_pdf
from .poster import poster_pdf, poster_readings


def _notice_of_station(request, pk: int) -> Notice:
    return get_object_or_404(
        Notice.objects.select_related("station").prefetch_related("translations"),
        pk=pk,
        station_id=request.staff.station_id,
    )


def _language_known(language: str) -> str:
    if language not in LANGUAGE_CODES:
        raise Http404
    return language


@casework_required
@require_GET
def poster(request, pk: int):
    """The notice's poster: which languages it prints, which it leaves off (no reviewed text of their own)."""
    notice = _notice_of_station(request, pk)
    readings, left_off = poster_readings(notice)
    context = {
        "notice": notice,
        "printed": [language_name(reading.language) for reading in readings],
        "left_off": [language_name(code) for code in left_off],
    }
    return render(request, "publishing/print/poster_page.html", context)


@casework_required
@require_GET
def poster_download(request, pk: int):
    """The poster as PDF, on A4 unless `?size=a3`."""
    notice = _notice_of_station(request, pk)
    size = request.GET.get("size", "a4")
    try:
        content = poster_pdf(notice, size=size)
    except ValidationError as refusal:
        return HttpResponseBadRequest(" ".join(refusal.messages), content_type="text/plain; charset=utf-8")
    return pdf_response(content, f"notice-{notice.pk}-{size}.pdf")


@casework_required
@require_GET
def issue_download(request, pk: int, language: str):
    """The newspaper issue in one of the languages it appears in."""
    issue = get_object_or_404(
        NewspaperIssue.objects.select_related("station"), pk=pk, station_id=request.staff.station_id
    )
    try:
        content = issue_pdf(issue, _language_known(language))
    except ValidationError:
        raise Http404 from None
    return pdf_response(content, f"newspaper-{issue.number}-{language}.pdf")


@casework_required
@require_GET
def handbook_download(request, language: str):
    """The station's handbook for readers of `language`."""
    content = handbook_pdf(request.staff.station, _language_known(language))
    return pdf_response(content, f"handbook-{language}.pdf")
