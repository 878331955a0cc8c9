"""The demo's publications: a year of notices on and off the board, six newspaper issues (the last one still in
translation), the starting handbook, and translations in every state, written through the services."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from lianyang.community.models import Station
from lianyang.notify.models import Notification
from lianyang.people.models import Consent
from lianyang.publishing.digest import digests_send
from lianyang.publishing.models import HandbookEntry, NewspaperIssue, Notice
from lianyang.publishing.newspaper import issue_languages

pytestmark = pytest.mark.django_db


def test_a_year_of_notices_some_on_the_board_one_waiting_for_review(demo):
    lianyang = Station.objects.order_by("pk").first()
    notices = Notice.objects.filter(station=lianyang)
    now = timezone.now()
    assert now - notices.order_by("shown_from").first().shown_from > datetime.timedelta(days=300)
    assert notices.filter(published_at__isnull=True).count() == 1
    assert notices.filter(pinned=True).count() == 2
    assert demo.notices == Notice.objects.count()


def test_six_issues_the_last_one_still_in_translation(demo):
    issues = NewspaperIssue.objects.filter(station=Station.objects.order_by("pk").first()).order_by("number")
    assert [issue.number for issue in issues] == [1, 2, 3, 4, 5, 6]
    assert all(issue.published_at for issue in issues[:5]) and issues[5].published_at is None
    assert len(issue_languages(issues[0])) == 10 and "en" in issue_languages(issues[5])
    assert all(issue.articles.count() == 3 for issue in issues)


def test_translations_are_in_every_state(demo):
    counts = json.loads(_stats())["translations_by_status"]
    assert all(counts[state] > 0 for state in ("missing", "draft", "review", "reviewed", "outdated")), counts


def test_the_handbook_is_in_ten_languages_with_entries_due_for_their_yearly_check(demo):
    lianyang = Station.objects.order_by("pk").first()
    entries = HandbookEntry.objects.filter(section__station=lianyang)
    assert entries.count() >= 36
    assert entries.filter(last_reviewed_on__lt=timezone.localdate() - datetime.timedelta(days=365)).count() == 2
    by_language = json.loads(_stats())["handbook_entries_by_language"]
    assert set(by_language.values()) == {HandbookEntry.objects.count()}


def test_a_resident_reads_the_board_in_japanese_and_finds_the_handbook_in_arabic(demo):
    client, lianyang = Client(), Station.objects.order_by("pk").first()
    board = client.get(f"/ja/board/station/{lianyang.pk}/")
    assert board.status_code == 200 and board.content.decode().count('class="panel notice-card') >= 3
    found = client.get(f"/ar/handbook/station/{lianyang.pk}/", {"q": "110"})
    assert found.status_code == 200 and 'data-entry="emergency-numbers"' in found.content.decode()


def _stats() -> str:
    out = StringIO()
    call_command("stats", "--json", stdout=out)
    return out.getvalue()


def test_the_weekly_digest_goes_to_residents_who_agreed_each_in_their_language(demo):
    queued = digests_send()
    assert queued > 0
    mails = Notification.objects.filter(template="newsletter_digest").select_related("resident")
    assert mails.count() == queued
    assert all(
        Consent.objects.filter(resident=m.resident, purpose="newsletter", withdrawn_at__isnull=True).exists()
        for m in mails
    )
    assert all(m.language == m.resident.preferred_language for m in mails)
    assert len({m.language for m in mails}) > 1
    assert digests_send() == 0  # once a week
