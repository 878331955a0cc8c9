"""The translation workflow: four eyes, outdated translations, refusals that change nothing."""

import pytest
from django.core.exceptions import ValidationError

from lianyang.publishing.models import Notice, TranslationStatus
from lianyang.publishing.notices import notice_create, notice_publish
from lianyang.publishing.reading import body_html, reading_of
from lianyang.publishing.translation import OUTDATED, rows_of, state_of, translation_review, translation_write
from tests.factories import make_staff, make_station

from .publishing_factories import published_notice, reviewed

pytestmark = pytest.mark.django_db


def _notice(station, writer, **fields):
    return notice_create(
        actor=writer, station=station, language="zh-hans", title="停水通知", body="明天上午九点到十二点停水。", **fields
    )


def test_officer_cannot_review_own_translation(station):
    writer = make_staff(station, "officer")
    notice = _notice(station, writer)
    with pytest.raises(ValidationError) as refused:
        translation_review(actor=writer, piece=notice, language="zh-hans", approve=True)
    assert "Another officer" in str(refused.value)
    assert rows_of(notice)["zh-hans"].status == TranslationStatus.DRAFT


def test_publishing_without_reviewed_english_is_refused_naming_it(station):
    writer, reviewer = make_staff(station, "officer"), make_staff(station, "officer")
    notice = _notice(station, writer)
    reviewed(notice, writer, reviewer, "zh-hans", "停水通知", "明天上午九点到十二点停水。")
    translation_write(actor=writer, piece=notice, language="en", title="Water cut", body="No water.", ready=True)
    with pytest.raises(ValidationError) as refused:
        notice_publish(actor=writer, notice=notice)
    assert "English" in str(refused.value) and "Chinese" not in str(refused.value)
    assert Notice.objects.get(pk=notice.pk).published_at is None


def test_changing_the_source_makes_translations_outdated_until_confirmed(station):
    writer, reviewer = make_staff(station, "officer"), make_staff(station, "officer")
    notice = published_notice(station, writer=writer, reviewer=reviewer)
    translation_write(actor=writer, piece=notice, language="zh-hans", title="停水通知", body="改为下午停水。")
    notice.refresh_from_db()
    assert notice.revision == 2
    assert state_of(notice, rows_of(notice)["en"]) == OUTDATED
    translation_review(actor=reviewer, piece=notice, language="en", approve=True)
    notice.refresh_from_db()
    assert state_of(notice, rows_of(notice)["en"]) == TranslationStatus.REVIEWED


def test_a_changed_reviewed_text_goes_back_to_draft(station):
    writer, reviewer = make_staff(station, "officer"), make_staff(station, "officer")
    notice = published_notice(station, writer=writer, reviewer=reviewer)
    translation_write(actor=reviewer, piece=notice, language="en", title="Water cut", body="Changed.")
    row = rows_of(notice)["en"]
    assert (row.status, row.translator, row.reviewer) == (TranslationStatus.DRAFT, reviewer, None)


def test_sending_back_needs_a_note(station):
    writer, reviewer = make_staff(station, "officer"), make_staff(station, "officer")
    notice = _notice(station, writer)
    with pytest.raises(ValidationError):
        translation_review(actor=reviewer, piece=notice, language="zh-hans", approve=False, note=" ")
    translation_review(actor=reviewer, piece=notice, language="zh-hans", approve=False, note="请写明停水区域。")
    assert rows_of(notice)["zh-hans"].review_note == "请写明停水区域。"


def test_officer_of_another_station_cannot_translate(station):
    notice = _notice(station, make_staff(station, "officer"))
    stranger = make_staff(make_station("Gubei Foreign Affairs Service Station"), "officer")
    with pytest.raises(ValidationError):
        translation_write(actor=stranger, piece=notice, language="ja", title="断水", body="明日")
    assert "ja" not in rows_of(notice)


@pytest.mark.parametrize("title, body", [("", "text"), ("t" * 201, "text"), ("Title", ""), ("Title", "x" * 20_001)])
def test_empty_or_too_long_texts_are_refused(station, title, body):
    writer = make_staff(station, "officer")
    notice = _notice(station, writer)
    with pytest.raises(ValidationError):
        translation_write(actor=writer, piece=notice, language="en", title=title, body=body)
    assert "en" not in rows_of(notice)


def test_reader_gets_english_with_the_language_said_when_theirs_is_missing(station):
    notice = published_notice(station)
    reading = reading_of(notice, "ja")
    assert (reading.title, reading.language, reading.is_fallback) == ("Water cut", "en", True)
    assert reading_of(notice, "zh-hans").is_fallback is False


def test_script_in_a_body_is_stored_as_written_and_never_shown():
    text = 'Bring your passport.<script>alert("x")</script><img src=x onerror=alert(1)>\n\n- one\n- two'
    html = body_html(text)
    assert "script" not in html and "onerror" not in html and "alert" not in html
    assert html == "<p>Bring your passport.</p><ul><li>one</li><li>two</li></ul>"
