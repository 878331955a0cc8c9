"""The campaign's message to its households, in each one's language, through notify (notify.messages)."""

from django.utils.translation import gettext_lazy as _

from lianyang.notify.messages import register

CAMPAIGN_MESSAGE = "civic.campaign_message"


def register_messages() -> None:
    register(
        CAMPAIGN_MESSAGE,
        subject=_("%(station)s: %(subject)s"),
        body=_(
            "%(body)s\n\n"
            "You receive this message because your household is part of the station's campaign “%(campaign)s”. "
            "Questions? Ask the station on the portal or at the counter."
        ),
    )
