from django.urls import include, path

app_name = "casework"
urlpatterns = [
    path("visits/", include("lianyang.casework.visits.urls")),
    path("requests/", include("lianyang.casework.requests.urls")),
    path("service-levels/", include("lianyang.casework.levels.urls")),
]
