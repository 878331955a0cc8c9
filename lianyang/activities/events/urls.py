"""The activities' staff pages (/staff/activities/…)."""

from django.urls import path

from . import figures, views

urlpatterns = [
    path("", views.activity_list, name="list"),
    path("new/", views.activity_create, name="create"),
    path("series/new/", views.series_create, name="series_create"),
    path("figures/", figures.figures_page, name="figures"),
    path("<int:pk>/", views.activity_detail, name="detail"),
    path("<int:pk>/edit/", views.activity_edit, name="edit"),
    path("<int:pk>/translate/", views.activity_translate, name="translate"),
    path("<int:pk>/check-in/", views.check_in, name="check_in"),
    path("<int:pk>/attendance/<int:enrolment_pk>/", views.attendance_set, name="attendance"),
]
