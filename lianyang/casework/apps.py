from django.apps import AppConfig


class CaseworkConfig(AppConfig):
    name = "lianyang.casework"
    label = "casework"

    def ready(self):
        from .requests.messages import register_messages as register_request_messages

        register_request_messages()
