from django.urls import path

from . import views

urlpatterns = [
    path("", views.campaign_list, name="campaigns"),
    path("new/", views.campaign_create, name="campaign_create"),
    path("<int:pk>/", views.campaign_detail, name="campaign"),
    path("<int:pk>/scripts/", views.campaign_script, name="campaign_script"),
    path("<int:pk>/messages/", views.campaign_message, name="campaign_message"),
    path("<int:pk>/send/", views.campaign_send, name="campaign_send"),
    path("<int:pk>/wechat/", views.campaign_wechat, name="campaign_wechat"),
    path("<int:pk>/compounds/<int:compound_pk>/", views.campaign_compound, name="campaign_compound"),
    path("<int:pk>/buildings/<int:building_pk>/", views.campaign_building, name="campaign_building"),
    path("<int:pk>/buildings/<int:building_pk>/sheet.pdf", views.campaign_sheet, name="campaign_sheet"),
    path("<int:pk>/doors/<int:contact_pk>/mark/", views.contact_mark, name="contact_mark"),
]
