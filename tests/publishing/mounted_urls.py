"""The project's addresses with the publishing feeds and the newsletter's pages mounted under the portal's language
prefix, as the project mounts them."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from lianyang.urls import handler400, handler403, handler404, handler500
from lianyang.urls import urlpatterns as project_urls

urlpatterns = [
    *project_urls,
    *i18n_patterns(
        path("", include("lianyang.publishing.feed_urls")),
        path("", include("lianyang.publishing.digest_urls")),
    ),
]

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]
