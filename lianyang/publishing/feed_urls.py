"""The notice board's feeds, mounted under the portal's language prefix (/<lang>/board/<station>/rss/): the
language of the address is the language of the feed."""

from django.urls import path

from .feeds import NoticeAtomFeed, NoticeFeed

app_name = "board_feeds"
urlpatterns = [
    path("board/<int:station_pk>/rss/", NoticeFeed(), name="rss"),
    path("board/<int:station_pk>/atom/", NoticeAtomFeed(), name="atom"),
]
