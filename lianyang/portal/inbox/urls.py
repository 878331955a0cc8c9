"""The resident's inbox, included by the stay's URLs at /<lang>/stay/inbox/ (names `stay:inbox`, `stay:message`,
`stay:message_read`)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("<int:pk>/", views.message, name="message"),
    path("<int:pk>/read/", views.message_read, name="message_read"),
]
