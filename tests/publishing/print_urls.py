"""The project's pages plus the printing pages, included where the lead will include them."""

from django.urls import include, path

from lianyang.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    *project_urlpatterns,
    path("staff/publishing/print/", include("lianyang.publishing.printing.urls")),
]
