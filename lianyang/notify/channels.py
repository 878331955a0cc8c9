"""How a notification reaches its resident or local host: one small class per channel, registered by its name.

The interface, for every transport (the portal inbox and e-mail now; SMS and WeChat later):

    class Sms(Channel):
        name = "sms"                       # also a Notification.Channel choice
        def send(self, notification) -> str:
            ...                            # talk to the transport, once
            return Notification.Status.SENT

    register(Sms())

`send` gets a notification already claimed by the worker (pending → sending, tasks.notification_deliver) and
already rendered in the recipient's language (`subject`, `body`), with its resident or host (and the host's
account) loaded; `recipients.py` says where each is reached. It delivers it once and answers with the status the
row is saved with: SENT, SKIPPED when the recipient has no address on this channel,
FAILED when the transport refused it or could not be reached. It never writes to the database, never retries
(a retry could send twice; the row's idempotency key and the claim make the task itself safe to run again) and
raises nothing a transport can cause: a message that cannot go out is FAILED, for staff to see.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage

from .messages import attachments_of
from .models import Notification
from .recipients import email_of

log = logging.getLogger(__name__)


class Channel:
    """A way of delivering; subclasses set `name` and implement `send`."""

    name: str

    def send(self, notification: Notification) -> str:
        raise NotImplementedError


_CHANNELS: dict[str, Channel] = {}


def register(channel: Channel) -> Channel:
    _CHANNELS[channel.name] = channel
    return channel


def channel_named(name: str) -> Channel | None:
    return _CHANNELS.get(name)


class PortalInbox(Channel):
    """The recipient's inbox on the portal (a resident's or a host's) shows the sent rows: saving the rendered
    message is its delivery."""

    name = Notification.Channel.PORTAL

    def send(self, notification: Notification) -> str:
        return Notification.Status.SENT


class Email(Channel):
    """Plain-text e-mail through Django's configured backend (EMAIL_URL), to the recipient's address, with the
    files its message carries (messages.register's `attachments`)."""

    name = Notification.Channel.EMAIL

    def send(self, notification: Notification) -> str:
        address = email_of(notification)
        if not address:
            return Notification.Status.SKIPPED
        email = EmailMessage(notification.subject, notification.body, settings.DEFAULT_FROM_EMAIL, [address])
        for name, content, content_type in attachments_of(notification.template, notification.payload):
            email.attach(name, content, content_type)
        try:
            email.send()
        except OSError:  # refused or unreachable (smtplib's errors are OSErrors too)
            log.warning("notification %s could not be sent by e-mail", notification.pk, exc_info=True)
            return Notification.Status.FAILED
        return Notification.Status.SENT


register(PortalInbox())
register(Email())
