from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "lianyang.core"
    label = "core"
