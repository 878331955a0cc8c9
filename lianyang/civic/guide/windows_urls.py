"""The compounds' drop-off windows in the back office, under /staff/civic/windows/."""

from django.urls import path

from . import windows_views

urlpatterns = [
    path("", windows_views.windows_list, name="windows"),
    path("<int:pk>/", windows_views.windows_edit, name="windows_edit"),
]
