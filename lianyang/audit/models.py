"""The append-only, sealed record of who saw and changed what.

PIPL art. 51 asks for access control and records of processing; the police's trust asks that nobody can
quietly rewrite them. A request only appends an event (no lock); the worker seals events a moment later, in
order, into a chain: each sealed event gets the next sequence number and a MAC (HMAC-SHA256 under an audit key
held outside the database) over its contents and the MAC of the one before it. Signed checkpoints written outside
the database anchor the chain's end, so `lianyang audit verify` names an edited, deleted, truncated or rehashed
chain (audit/chain.py). On PostgreSQL a trigger refuses DELETE, and UPDATE except the sealing of an unsealed
event.
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
    # Set once by the worker's seal (audit/chain.py); empty while the event waits to be sealed.
    seq = models.BigIntegerField(null=True, blank=True, unique=True)
    key_id = models.CharField(max_length=16, blank=True)
    previous_mac = models.CharField(max_length=64, blank=True)
    mac = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [
            # A record's newest events, read backwards from the index however long its history grows.
            models.Index(fields=["object_type", "object_id", "id"], name="audit_object_history_idx"),
            # The seal finds what waits for it without reading the sealed log.
            models.Index(fields=["id"], condition=models.Q(seq__isnull=True), name="audit_unsealed_idx"),
        ]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_type} {self.object_id}"
