"""What a resident and a local host are told about their pairing, each in their own language (notify.messages),
and the two calls that tell them (the services decide when).

The resident's messages name the host; the host's name the resident by their first name only and carry the
address of the pairing's page on the portal (`link`), where the host answers and finds the rest.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from lianyang.notify.messages import register
from lianyang.notify.recipients import language_of
from lianyang.notify.services import notification_send
from lianyang.people.models import Resident

from ..models.pairing import ExchangeTopic, Pairing


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


def tell_resident(pairing: Pairing, template: str, event: str) -> None:
    """The resident hears of their pairing in their language: the topic's name is put in it now, in theirs."""
    resident = pairing.resident
    with translation.override(language_of(resident=resident)):
        topic = str(ExchangeTopic(pairing.topic).label)
    notification_send(
        resident=resident,
        template=template,
        payload={"topic": topic, "host": pairing.offer.host.name},
        key=f"pairing:{pairing.pk}:{event}",
    )


def first_name(resident: Resident) -> str:
    """What a host's messages say of the resident: the first given name only (the surname when the passport has
    none); the pairing's page, behind the host's login, shows the rest (PIPL art. 6, no more than the purpose needs)."""
    given = resident.given_names.split()
    return (given[0] if given else resident.surname).title()


def tell_host(pairing: Pairing, template: str, event: str) -> None:
    """The host hears of the pairing in their language (Chinese, unless their account says otherwise): the topic's
    name, the resident's first name, and the address of the pairing's page on the portal, in that language."""
    host = pairing.offer.host
    with translation.override(language_of(host=host)):
        topic = str(ExchangeTopic(pairing.topic).label)
        link = settings.SITE_URL + reverse("exchange:pairing", args=[pairing.pk])
    notification_send(
        host=host,
        template=template,
        payload={"topic": topic, "resident": first_name(pairing.resident), "link": link},
        key=f"pairing:{pairing.pk}:{event}:host",
    )
