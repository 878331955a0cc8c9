"""Notifications to residents and local hosts: one row per message and channel, sent once (DESIGN.md,
Cross-cutting). Each row has exactly one recipient, a resident or a host (recipients.py: their language and
address), which the database enforces."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    class Channel(models.TextChoices):
        PORTAL = "portal", _("Portal inbox")
        EMAIL = "email", _("E-mail")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Could not be sent")
        SKIPPED = "skipped", _("Not sent: no address")

    resident = models.ForeignKey(
        "people.Resident", on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    host = models.ForeignKey(
        "people.LocalHost", on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    template = models.CharField(max_length=60)
    payload = models.JSONField(default=dict, blank=True)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    # A retried job finds its notification by this key and sends nothing twice.
    idempotency_key = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["resident", "channel", "-created_at"], name="notification_inbox_idx"),
            # The host's inbox: few rows beside the residents' millions, so only theirs are indexed.
            models.Index(
                fields=["host", "channel", "-created_at"],
                condition=models.Q(host__isnull=False),
                name="notification_host_inbox_idx",
            ),
            # The few not yet delivered, found without reading the millions that were (tasks.notifications_resume).
            models.Index(
                fields=["created_at"],
                condition=models.Q(status__in=["pending", "sending"]),
                name="notification_unsent_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(resident__isnull=False, host__isnull=True)
                | models.Q(resident__isnull=True, host__isnull=False),
                name="notification_one_recipient",
            ),
        ]

    def __str__(self):
        recipient = f"resident {self.resident_id}" if self.resident_id else f"host {self.host_id}"
        return f"{self.template} → {recipient} ({self.channel})"
