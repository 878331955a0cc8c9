"""Users, the station's staff and their languages, and the one-time codes residents log in with."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from lianyang.core.models import TimeStampedModel


class User(AbstractUser):
    """Everyone who logs in: staff, residents and local hosts. What they may do comes from their profile."""

    language = models.CharField(_("interface language"), max_length=10, choices=settings.LANGUAGES, default="en")


class Role(models.TextChoices):
    HEAD = "head", _("Station head")
    OFFICER = "officer", _("Station officer")
    POLICE_LIAISON = "police_liaison", _("Police liaison")
    DISTRICT_ADMIN = "district_admin", _("District administrator")


# Roles whose work is the residents' casework, and so who may open residents' records.
CASEWORK_ROLES = frozenset({Role.HEAD, Role.OFFICER})


class StaffProfile(TimeStampedModel):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile")
    station = models.ForeignKey(
        "community.Station", on_delete=models.PROTECT, related_name="staff", null=True, blank=True
    )
    district = models.CharField(_("district"), max_length=60, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    display_name = models.CharField(_("name"), max_length=80)
    display_name_en = models.CharField(_("name in English"), max_length=80, blank=True)

    class Meta:
        ordering = ["display_name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role="district_admin") | models.Q(station__isnull=False),
                name="staff_has_station_unless_district_admin",
            )
        ]

    def __str__(self):
        return self.display_name

    @property
    def does_casework(self) -> bool:
        return self.role in CASEWORK_ROLES


class Proficiency(models.TextChoices):
    NATIVE = "native", _("Native")
    FLUENT = "fluent", _("Fluent")
    WORKING = "working", _("Working")
    BASIC = "basic", _("Basic")


class StaffLanguage(models.Model):
    staff = models.ForeignKey(StaffProfile, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=10)
    proficiency = models.CharField(_("proficiency"), max_length=10, choices=Proficiency.choices)

    class Meta:
        ordering = ["staff", "language"]
        constraints = [models.UniqueConstraint(fields=["staff", "language"], name="one_level_per_staff_language")]


class TrainingRecord(models.Model):
    """A certificate or a course: the station's staff are trained in social service and foreign-affairs policy."""

    staff = models.ForeignKey(StaffProfile, on_delete=models.CASCADE, related_name="training")
    title = models.CharField(_("title"), max_length=200)
    issuer = models.CharField(_("issued by"), max_length=200, blank=True)
    completed_on = models.DateField(_("completed on"))

    class Meta:
        ordering = ["-completed_on"]


class LoginCode(models.Model):
    """A one-time code e-mailed to a resident; only its hash is kept, and it lives ten minutes."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="login_codes")
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)


class EnrolmentCode(models.Model):
    """The one-time code a member of staff needs to set up their first authenticator app.

    The station head issues it and hands it over; only its hash is kept. It works once, until `expires_at`, for a
    few wrong tries; a newer code, a reset or too many wrong tries void it (`voided_at`).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member of staff"),
        on_delete=models.CASCADE,
        related_name="enrolment_codes",
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    used_at = models.DateTimeField(_("used"), null=True, blank=True)
    voided_at = models.DateTimeField(_("voided"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("wrong tries"), default=0)

    class Meta:
        verbose_name = _("enrolment code")
        ordering = ["-created_at"]
