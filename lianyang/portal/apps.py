from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "lianyang.portal"
    label = "portal"
