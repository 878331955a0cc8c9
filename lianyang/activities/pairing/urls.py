"""The officers' pairing pages (/staff/activities/pairing/…)."""

from django.urls import path

from . import views

app_name = "pairing"
urlpatterns = [
    path("", views.proposals, name="proposals"),
    path("match/", views.match_run, name="match"),
    path("propose/", views.propose, name="propose"),
    path("offers/", views.offers, name="offers"),
    path("wishes/", views.wishes, name="wishes"),
    path("pairings/", views.pairings, name="pairings"),
    path("pairings/<int:pk>/", views.pairing_detail, name="pairing"),
    path("pairings/<int:pk>/send/", views.pairing_send, name="send"),
    path("pairings/<int:pk>/discard/", views.pairing_discard, name="discard"),
]
