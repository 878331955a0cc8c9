"""`lianyang stats` counts the notices, the handbook's entries by language and every translation by state."""

import pytest

from lianyang.publishing.handbook import entry_create, section_create
from lianyang.publishing.notices import notice_create
from lianyang.publishing.translation import translation_write
from tests.factories import make_staff
from tests.publishing.publishing_factories import published_notice, reviewed
from tests.reports.test_stats_casework import stats

pytestmark = pytest.mark.django_db


def test_notices_entries_and_translations_are_counted(station_a):
    writer, reviewer = make_staff(station_a), make_staff(station_a)
    notice = published_notice(station_a, writer=writer, reviewer=reviewer)  # zh-hans and en reviewed
    translation_write(actor=writer, piece=notice, language="zh-hans", title="停水通知", body="改了。")  # en outdated
    notice_create(actor=writer, station=station_a, language="en", title="Draft", body="Not yet.")  # en draft
    section = section_create(actor=writer, station=station_a, language="en", title="Health")  # en draft
    entry = entry_create(actor=writer, section=section, language="en", title="Clinics", body="Walk in.")
    reviewed(entry, writer, reviewer, "en", "Clinics", "Walk in.")
    translation_write(actor=writer, piece=entry, language="ko", title="병원", body="예약 없이.", ready=True)

    counts = stats()
    assert counts["notices"] == {"count": 2, "published": 1, "on_the_board": 1}
    assert counts["handbook_entries"] == 1
    assert counts["handbook_entries_by_language"]["en"] == 1 and counts["handbook_entries_by_language"]["ko"] == 1
    assert counts["handbook_entries_by_language"]["ja"] == 0
    assert counts["translations_by_status"] == {
        "missing": 4 * 10 - 6,
        "draft": 3,  # the changed Chinese source, the draft notice, the section
        "review": 1,  # Korean
        "reviewed": 1,  # the entry in English
        "outdated": 1,  # the notice in English
    }
