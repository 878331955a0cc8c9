from django.apps import AppConfig


class RegistrationConfig(AppConfig):
    name = "lianyang.registration"
    label = "registration"
