"""The station's activities on the portal (/<lang>/activities/…): find, sign up, cancel, accept a freed seat, the
QR code for the door, calendar files, and the rating afterwards."""

from django.urls import path

from . import views

app_name = "activities_portal"
urlpatterns = [
    path("", views.activity_list, name="list"),
    path("<int:pk>/", views.activity_detail, name="detail"),
    path("<int:pk>/signup/", views.signup, name="signup"),
    path("mine/", views.my_enrolments, name="mine"),
    path("mine/<int:pk>/", views.enrolment_detail, name="enrolment"),
    path("mine/<int:pk>/cancel/", views.enrolment_cancel, name="cancel"),
    path("mine/<int:pk>/accept/", views.enrolment_accept, name="accept"),
    path("mine/<int:pk>/rate/", views.enrolment_rate, name="rate"),
    path("mine/<int:pk>/calendar.ics", views.enrolment_ics, name="ics"),
    path("calendar/", views.calendar_feed_manage, name="feed_manage"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="feed"),
]
