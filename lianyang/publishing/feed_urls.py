"""The notice board's feeds, mounted under the portal's language prefix (/<lang>/board/<station>/rss/): the
language of the address is the language of the feed."""

from django.urls import path
from django.views.decorators.http import require_GET

from .feeds import NoticeAtomFeed, NoticeFeed

app_name = "board_feeds"
urlpatterns = [
    path("board/<int:station_pk>/rss/", require_GET(NoticeFeed()), name="rss"),
    path("board/<int:station_pk>/atom/", require_GET(NoticeAtomFeed()), name="atom"),
]
