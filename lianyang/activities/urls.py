from django.urls import include, path

app_name = "activities"
urlpatterns = [
    path("pairing/", include("lianyang.activities.pairing.urls")),
]
