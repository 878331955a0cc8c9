from django.urls import path

from . import views

urlpatterns = [
    path("", views.item_list, name="guide_items"),
    path("new/", views.item_add, name="guide_item_add"),
    path("<int:pk>/", views.item_edit, name="guide_item_edit"),
]
