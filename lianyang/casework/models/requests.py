"""Service requests: what a resident asks the station, the thread that answers it, and the officers' canned replies.

Personal data (the request's text, its thread and attachments): read only through `casework.requests.selectors`,
written only through `casework.requests.services`.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lianyang.core.models import TimeStampedModel

from ..categories import Category

__all__ = [
    "LONGEST_SUBJECT",
    "LONGEST_TEXT",
    "OPEN_STATUSES",
    "RUNNING_STATUSES",
    "CannedReply",
    "Message",
    "RequestAttachment",
    "ServiceRequest",
]

# The longest request or message a resident or an officer may write: a page of text. Longer ones are refused with
# a message (a complaint that needs more is better attached as a file, or told at the counter).
LONGEST_TEXT = 5000
LONGEST_SUBJECT = 150


class ServiceRequest(TimeStampedModel):
    class Channel(models.TextChoices):
        PORTAL = "portal", _("Portal")
        WALK_IN = "walk_in", _("At the counter")
        PHONE = "phone", _("Phone")
        WECHAT = "wechat", _("WeChat")
        EMAIL = "email", _("E-mail")
        VISIT = "visit", _("Home visit")

    class Priority(models.TextChoices):
        NORMAL = "normal", _("Normal")
        URGENT = "urgent", _("Urgent")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        OPEN = "open", _("Answered, in progress")
        WAITING = "waiting", _("Waiting for the resident")
        CLOSED = "closed", _("Closed")
        MERGED = "merged", _("Merged into another request")

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="service_requests")
    resident = models.ForeignKey("people.Resident", on_delete=models.CASCADE, related_name="service_requests")
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    # The language the resident wrote in (a BCP 47 code: "ko", "zh-hans"), which routes the request.
    language = models.CharField(_("language"), max_length=10)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    priority = models.CharField(_("priority"), max_length=10, choices=Priority.choices, default=Priority.NORMAL)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_requests",
    )
    subject = models.CharField(_("subject"), max_length=LONGEST_SUBJECT)
    text = models.TextField(_("request"))
    first_response_due = models.DateTimeField(_("first answer due"))
    resolution_due = models.DateTimeField(_("resolution due"))
    # When each target's warning starts (the service level's `warn_percent` of its working time): near breach.
    first_response_warn_at = models.DateTimeField()
    resolution_warn_at = models.DateTimeField()
    first_responded_at = models.DateTimeField(_("first answered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # The clock stops while the station waits for the resident (and while a request is closed, should it be
    # reopened): since when, and the working minutes it has stood still so far.
    paused_at = models.DateTimeField(null=True, blank=True)
    waited_minutes = models.PositiveIntegerField(default=0)
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged_requests"
    )
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True)
    rating_comment = models.CharField(_("comment"), max_length=500, blank=True)
    # The subject and text reduced for a search in any script (casework/requests/search.py).
    search_text = models.TextField(editable=False, default="")

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True) | models.Q(rating__gte=1, rating__lte=5),
                name="request_rating_one_to_five",
            ),
        ]
        indexes = [
            # The inbox's tabs: a station's requests by status, the newest first; an officer's own.
            models.Index(fields=["station", "status", "-created_at"], name="request_station_status_idx"),
            models.Index(fields=["assignee", "status", "-created_at"], name="request_assignee_status_idx"),
            # "All of the station", newest first, with or without a search: read in the index's order until the
            # page is full, not every request of the station joined to its resident and sorted (bench: a year at
            # a city's station is 7,500 requests).
            models.Index(fields=["station", "-created_at", "-id"], name="request_station_created_idx"),
            # Near breach: the open requests of a station by their resolution time.
            models.Index(
                fields=["station", "resolution_due"],
                condition=models.Q(status__in=["new", "open"]),
                name="request_open_due_idx",
            ),
            models.Index(fields=["resident", "-created_at"], name="request_resident_idx"),
            # The inbox's counts: every column the tabs and the breach test read, for the open requests only.
            models.Index(
                fields=[
                    "station",
                    "status",
                    "assignee",
                    "first_responded_at",
                    "first_response_warn_at",
                    "first_response_due",
                    "resolution_warn_at",
                    "resolution_due",
                ],
                condition=models.Q(status__in=["new", "open", "waiting"]),
                name="request_open_counts_idx",
            ),  # fmt: skip
        ]

    def __str__(self):
        return f"#{self.pk} {self.subject}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


# The statuses in which the station still owes the resident an answer or a resolution (its clock runs).
RUNNING_STATUSES = (ServiceRequest.Status.NEW, ServiceRequest.Status.OPEN)
OPEN_STATUSES = (*RUNNING_STATUSES, ServiceRequest.Status.WAITING)


class Message(models.Model):
    """One entry of a request's thread: the resident's words, an officer's reply, or an internal note."""

    class Kind(models.TextChoices):
        RESIDENT = "resident", _("From the resident")
        REPLY = "reply", _("Reply to the resident")
        NOTE = "note", _("Internal note")

    request = models.ForeignKey(ServiceRequest, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["request", "created_at"], name="message_request_idx")]


class CannedReply(TimeStampedModel):
    """A station's ready answer to a frequent question, in one language; the officer edits it before sending."""

    station = models.ForeignKey("community.Station", on_delete=models.CASCADE, related_name="canned_replies")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices, blank=True)
    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(_("text"))

    class Meta:
        ordering = ["title", "id"]
        indexes = [models.Index(fields=["station", "language"], name="canned_station_language_idx")]

    def __str__(self):
        return self.title


class RequestAttachment(models.Model):
    """A photo or PDF sent with a request or a message, checked by its content (core/uploads.py) and kept in
    private storage under a server-made name."""

    request = models.ForeignKey(ServiceRequest, on_delete=models.CASCADE, related_name="attachments")
    message = models.ForeignKey(Message, on_delete=models.CASCADE, null=True, blank=True, related_name="attachments")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    file = models.FileField(upload_to="requests/%Y/%m/")
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
