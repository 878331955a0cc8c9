"""Sending notifications: queued in the request's transaction, delivered by the task worker, each once."""

from django.db import transaction
from django.utils import timezone

from .models import Notification
from .tasks import notification_deliver

DEFAULT_CHANNELS = (Notification.Channel.PORTAL, Notification.Channel.EMAIL)


def notification_send(*, resident, template: str, payload: dict, key: str, channels=DEFAULT_CHANNELS) -> list:
    """Queue `template` for `resident` in their preferred language on each channel.

    `key` names the event (say "registration:42:verified"); with the channel it is the idempotency key, so
    repeating a call, or retrying a job, creates and sends nothing twice. Delivery waits for the commit.
    """
    created = []
    for channel in channels:
        notification, is_new = Notification.objects.get_or_create(
            idempotency_key=f"{key}:{channel}",
            defaults={
                "resident": resident,
                "channel": channel,
                "language": resident.preferred_language,
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
