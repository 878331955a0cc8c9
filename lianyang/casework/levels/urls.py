from django.urls import path

from . import views

app_name = "levels"
urlpatterns = [
    path("", views.levels_page, name="page"),
    path("hours/", views.opening_hours_save, name="hours"),
    path("days/", views.calendar_day_add, name="day_add"),
    path("days/<int:pk>/remove/", views.calendar_day_remove, name="day_remove"),
]
