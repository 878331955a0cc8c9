"""Delivering notifications, from the worker only (never inside a request)."""

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone
from django_tasks import task

from .messages import render
from .models import Notification


@task()
def notification_deliver(notification_id: int) -> str:
    """Render in the recipient's language and send, at most once.

    The worker claims the row with a conditional UPDATE (pending → sending) before it sends, so two workers, or
    a retried job, never send the same notification twice; the mail goes out outside any transaction.
    """
    claimed = Notification.objects.filter(pk=notification_id, status=Notification.Status.PENDING).update(
        status=Notification.Status.SENDING
    )
    if not claimed:
        return "skipped"
    notification = Notification.objects.select_related("resident").get(pk=notification_id)
    notification.subject, notification.body = render(notification.template, notification.payload, notification.language)
    notification.status = Notification.Status.SENT
    if notification.channel == Notification.Channel.EMAIL:
        if not notification.resident.email:
            notification.status = Notification.Status.SKIPPED
        else:
            try:
                send_mail(
                    notification.subject, notification.body, settings.DEFAULT_FROM_EMAIL, [notification.resident.email]
                )
            except OSError:
                notification.status = Notification.Status.FAILED
    notification.sent_at = timezone.now()
    notification.save(update_fields=["subject", "body", "status", "sent_at"])
    return notification.status
