from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "lianyang.people"
    label = "people"
