from django.urls import path

from . import views

app_name = "people"
urlpatterns = [
    path("residents/", views.resident_list, name="resident_list"),
    path("residents/new/", views.resident_create, name="resident_create"),
    path("residents/find-by-document/", views.find_by_document, name="find_by_document"),
    path("residents/<int:pk>/", views.resident_detail, name="resident_detail"),
    path("residents/<int:pk>/edit/", views.resident_edit, name="resident_edit"),
    path("residents/<int:pk>/documents/new/", views.document_create, name="document_create"),
    path("residents/<int:pk>/permits/new/", views.permit_create, name="permit_create"),
    path("residents/<int:pk>/household/new/", views.household_create, name="household_create"),
    path("households/<int:pk>/edit/", views.household_edit, name="household_edit"),
    path("documents/<int:pk>/reveal/", views.document_reveal, name="document_reveal"),
]
