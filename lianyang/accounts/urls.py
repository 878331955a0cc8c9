from django.urls import path

from . import members, views

app_name = "accounts"
urlpatterns = [
    path("login/", views.staff_login, name="staff_login"),
    path("logout/", views.staff_logout, name="staff_logout"),
    path("2fa/setup/", views.totp_setup, name="totp_setup"),
    path("profile/", views.profile, name="profile"),
    path("members/", members.member_list, name="member_list"),
    path("members/<int:pk>/enrolment-code/", members.enrolment_code_issue_view, name="enrolment_code_issue"),
    path("members/<int:pk>/authenticator-reset/", members.authenticator_reset_view, name="authenticator_reset"),
]
