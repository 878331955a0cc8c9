from django.urls import path

from . import views

urlpatterns = [
    path("plan/", views.plan, name="visits_plan"),
    path("day/", views.day, name="visits_day"),
    path("day/route-sheet.pdf", views.route_sheet, name="visits_route_sheet"),
    path("coverage/", views.coverage, name="visits_coverage"),
    path("policies/", views.policies, name="visits_policies"),
    path("households/<int:pk>/", views.household, name="visits_household"),
    path("<int:pk>/", views.visit_detail, name="visit_detail"),
    path("<int:pk>/follow-up/", views.visit_follow_up, name="visit_follow_up"),
]
