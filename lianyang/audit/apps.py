from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "lianyang.audit"
    label = "audit"
