"""The waste-sorting guide on the portal (/<lang>/waste/): the search, and each compound's poster."""

from django.urls import path

from . import views

app_name = "waste"
urlpatterns = [
    path("", views.guide, name="guide"),
    path("poster/<int:compound_pk>/", views.poster, name="poster"),
]
