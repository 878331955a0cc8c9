from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "lianyang.reports"
    label = "reports"
