"""The civic staff pages: the waste guide's items, the compounds' drop-off windows, and the campaigns."""

from django.urls import include, path

app_name = "civic"
urlpatterns = [
    path("guide/", include("lianyang.civic.guide.urls")),
    path("windows/", include("lianyang.civic.guide.windows_urls")),
    path("campaigns/", include("lianyang.civic.campaigns.urls")),
]
