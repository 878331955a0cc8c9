"""The application's URLs plus the floors: /bench/floor/<page>/?<context> runs only that page's essential
query and renders the same rows with a minimal template, on the same server and middleware."""

from django.http import Http404, HttpResponse
from django.template import engines
from django.urls import path

from lianyang.urls import handler400, handler403, handler404, handler500, urlpatterns  # noqa: F401

from .pages import BY_SLUG

FLOOR = engines["django"].from_string(
    "<!doctype html><title>floor</title><ul>{% for row in rows %}<li>{{ row }}</li>{% endfor %}</ul>"
)


def floor(request, name):
    page = BY_SLUG.get(name)
    if page is None:
        raise Http404
    rows = list(page.floor(request.GET.dict()))
    return HttpResponse(FLOOR.render({"rows": rows}))


urlpatterns = [path("bench/floor/<slug:name>/", floor), *urlpatterns]
