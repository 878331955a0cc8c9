"""Sending notifications: queued in the request's transaction, delivered by the task worker, each once."""

from django.db import IntegrityError, transaction
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
    Delivery waits for the commit. One query finds the channels already queued, one INSERT queues the others.
    """
    language = language_of(resident=resident, host=host)
    keys = {f"{key}:{channel}": channel for channel in channels}
    sent = set(Notification.objects.filter(idempotency_key__in=keys).values_list("idempotency_key", flat=True))
    fresh = [
        Notification(
            idempotency_key=idempotency_key,
            resident=resident,
            host=host,
            channel=channel,
            language=language,
            template=template,
            payload=payload,
        )  # fmt: skip
        for idempotency_key, channel in keys.items()
        if idempotency_key not in sent
    ]
    if not fresh:
        return []
    try:
        with transaction.atomic():
            created = Notification.objects.bulk_create(fresh)
    except IntegrityError:  # the same event queued at the same moment by another request: its rows stand
        return []
    for notification in created:
        transaction.on_commit(lambda pk=notification.pk: notification_deliver.enqueue(pk))
    return created


def notification_mark_read(*, notification: Notification) -> None:
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
