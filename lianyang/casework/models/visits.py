"""Home visits: the head's visit policies per household type, and the visits planned and recorded.

The station "visits expat residents on a regular basis" (docs/domain.md §6): a new arrival within days of
settling in, every household at a routine interval, and the households needing attention (elderly living alone,
a new baby, illness) more often. The intervals are the head's to set (VisitPolicy); until set, DEFAULT_INTERVALS.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lianyang.core.models import TimeStampedModel

__all__ = ["DEFAULT_INTERVALS", "HouseholdKind", "Visit", "VisitPolicy"]


class HouseholdKind(models.TextChoices):
    NEW_ARRIVAL = "new_arrival", _("New arrivals")
    ROUTINE = "routine", _("Every household")
    ATTENTION = "attention", _("Households needing attention")


# Days between visits until the head sets the station's own: new arrivals within 7 days of arriving, every
# household every 90, households needing attention every 30 (the station's practice, issue 10).
DEFAULT_INTERVALS = {HouseholdKind.NEW_ARRIVAL: 7, HouseholdKind.ROUTINE: 90, HouseholdKind.ATTENTION: 30}


class VisitPolicy(TimeStampedModel):
    """How many days may pass between visits to a household of one kind, at one station."""

    station = models.ForeignKey("community.Station", on_delete=models.CASCADE, related_name="visit_policies")
    kind = models.CharField(_("household type"), max_length=20, choices=HouseholdKind.choices)
    interval_days = models.PositiveSmallIntegerField(_("days between visits"))
    set_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        ordering = ["station", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["station", "kind"], name="one_visit_policy_per_kind"),
            models.CheckConstraint(
                condition=models.Q(interval_days__gte=1, interval_days__lte=365), name="visit_interval_in_a_year"
            ),
        ]


class Visit(TimeStampedModel):
    """A visit to a household: planned for a day and an officer, then recorded with its outcome."""

    class Purpose(models.TextChoices):
        NEW_ARRIVAL = "new_arrival", _("Welcome a new arrival")
        ROUTINE = "routine", _("Routine visit")
        ATTENTION = "attention", _("Household needing attention")
        FOLLOW_UP = "follow_up", _("Follow-up")

    class Outcome(models.TextChoices):
        MET = "met", _("Met the household")
        NOT_HOME = "not_home", _("Not at home, note left")
        DECLINED = "declined", _("Declined the visit")

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="visits")
    household = models.ForeignKey("people.Household", on_delete=models.CASCADE, related_name="visits")
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    planned_on = models.DateField(_("planned for"))
    staff = models.ForeignKey(
        "accounts.StaffProfile", verbose_name=_("officer"), on_delete=models.PROTECT, related_name="visits"
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    notes = models.TextField(_("notes"), blank=True, max_length=4000)
    visited_at = models.DateTimeField(_("visited at"), null=True, blank=True)
    follow_up_request = models.ForeignKey(
        "casework.ServiceRequest",
        verbose_name=_("follow-up request"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="visits",
    )

    class Meta:
        ordering = ["planned_on", "id"]
        constraints = [
            # A household is never planned twice: one visit without an outcome at a time.
            models.UniqueConstraint(
                fields=["household"], condition=models.Q(outcome=""), name="one_planned_visit_per_household"
            ),
            models.CheckConstraint(
                condition=models.Q(outcome="", visited_at__isnull=True)
                | (~models.Q(outcome="") & models.Q(visited_at__isnull=False)),
                name="visit_outcome_has_a_time",
            ),
        ]
        indexes = [
            models.Index(fields=["station", "planned_on", "staff"], name="visit_station_day_idx"),
            # The last visit that met a household, read from the index alone (visits/selectors.station_households).
            models.Index(
                fields=["household", "outcome", "visited_at", "id", "staff"], name="visit_household_last_met_idx"
            ),
            # The station's planned visits, without reading the year of visits done.
            models.Index(fields=["station"], condition=models.Q(outcome=""), name="visit_station_planned_idx"),
        ]

    def __str__(self):
        return f"{self.get_purpose_display()} {self.planned_on:%Y-%m-%d}"
