from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "lianyang.activities"
    label = "activities"
