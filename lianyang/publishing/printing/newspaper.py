"""A newspaper issue laid out for print in one language: the masthead, the issue's number and date written the
language's way, its articles in two columns with their pictures, and page numbers.

An issue is printed only in the languages it appears in (every article reviewed against its current source,
lianyang.publishing.newspaper.issue_languages): a printed page never mixes in a fallback.
"""

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from ..models import NewspaperIssue
from ..newspaper import issue_languages
from ..notices import language_name
from ..reading import reading_of
from .document import date_said, picture_data_uri, printed, station_name


def _masthead(issue: NewspaperIssue, language: str) -> str:
    with translation.override(language):
        return pgettext("newspaper masthead", "%(station)s News") % {"station": station_name(issue.station, language)}


def issue_pdf(issue: NewspaperIssue, language: str) -> bytes:
    """The issue in `language`; refused in a language in which not every article has a reviewed text."""
    if language not in issue_languages(issue):
        raise ValidationError(
            _("This issue cannot be printed in %(language)s: not every article has a reviewed text in it.")
            % {"language": language_name(language)},
            code="not_reviewed",
        )
    articles = issue.articles.prefetch_related("translations")
    stories = [
        {"reading": reading_of(article, language), "picture": picture_data_uri(article.image)} for article in articles
    ]
    return printed(
        "publishing/print/issue.html",
        {
            "issue": issue,
            "masthead": _masthead(issue, language),
            "dated": date_said(issue.dated, language),
            "stories": stories,
        },
        language=language,
    )
