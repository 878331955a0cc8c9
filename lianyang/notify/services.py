"""Sending notifications: queued in the request's transaction, delivered by the task worker, each once."""

from django.db import transaction
from django.utils import timezone

from .models import Notification
from .recipients import language_of
from .tasks import notification_deliver

DEFAULT_CHANNELS = (Notification.Channel.PORTAL, Notification.Channel.EMAIL)


def notification_send(
    *, resident=None, host=None, template: str, payload: dict, key: str, channels=DEFAULT_CHANNELS
) -> list:
    """Queue `template` for `resident` or for local `host` (exactly one) in their language on each channel
    (recipients.py).

    `key` names the event and its recipient (say "registration:42:verified", "pairing:7:sent:host"); with the
    channel it is the idempotency key, so repeating a call, or retrying a job, creates and sends nothing twice.
    Delivery waits for the commit.
    """
    language = language_of(resident=resident, host=host)
    created = []
    for channel in channels:
        notification, is_new = Notification.objects.get_or_create(
            idempotency_key=f"{key}:{channel}",
            defaults={
                "resident": resident,
                "host": host,
                "channel": channel,
                "language": language,
                "template": template,
                "payload": payload,
            },
        )
        if is_new:
            created.append(notification)
            transaction.on_commit(lambda pk=notification.pk: notification_deliver.enqueue(pk))
    return created


def notification_mark_read(*, notification: Notification) -> None:
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
