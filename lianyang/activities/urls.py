from django.urls import include, path

app_name = "activities"
urlpatterns = [
    path("", include("lianyang.activities.events.urls")),
    path("pairing/", include("lianyang.activities.pairing.urls")),
]
