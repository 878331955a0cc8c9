"""The demo stations' publications: a year of notices, six newspaper issues and the starting handbook, with their
translations in every state a real station has at any moment (reviewed, waiting for review, draft, outdated after
a change of the source, missing).

Written through the services: the officers write each notice in its source language, translate it in the languages
they speak and review each other's texts (four eyes; publishing/translation.py), then publish; the newspaper's
articles likewise. What the services cannot write is set as they would have set it: the dates of notices and
issues (a service stamps the moment of writing), and the handbook's reviews, made in bulk by the station's
officers after `handbook_start_load` (one review per text would be some four hundred service calls per station).
The generated stations of the larger scales get the handbook only.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.utils import timezone

from lianyang.accounts.models import Role, StaffLanguage
from lianyang.publishing.handbook_start import handbook_start_load
from lianyang.publishing.models import HandbookEntry, HandbookSection, NewspaperIssue, Notice, TranslationStatus
from lianyang.publishing.newspaper import article_create, issue_create, issue_publish
from lianyang.publishing.notices import notice_create, notice_publish
from lianyang.publishing.translation import translation_review, translation_write

from .articletexts import ISSUES
from .noticetexts import NOTICES

SHOWN_DAYS = 30  # how long an ordinary notice stays on the board; pinned ones stay until taken down
ISSUE_EVERY_DAYS = 61  # the newspaper comes out every two months
# The languages always written; the others are added as the station's officers find time.
CORE = ("zh-hans", "en", "ja", "ko")
# The line an officer adds to a notice whose times changed (notices are written in Chinese or English).
UPDATED = {
    "zh-hans": "（更新：时间有调整，请以服务站的最新通知为准。）",
    "en": "(Updated: the times have changed; the station's latest notice applies.)",
}


class _Officers:
    """The station's writers and reviewers by language: the first speaker translates, another speaker (else the
    head) reviews."""

    def __init__(self, station):
        rows = (
            StaffLanguage.objects.filter(staff__station=station, staff__role__in=[Role.HEAD, Role.OFFICER])
            .order_by("-staff__role", "staff_id")
            .values_list("language", "staff__user_id", "staff__role")
        )
        self.speakers: dict[str, list[int]] = {}
        for language, user_id, role in rows:
            self.speakers.setdefault(language, []).append(user_id)
            if role == Role.HEAD:
                self.head_id = user_id
        self.users = get_user_model().objects.in_bulk({user_id for _l, user_id, _r in rows})

    def writer(self, language: str):
        return self.users[(self.speakers.get(language) or [self.head_id])[0]]

    def reviewer(self, language: str):
        writer = self.writer(language).pk
        others = [user for user in self.speakers.get(language, []) if user != writer]
        return self.users[(others or [user for user in self.speakers["zh-hans"] if user != writer])[0]]


def _texts(piece, officers: _Officers, texts: dict, states: dict) -> None:
    """Write each language's text and take it as far as `states` says (default: reviewed); "missing" skips it."""
    for language, (title, body) in texts.items():
        state = states.get(language, TranslationStatus.REVIEWED)
        if state == TranslationStatus.MISSING:
            continue
        writer = officers.writer(language)
        ready = state != TranslationStatus.DRAFT
        translation_write(actor=writer, piece=piece, language=language, title=title, body=body, ready=ready)
        if state == TranslationStatus.REVIEWED:
            translation_review(actor=officers.reviewer(language), piece=piece, language=language, approve=True)


def _states(rng: random.Random, age_days: int) -> dict:
    """Older notices were translated into the core languages and some others; the newest are still in work."""
    states = dict.fromkeys(CORE, TranslationStatus.REVIEWED)
    for code in ("fr", "de", "es", "pt-br", "ru", "ar"):
        states[code] = TranslationStatus.REVIEWED if rng.random() < 0.6 else TranslationStatus.MISSING
    if age_days < 3:
        states.update({"ja": TranslationStatus.NEEDS_REVIEW, "ko": TranslationStatus.DRAFT, "ar": "missing"})
    return states


