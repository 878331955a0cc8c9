from django.apps import AppConfig


class CivicConfig(AppConfig):
    name = "lianyang.civic"
    label = "civic"

    def ready(self):
        from .campaigns.messages import register_messages

        register_messages()
