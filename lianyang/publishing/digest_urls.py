"""The newsletter's pages, mounted under the portal's language prefix (/<lang>/newsletter/…): the digest links
each resident to the page in their own language."""

from django.urls import path

from .digest_views import unsubscribe

app_name = "newsletter"
urlpatterns = [
    path("newsletter/unsubscribe/<str:token>/", unsubscribe, name="unsubscribe"),
]
