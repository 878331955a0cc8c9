from django.urls import include, path

app_name = "casework"
urlpatterns = [
    path("service-levels/", include("lianyang.casework.levels.urls")),
]
