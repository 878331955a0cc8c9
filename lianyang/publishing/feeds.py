"""The notice board as RSS 2.0 and Atom feeds, one per language (the portal's language prefix) and audience: the
whole station, one of its residential areas (`?area=<pk>`) or one of its compounds (`?compound=<pk>`).

A feed holds what the board shows its reader now (notices.board): a compound's feed holds the station's notices,
its area's and its own. Each item is in the feed's language, else in the language a reader falls back to
(reading.py), and then says so. Notices are public, so the feeds need no login; an area or a compound of another
station, or one that is not a number, is not found (404).
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from lianyang.community.models import Compound, ResidentialArea, Station

from .notices import board, language_name
from .reading import Reading, reading_of


def notice_path(notice_pk: int, language: str) -> str:
    """Where the portal shows a notice to a reader of `language`."""
    with translation.override(language):
        return reverse("board:notice", args=[notice_pk])


def place_name(place, language: str) -> str:
    """A station's, area's or compound's name as a reader of `language` knows it: in Chinese for Chinese readers,
    else in its English form."""
    return place.name if language == "zh-hans" else (place.name_en or place.name)


def shown_title(reading: Reading) -> str:
    """The title as a reader gets it, saying in which language it is when it is not theirs."""
    if not reading.is_fallback:
        return reading.title
    return _("%(title)s (in %(language)s)") % {"title": reading.title, "language": language_name(reading.language)}


def _pk_in_query(request, name: str) -> int | None:
    value = request.GET.get(name)
    if value is None:
        return None
    if not value.isdigit():
        raise Http404
    return int(value)


@dataclass(frozen=True)
class BoardAudience:
    """The feed's reader: a station, and the area and compound when the feed is for one of them."""

    station: Station
    area: ResidentialArea | None
    compound: Compound | None

    @property
    def place(self):
        return self.compound or self.area or self.station


class NoticeFeed(Feed):
    """RSS 2.0: the station's board, in the language of the address."""

    def get_object(self, request, station_pk: int) -> BoardAudience:
        station = Station.objects.get(pk=station_pk)
        area_pk, compound_pk = _pk_in_query(request, "area"), _pk_in_query(request, "compound")
        compound = area = None
        if compound_pk is not None:
            compound = Compound.objects.select_related("area").get(pk=compound_pk, area__station=station)
            area = compound.area
        if area_pk is not None:
            area = ResidentialArea.objects.get(pk=area_pk, station=station)
            if compound is not None and compound.area_id != area.pk:
                raise Http404
        return BoardAudience(station, area, compound)

    def title(self, audience: BoardAudience) -> str:
        return _("Notices: %(place)s") % {"place": place_name(audience.place, translation.get_language())}

    def description(self, audience: BoardAudience) -> str:
        return _("The notice board of %(station)s.") % {
            "station": place_name(audience.station, translation.get_language())
        }

    def link(self, audience: BoardAudience) -> str:
        return f"/{translation.get_language()}/board/"

    def items(self, audience: BoardAudience) -> list:
        notices = board(
            station_id=audience.station.pk,
            area_id=audience.area.pk if audience.area else None,
            compound_id=audience.compound.pk if audience.compound else None,
        )
        language = translation.get_language()
        # A notice with no reviewed text in any language is not shown anywhere, the feed included.
        return [(notice, reading) for notice in notices if (reading := reading_of(notice, language))]

    def item_title(self, item) -> str:
        return shown_title(item[1])

    def item_description(self, item) -> str:
        reading = item[1]
        if not reading.is_fallback:
            return reading.html
        note = _("Not yet translated into your language: shown in %(language)s.") % {
            "language": language_name(reading.language)
        }
        return f"<p>{escape(note)}</p>{reading.html}"

    def item_link(self, item) -> str:
        return notice_path(item[0].pk, translation.get_language())

    def item_pubdate(self, item):
        return item[0].published_at

    def item_categories(self, item):
        return [item[0].get_category_display()]


class NoticeAtomFeed(NoticeFeed):
    """Atom: the same board."""

    feed_type = Atom1Feed

    def subtitle(self, audience: BoardAudience) -> str:
        return self.description(audience)
