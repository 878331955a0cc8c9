"""Newspaper issues and handbook entries: numbering, English first, the yearly check of facts."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from lianyang.publishing.handbook import entry_create, entry_facts_checked, is_due_for_review, section_create
from lianyang.publishing.models import HandbookEntry
from lianyang.publishing.newspaper import article_create, issue_create, issue_languages, issue_publish
from tests.factories import make_staff, make_station

from .publishing_factories import reviewed

pytestmark = pytest.mark.django_db


def test_issues_are_numbered_one_after_another_per_station():
    station, other = make_station(), make_station("Gubei Foreign Affairs Service Station")
    today = timezone.localdate()
    numbers = [issue_create(actor=make_staff(station), station=station, dated=today).number for _ in range(3)]
    assert numbers == [1, 2, 3]
    assert issue_create(actor=make_staff(other), station=other, dated=today).number == 1


def test_issue_appears_in_english_first_and_in_languages_whose_articles_are_all_reviewed():
    station = make_station()
    writer, reviewer = make_staff(station), make_staff(station)
    issue = issue_create(actor=writer, station=station, dated=timezone.localdate())
    first = article_create(actor=writer, issue=issue, language="en", title="Dumplings", body="We made dumplings.")
    second = article_create(actor=writer, issue=issue, language="en", title="Census", body="The census comes.")
    with pytest.raises(ValidationError):
        issue_publish(actor=writer, issue=issue)
    for article, title in ((first, "Dumplings"), (second, "Census")):
        reviewed(article, writer, reviewer, "en", title, "Text.")
    reviewed(first, writer, reviewer, "ja", "餃子", "餃子を作りました。")
    assert issue_languages(issue) == ["en"]
    reviewed(second, writer, reviewer, "ja", "国勢調査", "調査が来ます。")
    assert issue_languages(issue) == ["en", "ja"]
    assert issue_publish(actor=writer, issue=issue).published_at is not None


def test_an_entry_not_checked_for_a_year_is_due_for_review():
    station = make_station()
    officer = make_staff(station)
    section = section_create(actor=officer, station=station, language="en", title="Emergency numbers")
    today = timezone.localdate()
    entry = entry_create(
        actor=officer,
        section=section,
        language="en",
        title="Police",
        body="Call 110.",
        checked_on=today - datetime.timedelta(days=366),
    )
    assert is_due_for_review(entry)
    entry_facts_checked(actor=make_staff(station), entry=entry)
    assert not is_due_for_review(HandbookEntry.objects.get(pk=entry.pk))


def test_an_entry_checked_in_the_future_is_refused():
    station = make_station()
    officer = make_staff(station)
    section = section_create(actor=officer, station=station, language="en", title="Emergency numbers")
    with pytest.raises(ValidationError):
        entry_create(
            actor=officer,
            section=section,
            language="en",
            title="Police",
            body="Call 110.",
            checked_on=timezone.localdate() + datetime.timedelta(days=1),
        )
    assert not HandbookEntry.objects.exists()
