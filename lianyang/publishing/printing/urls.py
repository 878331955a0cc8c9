"""Printed publications, under /staff/publishing/print/ (lianyang/urls.py includes this module)."""

from django.urls import path

from . import views

app_name = "publishing_print"

urlpatterns = [
    path("notices/<int:pk>/poster/", views.poster, name="poster"),
    path("notices/<int:pk>/poster.pdf", views.poster_download, name="poster_pdf"),
    path("issues/<int:pk>/<str:language>.pdf", views.issue_download, name="issue_pdf"),
    path("handbook/<str:language>.pdf", views.handbook_download, name="handbook_pdf"),
]
