"""Exchanges with local hosts on the portal (/<lang>/exchange/…)."""

from django.urls import path

from . import views

app_name = "exchange"
urlpatterns = [
    path("", views.home, name="home"),
    path("consent/", views.consent, name="consent"),
    path("offers/new/", views.offer_edit, name="offer_new"),
    path("offers/<int:pk>/", views.offer_edit, name="offer"),
    path("offers/<int:pk>/close/", views.exchange_close, {"kind": "offer"}, name="offer_close"),
    path("wishes/new/", views.wish_edit, name="wish_new"),
    path("wishes/<int:pk>/close/", views.exchange_close, {"kind": "wish"}, name="wish_close"),
    path("wishes/<int:pk>/", views.wish_edit, name="wish"),
    path("pairings/<int:pk>/", views.pairing_detail, name="pairing"),
    path("pairings/<int:pk>/answer/", views.pairing_answer, name="answer"),
    path("pairings/<int:pk>/sessions/", views.pairing_write, {"action": "session"}, name="session"),
    path("pairings/<int:pk>/end/", views.pairing_write, {"action": "end"}, name="end"),
    path("pairings/<int:pk>/feedback/", views.pairing_write, {"action": "feedback"}, name="feedback"),
]
