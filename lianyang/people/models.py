"""Residents, their households, identity documents, visas and permits; local hosts; consents.

Personal data: read only through `people.selectors`, written only through `people.services`.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField

from lianyang.core.crypto import EncryptedTextField, mask
from lianyang.core.models import TimeStampedModel
from lianyang.core.text import printable


class Household(TimeStampedModel):
    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="households")
    address = models.ForeignKey(
        "community.Address", on_delete=models.PROTECT, related_name="households", null=True, blank=True
    )
    contact_person = models.ForeignKey("Resident", on_delete=models.SET_NULL, related_name="+", null=True, blank=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self):
        return str(self.address) if self.address_id else f"#{self.pk}"


class AttentionReason(models.TextChoices):
    """Why a household needs a closer eye: the station visits it more often (every 30 days by default, the visit
    policies of casework) and the officer sees why before knocking."""

    ELDERLY = "elderly", _("Elderly")
    LIVING_ALONE = "living_alone", _("Living alone")
    NEW_BABY = "new_baby", _("New baby")
    ILLNESS = "illness", _("Illness or disability")
    OTHER = "other", _("Other reason")


def known_attention_reasons(value) -> None:
    """A list of reasons from `AttentionReason`, each once."""
    if not isinstance(value, list) or len(set(value)) != len(value) or not set(value) <= set(AttentionReason.values):
        raise ValidationError(_("Choose the reasons from the list."))


class Resident(TimeStampedModel):
    class Sex(models.TextChoices):
        FEMALE = "F", _("Female")
        MALE = "M", _("Male")
        UNSPECIFIED = "X", _("Unspecified")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Living here")
        MOVED_AWAY = "moved_away", _("Moved away")
        DEPARTED = "departed", _("Left China")

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="residents")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="resident"
    )
    surname = models.CharField(_("surname (as in the passport)"), max_length=100, validators=[printable])
    given_names = models.CharField(
        _("given names (as in the passport)"), max_length=100, blank=True, validators=[printable]
    )
    native_name = models.CharField(_("name in own script"), max_length=120, blank=True)
    chinese_name = models.CharField(_("Chinese name"), max_length=60, blank=True, validators=[printable])
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices)
    birth_date = models.DateField(_("date of birth"))
    nationality = CountryField(_("nationality"))
    preferred_language = models.CharField(_("preferred language"), max_length=10, default="en")
    other_languages = models.JSONField(_("other languages"), default=list, blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    wechat_id = models.CharField(_("WeChat ID"), max_length=40, blank=True)
    household = models.ForeignKey(Household, on_delete=models.SET_NULL, null=True, blank=True, related_name="members")
    address = models.ForeignKey(
        "community.Address", on_delete=models.PROTECT, null=True, blank=True, related_name="residents"
    )
    arrival_date = models.DateField(_("arrival date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE)
    occupation = models.CharField(_("occupation"), max_length=100, blank=True)
    employer = models.CharField(_("employer or school"), max_length=160, blank=True)
    attention_reasons = models.JSONField(
        _("needs attention"),
        default=list,
        blank=True,
        validators=[known_attention_reasons],
        help_text=_("Tick what applies: the station then visits more often."),
    )
    # Whether any reason is ticked, kept by people.services for the filters and the visit planner.
    needs_attention = models.BooleanField(_("needs attention"), default=False, editable=False)
    search_key = models.TextField(editable=False, default="")

    class Meta:
        ordering = ["surname", "given_names", "id"]
        indexes = [
            models.Index(fields=["station", "surname", "given_names", "id"], name="resident_station_name_idx"),
            models.Index(fields=["station", "status"], name="resident_station_status_idx"),
            models.Index(fields=["station", "nationality"], name="resident_station_nation_idx"),
            # The worker's passes find the residents with news since their last pass (registration/news.py) from
            # these indexes, not by reading a nation's million rows.
            models.Index(fields=["updated_at"], name="resident_updated_idx"),
            models.Index(fields=["arrival_date"], name="resident_arrival_idx"),
        ]

    def __str__(self):
        return self.passport_name

    @property
    def attention_labels(self) -> list[str]:
        return [AttentionReason(reason).label for reason in self.attention_reasons]

    @property
    def passport_name(self) -> str:
        return f"{self.surname} {self.given_names}".strip()

    def clean(self):
        if self.birth_date and self.birth_date > timezone.localdate():
            raise ValidationError({"birth_date": _("The date of birth cannot be in the future.")})
        if self.birth_date and self.birth_date < datetime.date(1900, 1, 1):
            raise ValidationError({"birth_date": _("Please check the date of birth: it is before 1900.")})
        if self.arrival_date and self.arrival_date > timezone.localdate():
            raise ValidationError({"arrival_date": _("The arrival date cannot be in the future.")})
        if self.arrival_date and self.birth_date and self.arrival_date < self.birth_date:
            raise ValidationError({"arrival_date": _("The arrival date cannot be before the date of birth.")})


class IdentityDocument(TimeStampedModel):
    class Kind(models.TextChoices):
        PASSPORT = "passport", _("Passport")
        HK_MACAO_PERMIT = "hk_macao", _("Mainland Travel Permit for Hong Kong and Macao Residents")
        TAIWAN_PERMIT = "taiwan", _("Mainland Travel Permit for Taiwan Residents")
        TRAVEL_DOCUMENT = "travel_document", _("Travel document")

    resident = models.ForeignKey(Resident, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PASSPORT)
    number = EncryptedTextField(_("document number"))
    number_index = models.CharField(max_length=64, db_index=True, editable=False)
    issuing_state = CountryField(_("issuing state"))
    issue_date = models.DateField(_("date of issue"), null=True, blank=True)
    expiry_date = models.DateField(_("date of expiry"))
    mrz = EncryptedTextField(_("machine-readable zone"), blank=True)
    scan = models.FileField(_("scan of the data page"), upload_to="documents/", blank=True)

    class Meta:
        ordering = ["-expiry_date"]
        indexes = [models.Index(fields=["updated_at"], name="document_updated_idx")]  # registration/news.py

    def __str__(self):
        return f"{self.get_kind_display()} {self.masked_number}"

    @property
    def masked_number(self) -> str:
        return mask(self.number)

    def clean(self):
        if self.issue_date and self.expiry_date and self.expiry_date <= self.issue_date:
            raise ValidationError({"expiry_date": _("The date of expiry must be after the date of issue.")})
        if self.issue_date and self.issue_date > timezone.localdate():
            raise ValidationError({"issue_date": _("The date of issue cannot be in the future.")})


class Permit(TimeStampedModel):
    """A visa or a residence permit (docs/domain.md §2): the kinds are every ordinary visa code and permit kind."""

    class Kind(models.TextChoices):
        VISA_C = "visa_C", _("C visa (crew)")
        VISA_D = "visa_D", _("D visa (permanent residence)")
        VISA_F = "visa_F", _("F visa (exchanges and visits)")
        VISA_G = "visa_G", _("G visa (transit)")
        VISA_J1 = "visa_J1", _("J1 visa (resident journalist)")
        VISA_J2 = "visa_J2", _("J2 visa (short-term journalist)")
        VISA_L = "visa_L", _("L visa (tourism)")
        VISA_M = "visa_M", _("M visa (business)")
        VISA_Q1 = "visa_Q1", _("Q1 visa (family of Chinese citizens, long stay)")
        VISA_Q2 = "visa_Q2", _("Q2 visa (family of Chinese citizens, short visit)")
        VISA_R = "visa_R", _("R visa (talent)")
        VISA_S1 = "visa_S1", _("S1 visa (family of foreigners, long stay)")
        VISA_S2 = "visa_S2", _("S2 visa (private visit, short stay)")
        VISA_X1 = "visa_X1", _("X1 visa (study over 180 days)")
        VISA_X2 = "visa_X2", _("X2 visa (study up to 180 days)")
        VISA_Z = "visa_Z", _("Z visa (work)")
        RP_WORK = "rp_work", _("Residence permit for work")
        RP_STUDY = "rp_study", _("Residence permit for study")
        RP_JOURNALIST = "rp_journalist", _("Residence permit for journalists")
        RP_FAMILY = "rp_family", _("Residence permit for family reunion")
        RP_PRIVATE = "rp_private", _("Residence permit for private affairs")
        PERMANENT = "permanent", _("Permanent residence ID card")

    class Entries(models.TextChoices):
        SINGLE = "single", _("Single entry")
        DOUBLE = "double", _("Double entry")
        MULTIPLE = "multiple", _("Multiple entries")

    # Indexed with the end date (permit_resident_until_idx below), which serves the joins on the holder as well.
    resident = models.ForeignKey(Resident, on_delete=models.CASCADE, related_name="permits", db_index=False)
    document = models.ForeignKey(
        IdentityDocument, on_delete=models.SET_NULL, null=True, blank=True, related_name="permits"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    number = EncryptedTextField(_("number"))
    number_index = models.CharField(max_length=64, db_index=True, editable=False)
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"))
    entries = models.CharField(_("entries"), max_length=10, choices=Entries.choices, default=Entries.MULTIPLE)

    class Meta:
        ordering = ["-valid_until"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__gte=models.F("valid_from")), name="permit_ends_after_start"
            )
        ]
        # The permits ending in a window of days, with their holders, read from the index alone: the start page
        # counts a station's residents whose permits end within 30 and 60 days (18 ms at city scale, now 4).
        indexes = [
            models.Index(fields=["valid_until", "resident"], name="permit_until_resident_idx"),
            # A holder's permits, latest first, from the index alone: whether one is in force and when the last
            # ended, asked of every resident of a station by the start page's and the residents list's "all
            # expired" (10 ms at city scale, now 6).
            models.Index(fields=["resident", "-valid_until"], name="permit_resident_until_idx"),
            # registration/news.py: permits changed, or coming into force, since the worker's last pass.
            models.Index(fields=["updated_at"], name="permit_updated_idx"),
            models.Index(fields=["valid_from"], name="permit_from_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.masked_number}"

    @property
    def masked_number(self) -> str:
        return mask(self.number)

    @property
    def is_visa(self) -> bool:
        return self.kind.startswith("visa_")

    def clean(self):
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The end of validity must not be before its start.")})


class LocalHost(TimeStampedModel):
    """A Chinese neighbour who offers exchanges (cooking, language, calligraphy…) to foreign residents."""

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="local_hosts")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="local_host"
    )
    name = models.CharField(_("name"), max_length=60)
    name_pinyin = models.CharField(_("name in pinyin"), max_length=80, blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)
    compound = models.ForeignKey(
        "community.Compound", on_delete=models.PROTECT, null=True, blank=True, related_name="local_hosts"
    )
    offers = models.TextField(_("what they offer"), blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Consent(models.Model):
    """Consent for what the law does not already require (PIPL art. 13-14): given and withdrawn as easily."""

    class Purpose(models.TextChoices):
        NEWSLETTER = "newsletter", _("Newsletter and notices")
        ACTIVITIES = "activities", _("Activities")
        PAIRING = "pairing", _("Pairing with a local family")
        PHOTOS = "photos", _("Photos at events")

    resident = models.ForeignKey(Resident, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    given_at = models.DateTimeField(_("given"))
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    class Meta:
        ordering = ["purpose"]
        constraints = [models.UniqueConstraint(fields=["resident", "purpose"], name="one_consent_per_purpose")]
