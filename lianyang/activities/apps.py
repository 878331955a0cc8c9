from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "lianyang.activities"
    label = "activities"

    def ready(self):
        from .events.messages import register_messages as register_activity_messages

        register_activity_messages()
