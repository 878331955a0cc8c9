from django.apps import AppConfig


class RegistrationConfig(AppConfig):
    name = "lianyang.registration"
    label = "registration"

    def ready(self):
        from .messages import register_messages

        register_messages()
