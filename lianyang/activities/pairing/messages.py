"""What a resident and a local host are told about their pairing, each in their own language (notify.messages).

The resident's messages name the host; the host's name the resident by their first name only and carry the
address of the pairing's page on the portal (`link`), where the host answers and finds the rest.
"""

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
    register(
        "pairing_host_sent",
        subject=_("A pairing proposal for “%(topic)s”"),
        body=_(
            "The station proposes that you meet %(resident)s, a foreign resident who would like to share "
            "“%(topic)s” with you.\n\n"
            "Please accept or decline on the portal, under “Exchanges”:\n%(link)s"
        ),
    )
    register(
        "pairing_host_active",
        subject=_("Your pairing for “%(topic)s” has begun"),
        body=_(
            "You and %(resident)s have both accepted the pairing for “%(topic)s”. You find their contact on the "
            "pairing's page, where you can also log your sessions:\n%(link)s"
        ),
    )
    register(
        "pairing_host_declined",
        subject=_("Your pairing for “%(topic)s”"),
        body=_(
            "%(resident)s cannot take part in the pairing for “%(topic)s” this time. Your place is free again, and the "
            "station may propose another resident to you."
        ),
    )
    register(
        "pairing_host_withdrawn",
        subject=_("The proposal for “%(topic)s” is withdrawn"),
        body=_(
            "The pairing with %(resident)s for “%(topic)s” will not take place. There is nothing for you to answer, "
            "and your place is free again."
        ),
    )
    register(
        "pairing_host_ended",
        subject=_("Your pairing for “%(topic)s” has ended"),
        body=_(
            "Your pairing with %(resident)s for “%(topic)s” has ended. Thank you for your time. Tell us how it "
            "went on the pairing's page:\n%(link)s"
        ),
    )
