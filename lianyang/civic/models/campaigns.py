"""Door-to-door campaigns: the city's campaigns (waste briefing, census…) carried to the station's households.

A campaign targets households (by area, compound, building, nationality or language); they are fixed as its
contacts when it is created, each in its building's walking order. Officers mark each contact reached,
completed, refused or not at home; every mark is kept (CampaignMark) and the contact holds the latest, with a
version that makes two officers marking the same door at the same moment a conflict one of them is told about.
A census campaign records only whether the household's form is done and the taker's visit, never the answers
(Statistics Law art. 9 and the census regulation's confidentiality of individual answers; docs/domain.md §9).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lianyang.core.models import TimeStampedModel

__all__ = [
    "Campaign",
    "CampaignContact",
    "CampaignKind",
    "CampaignMark",
    "CampaignMessage",
    "CampaignScript",
    "CampaignTally",
    "ContactStatus",
]


class CampaignKind(models.TextChoices):
    WASTE = "waste", _("Waste-sorting briefing")
    CENSUS = "census", _("Census")
    FIRE = "fire", _("Fire safety")
    VACCINATION = "vaccination", _("Vaccination")
    OTHER = "other", _("Other")


class Campaign(TimeStampedModel):
    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="campaigns")
    kind = models.CharField(_("kind"), max_length=12, choices=CampaignKind.choices)
    title = models.CharField(_("title"), max_length=160)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    areas = models.ManyToManyField("community.ResidentialArea", blank=True, related_name="+")
    compounds = models.ManyToManyField("community.Compound", blank=True, related_name="+")
    buildings = models.ManyToManyField("community.Building", blank=True, related_name="+")
    nationalities = models.JSONField(_("nationalities"), default=list, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="campaign_ends_after_it_starts"
            )
        ]

    def __str__(self):
        return self.title

    @property
    def is_census(self) -> bool:
        return self.kind == CampaignKind.CENSUS


class CampaignScript(models.Model):
    """What the officer says at the door, in one language."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="scripts")
    language = models.CharField(_("language"), max_length=10)
    text = models.TextField(_("script"))

    class Meta:
        ordering = ["campaign", "language"]
        constraints = [models.UniqueConstraint(fields=["campaign", "language"], name="one_script_per_language")]


class CampaignMessage(TimeStampedModel):
    """A message to every household of the campaign, written once per language; sent to each household once."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="messages")
    language = models.CharField(_("language"), max_length=10)
    subject = models.CharField(_("subject"), max_length=160)
    body = models.TextField(_("message"))

    class Meta:
        ordering = ["campaign", "language"]
        constraints = [models.UniqueConstraint(fields=["campaign", "language"], name="one_message_per_language")]


class ContactStatus(models.TextChoices):
    PENDING = "pending", _("Not yet visited")
    REACHED = "reached", _("Reached")
    COMPLETED = "completed", _("Completed")
    REFUSED = "refused", _("Refused")
    NOT_HOME = "not_home", _("Not at home")


class CampaignContact(models.Model):
    """A household the campaign targets, with its latest mark. `compound` and `building` are copied from the
    household's address when the campaign is made, so coverage counts a city's contacts without a join."""

    Status = ContactStatus

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="contacts")
    household = models.ForeignKey("people.Household", on_delete=models.CASCADE, related_name="campaign_contacts")
    compound = models.ForeignKey("community.Compound", on_delete=models.PROTECT, related_name="+")
    building = models.ForeignKey("community.Building", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("status"), max_length=12, choices=ContactStatus.choices, default=ContactStatus.PENDING)
    tries = models.PositiveSmallIntegerField(_("visits without reaching anyone"), default=0)
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    marked_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    revisit_on = models.DateField(_("revisit on"), null=True, blank=True)
    version = models.PositiveIntegerField(default=0)
    messaged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["campaign", "building", "pk"]
        constraints = [models.UniqueConstraint(fields=["campaign", "household"], name="one_contact_per_household")]
        indexes = [
            models.Index(fields=["campaign", "building"], name="contact_by_building"),
            models.Index(fields=["campaign", "status"], name="contact_by_status"),
            models.Index(
                fields=["campaign", "compound", "building"],
                condition=models.Q(tries__gte=3),
                name="contact_tried_often",
            ),
        ]


class CampaignTally(models.Model):
    """How many of a campaign's households have each status, by compound (`dimension` "compound", `key` its id) and
    by the officer who marked them last ("officer", the user's id; 0 for nobody yet). Kept by every mark in the
    mark's own transaction, so the coverage page of a campaign over a whole city reads a few hundred rows, not a
    hundred thousand contacts."""

    class Dimension(models.TextChoices):
        COMPOUND = "compound", _("Compound")
        OFFICER = "officer", _("Officer")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="tallies")
    dimension = models.CharField(max_length=10, choices=Dimension.choices)
    key = models.PositiveIntegerField()
    status = models.CharField(max_length=12, choices=ContactStatus.choices)
    households = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["campaign", "dimension", "key", "status"], name="one_tally_per_group")
        ]


class CampaignMark(models.Model):
    """One mark an officer made at a door: the contact's history, never rewritten."""

    contact = models.ForeignKey(CampaignContact, on_delete=models.CASCADE, related_name="marks")
    status = models.CharField(_("status"), max_length=12, choices=ContactStatus.choices)
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField()
    note = models.CharField(_("note"), max_length=500, blank=True)
    revisit_on = models.DateField(_("revisit on"), null=True, blank=True)

    class Meta:
        ordering = ["contact", "at", "pk"]
