"""The append-only, hash-chained record of who saw and changed what.

PIPL art. 51 asks for access control and records of processing; the police's trust asks that nobody can
quietly rewrite them. Each event carries the hash of the one before it, so an edited or deleted row breaks the
chain at that point (`lianyang audit verify`); on PostgreSQL a trigger refuses UPDATE and DELETE outright.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        VIEW = "view", _("Viewed")
        CREATE = "create", _("Created")
        UPDATE = "update", _("Changed")
        DELETE = "delete", _("Deleted")
        REVEAL = "reveal", _("Revealed a document number")
        SEARCH = "search", _("Searched by document number")
        EXPORT = "export", _("Exported")
        LOGIN = "login", _("Logged in")
        TRANSITION = "transition", _("Changed status")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    object_type = models.CharField(max_length=60)
    object_id = models.CharField(max_length=40, blank=True)
    station_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    fields = models.JSONField(default=list, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField()
    previous_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["-id"]
        # A record's newest events, read backwards from the index however long its history grows.
        indexes = [models.Index(fields=["object_type", "object_id", "id"], name="audit_object_history_idx")]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_type} {self.object_id}"


class ChainHead(models.Model):
    """One row holding the newest hash; locking it serialises appends so the chain never forks."""

    hash = models.CharField(max_length=64)
