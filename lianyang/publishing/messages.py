"""What a resident is sent by the publishing channels, in their own language (notify.messages)."""

from django.utils.translation import gettext_lazy as _

from lianyang.notify.messages import register

from .digest import DIGEST_MESSAGE


def register_messages() -> None:
    register(
        DIGEST_MESSAGE,
        subject=_("News from the station, %(first_day)s to %(last_day)s"),
        body=_(
            "Hello,\n\nHere is what the station published for you last week (%(first_day)s to %(last_day)s).\n\n"
            "%(news)s\n\n"
            "You receive this weekly e-mail because you agreed to receive the station's newsletter. To stop it, "
            "open this link: %(unsubscribe)s"
        ),
    )
