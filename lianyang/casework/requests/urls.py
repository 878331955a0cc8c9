from django.urls import path

from . import views

app_name = "requests"
urlpatterns = [
    path("", views.request_inbox, name="inbox"),
    path("new/", views.request_record, name="record"),
    path("canned-replies/", views.canned_replies, name="canned"),
    path("<int:pk>/", views.request_detail, name="detail"),
    path("<int:pk>/messages/<slug:kind>/", views.request_message, name="message"),
    path("<int:pk>/steps/<slug:kind>/", views.request_step, name="step"),
    path("<int:pk>/assign/", views.request_assign, name="assign"),
    path("<int:pk>/merge/", views.request_merge, name="merge"),
    path("attachments/<int:pk>/", views.attachment_file, name="attachment"),
]
