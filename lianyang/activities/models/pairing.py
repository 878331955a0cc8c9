"""Foreign residents paired with Chinese neighbours (local hosts) who share what they know: cooking, conversation,
calligraphy, tai chi, tea… The host offers, the resident wishes, the matcher proposes, an officer sends, both
sides accept, they meet and log their sessions, and the pairing ends with feedback from both.

Pairing is a purpose of its own that the resident consents to (PIPL art. 13-14; people.Consent "pairing"): no
proposal without it, and withdrawing it ends the pairing (pairing/services.py).
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lianyang.core.models import TimeStampedModel

__all__ = [
    "AvailabilitySlot",
    "ExchangeOffer",
    "ExchangeTopic",
    "ExchangeWish",
    "Pairing",
    "PairingSession",
    "Weekday",
]


class ExchangeTopic(models.TextChoices):
    COOKING = "cooking", _("Cooking")
    MANDARIN = "mandarin", _("Mandarin conversation")
    CALLIGRAPHY = "calligraphy", _("Calligraphy")
    TAI_CHI = "tai_chi", _("Tai chi")
    TEA = "tea", _("Tea")
    SHANGHAINESE = "shanghainese", _("Shanghainese")
    CRAFTS = "crafts", _("Crafts")
    OTHER = "other", pgettext_lazy("exchange topic", "Other")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class ExchangeOffer(TimeStampedModel):
    """What a local host offers to teach or share, in which languages, near which compound, to how many at once."""

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="exchange_offers")
    host = models.ForeignKey("people.LocalHost", on_delete=models.CASCADE, related_name="exchange_offers")
    topic = models.CharField(_("topic"), max_length=20, choices=ExchangeTopic.choices)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    compound = models.ForeignKey(
        "community.Compound", on_delete=models.PROTECT, null=True, blank=True, related_name="exchange_offers"
    )
    capacity = models.PositiveSmallIntegerField(_("how many pairings at once"), default=1)
    note = models.CharField(_("a word about it"), max_length=300, blank=True)
    active = models.BooleanField(_("open to new pairings"), default=True)

    class Meta:
        ordering = ["topic", "id"]
        constraints = [models.CheckConstraint(condition=Q(capacity__gte=1), name="exchange_offer_capacity_positive")]
        indexes = [models.Index(fields=["station", "active", "topic"], name="exchange_offer_station_idx")]

    def __str__(self):
        return f"{self.get_topic_display()} · {self.host}"


class ExchangeWish(TimeStampedModel):
    """What a resident would like to learn or try, in which languages, near which compound."""

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="exchange_wishes")
    resident = models.ForeignKey("people.Resident", on_delete=models.CASCADE, related_name="exchange_wishes")
    topic = models.CharField(_("topic"), max_length=20, choices=ExchangeTopic.choices)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    compound = models.ForeignKey(
        "community.Compound", on_delete=models.PROTECT, null=True, blank=True, related_name="exchange_wishes"
    )
    note = models.CharField(_("a word about it"), max_length=300, blank=True)
    active = models.BooleanField(_("still wished"), default=True)

    class Meta:
        ordering = ["topic", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["resident", "topic"], condition=Q(active=True), name="one_active_wish_per_topic"
            )
        ]
        indexes = [models.Index(fields=["station", "active", "topic"], name="exchange_wish_station_idx")]

    def __str__(self):
        return f"{self.get_topic_display()} · {self.resident}"


class AvailabilitySlot(models.Model):
    """A weekly time when the host (on an offer) or the resident (on a wish) is free; it ends after it starts."""

    offer = models.ForeignKey(ExchangeOffer, on_delete=models.CASCADE, null=True, blank=True, related_name="slots")
    wish = models.ForeignKey(ExchangeWish, on_delete=models.CASCADE, null=True, blank=True, related_name="slots")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    start = models.TimeField(_("from"))
    end = models.TimeField(_("until"))

    class Meta:
        ordering = ["weekday", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="availability_slot_ends_after_start"),
            models.CheckConstraint(
                condition=Q(offer__isnull=False, wish__isnull=True) | Q(offer__isnull=True, wish__isnull=False),
                name="availability_slot_of_offer_or_wish",
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.start:%H:%M}–{self.end:%H:%M}"


OPEN_STATUSES = ("proposed", "sent", "accepted", "active")


class Pairing(TimeStampedModel):
    """A host's offer matched with a resident's wish: proposed by the matcher (or an officer), sent by an officer,
    accepted by both sides (active), then ended. One open pairing per resident and topic (a database constraint);
    the host's capacity is kept by the service under a lock on the offer."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        SENT = "sent", _("Sent to both sides")
        ACCEPTED = "accepted", _("Accepted by one side")
        DECLINED = "declined", _("Declined")
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    class EndReason(models.TextChoices):
        FINISHED = "finished", _("Finished")
        MOVED_AWAY = "moved_away", _("Moved away")
        CONSENT_WITHDRAWN = "consent_withdrawn", _("Consent withdrawn")
        DECLINED = "declined", _("Declined")

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="pairings")
    offer = models.ForeignKey(ExchangeOffer, on_delete=models.PROTECT, related_name="pairings")
    wish = models.ForeignKey(ExchangeWish, on_delete=models.PROTECT, related_name="pairings")
    # Copied from the wish so that the database itself keeps one open pairing per resident and topic.
    resident = models.ForeignKey("people.Resident", on_delete=models.CASCADE, related_name="pairings")
    topic = models.CharField(_("topic"), max_length=20, choices=ExchangeTopic.choices)
    score = models.PositiveIntegerField(_("score"), default=0)
    reasons = models.JSONField(default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    host_accepted_at = models.DateTimeField(null=True, blank=True)
    resident_accepted_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_reason = models.CharField(_("why it ended"), max_length=20, choices=EndReason.choices, blank=True)
    host_feedback = models.TextField(_("the host's feedback"), blank=True)
    resident_feedback = models.TextField(_("the resident's feedback"), blank=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["resident", "topic"],
                condition=Q(status__in=OPEN_STATUSES),
                name="one_open_pairing_per_topic_per_resident",
            )
        ]
        indexes = [models.Index(fields=["station", "status", "-id"], name="pairing_station_status_idx")]

    def __str__(self):
        return f"{self.get_topic_display()} · {self.offer.host} · {self.resident}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class PairingSession(models.Model):
    """One meeting of a pair, logged by either side: when, and what they did ("Hong Shao Rou")."""

    class Side(models.TextChoices):
        HOST = "host", _("Host")
        RESIDENT = "resident", _("Resident")

    pairing = models.ForeignKey(Pairing, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("date"))
    what_they_did = models.CharField(_("what you did"), max_length=200)
    logged_by = models.CharField(max_length=10, choices=Side.choices)
    logged_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-id"]

    def __str__(self):
        return f"{self.date} {self.what_they_did}"
