from django.apps import AppConfig


class CaseworkConfig(AppConfig):
    name = "lianyang.casework"
    label = "casework"
