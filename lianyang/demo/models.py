"""The demo outbox: in a demo, every e-mail the deployment sends is kept here instead of leaving the machine."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """One e-mail as it would have been sent: a newcomer reads their login code here without a mail server."""

    recipients = models.CharField(_("recipients"), max_length=500)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("message"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-sent_at", "-id"]

    def __str__(self):
        return f"{self.subject} → {self.recipients}"
