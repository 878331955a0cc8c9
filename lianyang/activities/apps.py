from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "lianyang.activities"
    label = "activities"

    def ready(self):
        from .events.messages import register_messages as register_activity_messages

        register_activity_messages()

        from lianyang.people.signals import consent_withdrawn

        from .pairing.messages import register_messages as register_pairing_messages
        from .pairing.services import on_consent_withdrawn

        register_pairing_messages()
        consent_withdrawn.connect(on_consent_withdrawn, dispatch_uid="activities.pairing.consent")
