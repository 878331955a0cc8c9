from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "lianyang.publishing"
    label = "publishing"
