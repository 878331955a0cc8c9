from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "lianyang.community"
    label = "community"
