"""What a resident is told about their request, in their own language (notify.messages)."""

from django.utils.translation import gettext_lazy as _

from lianyang.notify.messages import register


def register_messages() -> None:
    register(
        "request_reply",
        subject=_("Your request “%(subject)s”: the station has answered"),
        body=_(
            "The station has answered your request “%(subject)s”:\n\n%(body)s\n\n"
            "You can read the whole conversation and write back on the portal, under “My requests”."
        ),
    )
