"""The WeChat staff pages (/staff/publishing/wechat/…)."""

from django.urls import path

from . import views

app_name = "wechat"
urlpatterns = [
    path("", views.outbox, name="outbox"),
    path("outbox/<int:pk>/copied/", views.outbox_copied, name="outbox_copied"),
    path("send/<slug:kind>/<int:pk>/", views.piece_send, name="send"),
]
