from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "lianyang.publishing"
    label = "publishing"

    def ready(self):
        from .messages import register_messages

        register_messages()
