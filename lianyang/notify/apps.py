from django.apps import AppConfig


class NotifyConfig(AppConfig):
    name = "lianyang.notify"
    label = "notify"
