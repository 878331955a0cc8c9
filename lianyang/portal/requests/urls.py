"""The resident's requests to the station (/<lang>/requests/…): ask, follow the answers, write back, rate."""

from django.urls import path

from . import views

app_name = "requests"
urlpatterns = [
    path("", views.my_requests, name="list"),
    path("ask/", views.ask, name="ask"),
    path("<int:pk>/", views.request_detail, name="detail"),
    path("<int:pk>/reply/", views.request_reply, name="reply"),
    path("<int:pk>/rate/", views.request_rate, name="rate"),
    path("<int:pk>/reopen/", views.request_reopen, name="reopen"),
    path("attachments/<int:pk>/", views.attachment_file, name="attachment"),
]
