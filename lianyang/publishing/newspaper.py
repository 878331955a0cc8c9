"""The station's newspaper: numbered issues of translated articles. An issue appears in English first, and in any
other language whose articles are all reviewed against their current source."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from lianyang.accounts.access import officer_of
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from .models import Article, NewspaperIssue
from .translation import LANGUAGE_CODES, languages_not_ready, source_set, text_checked

FIRST_LANGUAGE = "en"
MOST_ARTICLES = 40


@transaction.atomic
def issue_create(*, actor, station, dated: datetime.date, request=None) -> NewspaperIssue:
    """The station's next issue, numbered one after the last."""
    officer_of(actor, station.pk)
    if not isinstance(dated, datetime.date):
        raise ValidationError({"dated": _("Please give the issue's date.")})
    last = NewspaperIssue.objects.filter(station=station).aggregate(last=Max("number"))["last"] or 0
    try:
        with transaction.atomic():
            issue = NewspaperIssue.objects.create(station=station, number=last + 1, dated=dated)
    except IntegrityError:
        raise ValidationError(_("Another issue was just started. Please try again."), code="race") from None
    audit_record(actor=actor, action=AuditEvent.Action.CREATE, obj=issue, station_id=station.pk, request=request)
    return issue


@transaction.atomic
def article_create(*, actor, issue: NewspaperIssue, language: str, title: str, body: str, request=None) -> Article:
    """A new article at the end of the issue, written in `language` (its source, a draft until reviewed)."""
    officer_of(actor, issue.station_id)
    title, body = text_checked(title, body, language)
    issue = NewspaperIssue.objects.select_for_update().get(pk=issue.pk)
    count = issue.articles.count()
    if count >= MOST_ARTICLES:
        raise ValidationError(_("An issue holds at most %(limit)d articles.") % {"limit": MOST_ARTICLES})
    article = Article.objects.create(issue=issue, position=count + 1, source_language=language, created_by=actor)
    source_set(article, actor=actor, language=language, title=title, body=body)
    audit_record(
        actor=actor, action=AuditEvent.Action.CREATE, obj=article, station_id=issue.station_id, request=request
    )
    return article


def issue_languages(issue: NewspaperIssue) -> list[str]:
    """The languages the issue can appear in: those in which every article has a reviewed, current text."""
    articles = list(issue.articles.prefetch_related("translations"))
    if not articles:
        return []
    return [code for code in LANGUAGE_CODES if all(not languages_not_ready(a, [code]) for a in articles)]


@transaction.atomic
def issue_publish(*, actor, issue: NewspaperIssue, request=None) -> NewspaperIssue:
    """Publish the issue. English comes first: an issue whose articles are not all reviewed in English is refused."""
    officer_of(actor, issue.station_id)
    issue = NewspaperIssue.objects.select_for_update().get(pk=issue.pk)
    if FIRST_LANGUAGE not in issue_languages(issue):
        raise ValidationError(
            _("It cannot be published yet: every article needs a reviewed text in English."), code="not_reviewed"
        )
    if issue.published_at is None:
        issue.published_at = timezone.now()
        issue.save(update_fields=["published_at"])
        audit_record(
            actor=actor,
            action=AuditEvent.Action.TRANSITION,
            obj=issue,
            station_id=issue.station_id,
            fields=["published"],
            request=request,
        )
    return issue
