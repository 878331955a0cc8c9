"""The station's monthly activities and who takes part: `Activity`, `ActivitySeries`, `Enrolment`, `CalendarFeed`.

An activity's title and description are written in one language and translated into the others (django-parler);
each translation row carries its own workflow: draft or reviewed, who translated it and who reviewed it.
The seats are the enrolments: never more holding a seat than the capacity (services.py keeps it under any
concurrency); the database keeps one enrolment per activity and person and the values of each column sane.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from parler.models import TranslatableModelMixin, TranslatedFields

from lianyang.core.models import TimeStampedModel, Weekday

__all__ = ["SEAT_HOLDING", "Activity", "ActivitySeries", "CalendarFeed", "Enrolment", "Theme", "TranslationStatus"]

LONGEST_TITLE = 160


class Theme(models.TextChoices):
    MANDARIN = "mandarin", _("Mandarin")
    CULTURE = "culture", _("Culture")
    COOKING = "cooking", _("Cooking")
    FESTIVAL = "festival", _("Festival")
    FAMILY = "family", _("Family and children")
    HEALTH = "health", _("Health")
    LAW = "law", _("Law and safety")
    EXCURSION = "excursion", _("Excursion")
    OTHER = "other", _("Other")


class TranslationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEWED = "reviewed", _("Reviewed")


class ActivitySeries(TimeStampedModel):
    """A recurring activity, such as "every second Saturday of the month at 10:00 for two hours", from one day
    until another; `series_create` makes one `Activity` per occurrence, each then its own (moved, cancelled,
    given other seats) like any activity."""

    class Ordinal(models.IntegerChoices):
        FIRST = 1, _("first")
        SECOND = 2, _("second")
        THIRD = 3, _("third")
        FOURTH = 4, _("fourth")
        LAST = -1, _("last")

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="activity_series")
    ordinal = models.SmallIntegerField(_("which one in the month"), choices=Ordinal.choices)
    weekday = models.SmallIntegerField(_("weekday"), choices=Weekday.choices)
    start_time = models.TimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"))
    first_day = models.DateField(_("from"))
    last_day = models.DateField(_("until"))

    class Meta:
        verbose_name_plural = "activity series"
        constraints = [
            models.CheckConstraint(condition=Q(last_day__gte=models.F("first_day")), name="series_ends_after_start"),
            models.CheckConstraint(condition=Q(duration_minutes__gt=0), name="series_lasts"),
        ]

    def __str__(self):
        return f"{self.get_ordinal_display()} {self.get_weekday_display()} {self.start_time:%H:%M}"

    def days(self) -> list[datetime.date]:
        """The days the rule names between `first_day` and `last_day`, both included."""
        days, month = [], self.first_day.replace(day=1)
        while month <= self.last_day:
            matching = [
                month + datetime.timedelta(days=offset)
                for offset in range(31)
                if (month + datetime.timedelta(days=offset)).month == month.month
                and (month + datetime.timedelta(days=offset)).weekday() == self.weekday
            ]
            day = matching[-1] if self.ordinal == self.Ordinal.LAST else matching[self.ordinal - 1]
            if self.first_day <= day <= self.last_day:
                days.append(day)
            month = (month + datetime.timedelta(days=32)).replace(day=1)
        return days


class Activity(TranslatableModelMixin, TimeStampedModel):
    """One activity at one time and place, for the residents of its station."""

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="activities")
    series = models.ForeignKey(
        ActivitySeries, on_delete=models.SET_NULL, null=True, blank=True, related_name="activities"
    )
    source_language = models.CharField(_("written in"), max_length=10, default="en")
    translations = TranslatedFields(
        title=models.CharField(_("title"), max_length=LONGEST_TITLE),
        description=models.TextField(_("description"), blank=True),
        status=models.CharField(
            _("translation status"), max_length=10, choices=TranslationStatus.choices, default=TranslationStatus.DRAFT
        ),
        translator=models.ForeignKey(
            settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
        ),
        reviewer=models.ForeignKey(
            settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
        ),
    )
    theme = models.CharField(_("theme"), max_length=12, choices=Theme.choices)
    venue = models.CharField(_("venue"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    capacity = models.PositiveIntegerField(_("seats"))
    signup_opens_at = models.DateTimeField(_("sign-up opens"))
    signup_closes_at = models.DateTimeField(_("sign-up closes"))
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    photo_note = models.BooleanField(
        _("photos are taken"),
        default=False,
        help_text=_("Residents are told; only those who agreed to photos are photographed."),
    )
    seats_per_signup = models.PositiveSmallIntegerField(_("most seats one sign-up takes"), default=4)
    offer_hours = models.PositiveSmallIntegerField(_("hours to accept a freed seat"), default=24)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name_plural = "activities"
        ordering = ["starts_at", "id"]
        indexes = [models.Index(fields=["station", "starts_at"], name="activity_station_start_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="activity_ends_after_start"),
            models.CheckConstraint(
                condition=Q(signup_closes_at__gt=models.F("signup_opens_at")), name="activity_signup_window"
            ),
            models.CheckConstraint(condition=Q(capacity__gt=0), name="activity_has_seats"),
            models.CheckConstraint(condition=Q(seats_per_signup__gt=0), name="activity_signup_takes_a_seat"),
            models.CheckConstraint(condition=Q(offer_hours__gt=0), name="activity_offer_lasts"),
        ]

    def __str__(self):
        return self.safe_translation_getter("title", any_language=True) or f"#{self.pk}"


class Enrolment(TimeStampedModel):
    """One person's place at one activity: a seat (confirmed, then attended or no-show), a place in the queue
    (waitlisted, ordered by `queued_at` then id), or a freed seat offered until `offered_until`."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        OFFERED = "offered", _("Seat offered")
        CANCELLED = "cancelled", _("Cancelled")
        ATTENDED = "attended", _("Attended")
        NO_SHOW = "no_show", _("Did not come")

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="enrolments")
    resident = models.ForeignKey("people.Resident", on_delete=models.CASCADE, related_name="enrolments")
    signed_up_by = models.ForeignKey(
        "people.Resident", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    queued_at = models.DateTimeField(_("joined the waiting list"), null=True, blank=True)
    offered_until = models.DateTimeField(_("offer open until"), null=True, blank=True)
    check_in_code = models.CharField(_("check-in code"), max_length=16, unique=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    rated_at = models.DateTimeField(_("rated"), null=True, blank=True)

    class Meta:
        ordering = ["activity", "id"]
        indexes = [models.Index(fields=["activity", "status"], name="enrolment_activity_status_idx")]
        constraints = [
            models.UniqueConstraint(fields=["activity", "resident"], name="one_enrolment_per_activity_and_person"),
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(rating__gte=1, rating__lte=5), name="enrolment_rating_1_to_5"
            ),
            models.CheckConstraint(
                condition=Q(status="offered", offered_until__isnull=False) | ~Q(status="offered"),
                name="enrolment_offer_has_deadline",
            ),
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(status="attended"), name="enrolment_rated_after_attending"
            ),
        ]

    def __str__(self):
        return f"{self.activity_id}:{self.resident_id}:{self.status}"


# The enrolments that hold a seat; the rest wait or have left.
SEAT_HOLDING = (
    Enrolment.Status.CONFIRMED,
    Enrolment.Status.OFFERED,
    Enrolment.Status.ATTENDED,
    Enrolment.Status.NO_SHOW,
)


class CalendarFeed(TimeStampedModel):
    """A resident's private calendar address: its secret token is the only key (a calendar app cannot log in);
    renewing it revokes the old address at once."""

    resident = models.OneToOneField("people.Resident", on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True)

    def __str__(self):
        return f"feed:{self.resident_id}"
