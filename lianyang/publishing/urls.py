"""The publishing staff pages (/staff/publishing/…)."""

from django.urls import path

from .views import issues, notices, pieces

app_name = "publishing"
urlpatterns = [
    path("", notices.notice_list, name="notices"),
    path("notices/new/", notices.notice_create, name="notice_create"),
    path("notices/<int:pk>/", notices.notice_detail, name="notice"),
    path("notices/<int:pk>/edit/", notices.notice_edit, name="notice_edit"),
    path("notices/<int:pk>/publish/", notices.notice_publish, name="notice_publish"),
    path("translations/", pieces.dashboard, name="dashboard"),
    path("translate/<slug:kind>/<int:pk>/<str:language>/", pieces.translate, name="translate"),
    path("review/<slug:kind>/<int:pk>/<str:language>/", pieces.review, name="review"),
    path("picture/<slug:kind>/<int:pk>/", pieces.picture, name="picture"),
    path("picture/<slug:kind>/<int:pk>/file/", pieces.picture_file, name="picture_file"),
    path("newspaper/", issues.issue_list, name="issues"),
    path("newspaper/<int:pk>/", issues.issue_detail, name="issue"),
    path("newspaper/<int:pk>/publish/", issues.issue_publish, name="issue_publish"),
    path("handbook/", issues.handbook_page, name="handbook"),
    path("handbook/start/", issues.handbook_start, name="handbook_start"),
    path("handbook/sections/new/", issues.section_create, name="section_create"),
    path("handbook/sections/<int:section_pk>/entries/new/", issues.entry_create, name="entry_create"),
    path("handbook/entries/<int:pk>/checked/", issues.entry_checked, name="entry_checked"),
]
