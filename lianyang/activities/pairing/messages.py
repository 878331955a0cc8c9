"""What a resident is told about their pairing with a local host, in their own language (notify.messages)."""

from django.utils.translation import gettext_lazy as _

from lianyang.notify.messages import register


def register_messages() -> None:
    register(
        "pairing_sent",
        subject=_("A local host for “%(topic)s”"),
        body=_(
            "The station proposes that you meet %(host)s, a neighbour who shares “%(topic)s”.\n\n"
            "Please accept or decline on the portal, under “Exchanges”."
        ),
    )
    register(
        "pairing_active",
        subject=_("Your pairing for “%(topic)s” has begun"),
        body=_(
            "You and %(host)s have both accepted the pairing for “%(topic)s”. You find their contact on the portal, "
            "under “Exchanges”, where you can also log your sessions."
        ),
    )
    register(
        "pairing_declined",
        subject=_("Your pairing for “%(topic)s”"),
        body=_(
            "%(host)s cannot take the pairing for “%(topic)s” this time. Your wish stays open, and the station "
            "will look for another host."
        ),
    )
    register(
        "pairing_ended",
        subject=_("Your pairing for “%(topic)s” has ended"),
        body=_(
            "Your pairing with %(host)s for “%(topic)s” has ended. Tell us how it went on the portal, under "
            "“Exchanges”."
        ),
    )
