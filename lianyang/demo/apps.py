from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "lianyang.demo"
    label = "demo"
