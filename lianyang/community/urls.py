from django.urls import path

from . import views

app_name = "community"
urlpatterns = [
    path("", views.area_list, name="area_list"),
    path("areas/<int:pk>/", views.area_detail, name="area_detail"),
    path("compounds/<int:pk>/", views.compound_detail, name="compound_detail"),
    path("buildings/<int:pk>/", views.building_detail, name="building_detail"),
    path("address-picker/", views.address_picker, name="address_picker"),
    path("address-picker/suggestions/", views.address_suggestions, name="address_suggestions"),
]
