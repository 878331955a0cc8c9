from django.urls import include, path

app_name = "activities"
urlpatterns = [
    path("", include("lianyang.activities.events.urls")),
]
