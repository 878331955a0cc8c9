"""The station's publications on the portal: the notice board, the handbook and the newspaper."""

from django.urls import path

from . import views

app_name = "board"
urlpatterns = [
    path("board/", views.notice_board, name="board"),
    path("board/station/<int:station_pk>/", views.notice_board, name="station"),
    path("board/<int:pk>/", views.notice_detail, name="notice"),
    path("pictures/<slug:kind>/<int:pk>/", views.picture, name="picture"),
    path("handbook/", views.handbook, name="handbook"),
    path("handbook/station/<int:station_pk>/", views.handbook, name="handbook_station"),
    path("newspaper/", views.newspaper, name="newspaper"),
    path("newspaper/station/<int:station_pk>/", views.newspaper, name="newspaper_station"),
    path("newspaper/<int:pk>/", views.newspaper_issue, name="issue"),
    path("newspaper/<int:pk>/pdf/", views.newspaper_issue_pdf, name="issue_pdf"),
    path("handbook/station/<int:station_pk>/pdf/", views.handbook_pdf_download, name="handbook_pdf"),
]
