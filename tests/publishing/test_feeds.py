"""The notice board's RSS and Atom feeds: in the reader's language, for their audience, valid for feedparser."""

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from lianyang.community.models import Compound, ResidentialArea
from lianyang.publishing.notices import notice_withdraw
from tests.factories import make_station

from .publishing_factories import WATER_CUT, published_notice

pytestmark = pytest.mark.django_db


def _feed(client, path: str, status: int = 200):
    response = client.get(path)
    assert response.status_code == status, response.content[:500]
    return feedparser.parse(response.content) if status == 200 else None


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_japanese_reader_gets_the_board_in_japanese(client, station, staff, kind):
    notice = published_notice(station, texts=WATER_CUT, **staff)
    feed = _feed(client, f"/ja/board/{station.pk}/{kind}/")
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == "ja"
    assert station.name_en in feed.feed.title
    [entry] = feed.entries
    assert entry.title == "断水のお知らせ"
    assert "明日9時から12時まで断水します。" in entry.summary
    assert entry.link.endswith(f"/ja/board/{notice.pk}/")
    assert entry.published_parsed[:6] == notice.published_at.utctimetuple()[:6]


def test_chinese_reader_gets_the_station_by_its_chinese_name(client, station, staff):
    published_notice(station, texts=WATER_CUT, **staff)
    feed = _feed(client, f"/zh-hans/board/{station.pk}/rss/")
    assert station.name in feed.feed.title
    assert feed.entries[0].title == "停水通知"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_korean_reader_is_told_the_notice_is_in_english(client, station, staff, kind):
    published_notice(station, **staff)
    feed = _feed(client, f"/ko/board/{station.pk}/{kind}/")
    assert not feed.bozo, feed.bozo_exception
    [entry] = feed.entries
    with translation.override("ko"):
        english = str(dict(translation.trans_real.settings.LANGUAGES)["en"])
        note = translation.gettext("Not yet translated into your language: shown in %(language)s.") % {
            "language": english
        }
    assert entry.title != "Water cut" and "Water cut" in entry.title and english in entry.title
    assert note in entry.summary
    assert "No water tomorrow morning." in entry.summary


def test_each_audience_gets_its_own_notices(client, station, staff):
    area = ResidentialArea.objects.get(station=station)
    compound = Compound.objects.get(area=area)
    other_area = ResidentialArea.objects.create(station=station, name="碧云", name_en="Biyun")
    other_compound = Compound.objects.create(area=area, name="联洋花园", name_en="Lianyang Garden")

    def titled(title, **audience):
        published_notice(station, texts={"en": (title, "Details.")}, **staff, **audience)

    titled("For everyone")
    titled("For the area", area=area)
    titled("For the compound", compound=compound)
    titled("For another area", area=other_area)
    titled("For another compound", compound=other_compound)

    def titles(query=""):
        return {entry.title for entry in _feed(client, f"/en/board/{station.pk}/rss/{query}").entries}

    assert titles() == {"For everyone"}
    assert titles(f"?area={area.pk}") == {"For everyone", "For the area"}
    assert titles(f"?compound={compound.pk}") == {"For everyone", "For the area", "For the compound"}
    assert titles(f"?compound={other_compound.pk}") == {"For everyone", "For the area", "For another compound"}


def test_withdrawn_notices_leave_the_feed(client, station, staff):
    notice = published_notice(station, **staff)
    notice_withdraw(actor=staff["writer"], notice=notice)
    assert _feed(client, f"/en/board/{station.pk}/atom/").entries == []


def test_places_of_another_station_or_garbage_are_not_found(client, station):
    other = make_station("Gubei")
    other_area = ResidentialArea.objects.get(station=other)
    other_compound = Compound.objects.get(area=other_area)
    own_compound = Compound.objects.get(area__station=station)
    for query in (
        f"?area={other_area.pk}",
        f"?compound={other_compound.pk}",
        f"?compound={own_compound.pk}&area={ResidentialArea.objects.create(station=station, name='碧云').pk}",
        "?area=abc",
        "?compound=1%20OR%201=1",
        "?area=-1",
        "?area=99999999999999999999999",
    ):
        _feed(client, f"/en/board/{station.pk}/rss/{query}", status=404)
    _feed(client, "/en/board/999999/atom/", status=404)


def test_feed_query_count_does_not_grow_with_notices(client, station, staff):
    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            _feed(client, f"/en/board/{station.pk}/rss/")
        return len(context)

    for index in range(5):
        published_notice(station, texts={"en": (f"Notice {index}", "Details.")}, **staff)
    few = queries()
    for index in range(5, 50):
        published_notice(station, texts={"en": (f"Notice {index}", "Details.")}, **staff)
    assert queries() == few
    assert len(_feed(client, f"/en/board/{station.pk}/rss/").entries) == 50
