from django.urls import path

from . import verify

app_name = "verify"
urlpatterns = [
    path("<path:token>", verify.slip_check, name="slip"),
]
