from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "lianyang.accounts"
    label = "accounts"
