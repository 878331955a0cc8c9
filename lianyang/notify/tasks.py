"""Delivering notifications, from the worker only (never inside a request)."""

import datetime
import logging

from django.conf import settings
from django.utils import timezone
from django_tasks import task, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from .channels import channel_named
from .messages import render
from .models import Notification

log = logging.getLogger(__name__)


@task()
def notification_deliver(notification_id: int) -> str:
    """Render in the recipient's language and send through its channel (channels.py), at most once.

    The worker claims the row with a conditional UPDATE (pending → sending) before it sends, so two workers, or
    a retried job, never send the same notification twice; the channel sends outside any transaction.
    """
    claimed = Notification.objects.filter(pk=notification_id, status=Notification.Status.PENDING).update(
        status=Notification.Status.SENDING
    )
    if not claimed:
        return "skipped"
    notification = Notification.objects.select_related("resident", "host__user").get(pk=notification_id)
    notification.subject, notification.body = render(notification.template, notification.payload, notification.language)
    channel = channel_named(notification.channel)
    if channel is None:  # a row of a channel this deployment no longer has
        log.error("notification %s: no channel %r", notification.pk, notification.channel)
        notification.status = Notification.Status.FAILED
    else:
        notification.status = channel.send(notification)
    notification.sent_at = timezone.now()
    notification.save(update_fields=["subject", "body", "status", "sent_at"])
    return notification.status


@task()
def notifications_resume() -> int:
    """Deliver what a worker that died left behind; the number enqueued again.

    A delivery task lost with its worker (killed, out of memory, the machine restarted) leaves its notification
    waiting for ever. A notification still waiting `NOTIFY_RESUME_AFTER_SECONDS` after it was made is enqueued
    again: the conditional claim above makes a second task for one still queued harmless. One left "sending" that
    long was claimed by a worker that died while it talked to the mail server: whether the mail went out cannot be
    known, and a resident must never get a message twice, so it is marked failed (staff see it) and not resent.
    """
    before = timezone.now() - datetime.timedelta(seconds=settings.NOTIFY_RESUME_AFTER_SECONDS)
    unsent = Notification.objects.filter(created_at__lte=before)
    interrupted = unsent.filter(status=Notification.Status.SENDING).update(status=Notification.Status.FAILED)
    if interrupted:
        log.warning("%d notifications were interrupted while being sent and are marked failed", interrupted)
    if _deliveries_queued():
        return 0  # the queue is behind, not dead: those tasks will come
    waiting = list(unsent.filter(status=Notification.Status.PENDING).values_list("pk", flat=True))
    for pk in waiting:
        notification_deliver.enqueue(pk)
    return len(waiting)


def _deliveries_queued() -> bool:
    """Whether delivery tasks still wait in the database queue (with another backend, none ever wait)."""
    if not isinstance(task_backends["default"], DatabaseBackend):
        return False
    return DBTaskResult.objects.filter(status="READY", task_path=notification_deliver.module_path).exists()