def notices_add(rng: random.Random, *, station, officers: _Officers) -> int:
    """A year of notices, the newest first on the board; the two newest still in translation, one of them not yet
    published; one older notice changed after its translations, so they are outdated."""
    now = timezone.now()
    count = len(NOTICES)
    for index, spec in enumerate(NOTICES):
        # The one before the newest went up a week ago to the minute: always within last week (a few hours more
        # would be the week before on a Monday morning), so the worker's first pass sends the weekly digest to the
        # residents who agreed to the newsletter.
        last_week = index == count - 2
        age = 7 if last_week else round((count - 1 - index) * 365 / count)
        shown_from = now - datetime.timedelta(days=age, hours=0 if last_week else rng.randint(0, 8))
        source = spec["source"]
        title, body = spec["texts"][source]
        notice = notice_create(
            actor=officers.writer(source), station=station, language=source, title=title, body=body,
            category=spec["category"], pinned=spec["pinned"], shown_from=shown_from,
            shown_until=None if spec["pinned"] else shown_from + datetime.timedelta(days=SHOWN_DAYS),
        )  # fmt: skip
        others = {code: text for code, text in spec["texts"].items() if code != source}
        _texts(notice, officers, {source: spec["texts"][source], **others}, _states(rng, age))
        if index != count - 1:  # the newest waits for its Japanese review before it goes up
            notice_publish(actor=officers.writer(source), notice=notice)
            Notice.objects.filter(pk=notice.pk).update(published_at=shown_from)
        if index == count // 2:  # the source changed after translation: the others are outdated
            translation_write(
                actor=officers.writer(source), piece=notice, language=source, title=title,
                body=f"{body}\n\n{UPDATED[source]}",
            )  # fmt: skip
    return count


def issues_add(rng: random.Random, *, station, officers: _Officers) -> int:
    """Six issues a couple of months apart; the last one still being translated and not yet out."""
    today = timezone.localdate()
    for number, articles in enumerate(ISSUES, start=1):
        dated = today - datetime.timedelta(days=(len(ISSUES) - number) * ISSUE_EVERY_DAYS)
        issue = issue_create(actor=officers.writer("en"), station=station, dated=dated)
        latest = number == len(ISSUES)
        for spec in articles:
            title, body = spec["texts"]["en"]
            article = article_create(actor=officers.writer("en"), issue=issue, language="en", title=title, body=body)
            states = dict.fromkeys(spec["texts"], TranslationStatus.REVIEWED)
            if latest:
                states.update(
                    {code: rng.choice([TranslationStatus.DRAFT, TranslationStatus.NEEDS_REVIEW, "missing"])
                     for code in ("fr", "de", "es", "pt-br", "ru", "ar")}
                )  # fmt: skip
            _texts(article, officers, spec["texts"], states)
        if not latest:
            issue_publish(actor=officers.writer("en"), issue=issue)
            moment = timezone.make_aware(datetime.datetime.combine(dated, datetime.time(9)))
            NewspaperIssue.objects.filter(pk=issue.pk).update(published_at=moment)
    return len(ISSUES)


def handbook_add(*, station, officers: _Officers) -> int:
    """The starting handbook, reviewed by the station's officers in every language but Arabic's last section
    (still waiting), with two entries whose facts were last checked more than a year ago."""
    count = handbook_start_load(actor=officers.users[officers.head_id], station=station)
    for model, station_filter in ((HandbookSection, "master__station"), (HandbookEntry, "master__section__station")):
        rows = model._parler_meta.root_model.objects.filter(**{station_filter: station})
        for language in officers.speakers:
            rows.filter(language_code=language).update(
                status=TranslationStatus.REVIEWED, reviewer=officers.reviewer(language)
            )
        rows.exclude(language_code__in=list(officers.speakers)).update(
            status=TranslationStatus.REVIEWED, reviewer=officers.users[officers.head_id]
        )
    last = HandbookSection.objects.filter(station=station).order_by("-position").first()
    HandbookEntry._parler_meta.root_model.objects.filter(master__section=last, language_code="ar").update(
        status=TranslationStatus.NEEDS_REVIEW, reviewer=None
    )
    year_ago = timezone.localdate() - datetime.timedelta(days=400)
    stale = HandbookEntry.objects.filter(section__station=station).order_by("section__position", "position")[:2]
    HandbookEntry.objects.filter(pk__in=[entry.pk for entry in stale]).update(last_reviewed_on=year_ago)
    return count


def publications_add(rng: random.Random, *, station, featured: bool) -> dict:
    """The station's publications: all of them for the demo's own stations, the handbook for the others."""
    officers = _Officers(station)
    counts = {"handbook_entries": handbook_add(station=station, officers=officers), "notices": 0, "issues": 0}
    if featured:
        counts["notices"] = notices_add(rng, station=station, officers=officers)
        counts["issues"] = issues_add(rng, station=station, officers=officers)
    return counts
