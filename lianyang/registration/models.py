"""Accommodation registration of foreigners (境外人员临时住宿登记) and its hand-off to the police.

Exit and Entry Administration Law, art. 39: a foreigner staying anywhere but a hotel registers with the police
of the place within 24 hours of arrival (docs/domain.md §1). The station takes the registration, checks it, files it
with the partner police station in batches and records the police's receipt number.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lianyang.core.crypto import EncryptedTextField
from lianyang.core.models import TimeStampedModel
from lianyang.core.text import printable


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned for correction")
    VERIFIED = "verified", _("Verified by the station")
    FILED = "filed", _("Filed with the police")
    REGISTERED = "registered", _("Registered")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    SUPERSEDED = "superseded", _("Superseded by a newer registration")


# A registration in one of these states still needs work; only one may be open per resident and address.
OPEN_STATUSES = (Status.SUBMITTED, Status.RETURNED, Status.VERIFIED, Status.FILED)


class PoliceBatch(models.Model):
    """Verified registrations filed together with the partner police station."""

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="police_batches")
    reference = models.CharField(_("batch reference"), max_length=30, unique=True)
    filed_at = models.DateTimeField(_("filed"))
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # The filing form's one-time key: a retried or double-clicked filing finds this batch and files nothing twice.
    filing_key = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["-filed_at"]
        verbose_name_plural = _("police batches")

    def __str__(self):
        return self.reference


class EntryPort(models.TextChoices):
    """The ports of entry residents of the station come through, stored as a code and filed in Chinese
    (`ENTRY_PORT_CHINESE`): the police's form names the port in Chinese whatever the resident's language."""

    PUDONG = "PVG", _("Shanghai Pudong International Airport (PVG)")
    HONGQIAO = "SHA", _("Shanghai Hongqiao International Airport (SHA)")
    SHANGHAI_PORT = "SH_SEA", _("Port of Shanghai (cruise or ship)")
    BEIJING_CAPITAL = "PEK", _("Beijing Capital International Airport (PEK)")
    BEIJING_DAXING = "PKX", _("Beijing Daxing International Airport (PKX)")
    GUANGZHOU = "CAN", _("Guangzhou Baiyun International Airport (CAN)")
    SHENZHEN = "SZX", _("Shenzhen Bao'an International Airport (SZX)")
    LUOHU = "SZ_LUOHU", _("Luohu land port (from Hong Kong)")
    FUTIAN = "SZ_FUTIAN", _("Futian land port (from Hong Kong)")
    HUANGGANG = "SZ_HUANGGANG", _("Huanggang land port (from Hong Kong)")
    SHENZHEN_BAY = "SZ_BAY", _("Shenzhen Bay land port (from Hong Kong)")
    WEST_KOWLOON = "HK_WKL", _("Hong Kong West Kowloon station (high-speed rail)")
    OTHER = "other", _("Another port")


# Fixed names, not translations (decision 0004): what the police file and form show.
ENTRY_PORT_CHINESE = {
    EntryPort.PUDONG: "上海浦东国际机场",
    EntryPort.HONGQIAO: "上海虹桥国际机场",
    EntryPort.SHANGHAI_PORT: "上海港",
    EntryPort.BEIJING_CAPITAL: "北京首都国际机场",
    EntryPort.BEIJING_DAXING: "北京大兴国际机场",
    EntryPort.GUANGZHOU: "广州白云国际机场",
    EntryPort.SHENZHEN: "深圳宝安国际机场",
    EntryPort.LUOHU: "罗湖口岸",
    EntryPort.FUTIAN: "福田口岸",
    EntryPort.HUANGGANG: "皇岗口岸",
    EntryPort.SHENZHEN_BAY: "深圳湾口岸",
    EntryPort.WEST_KOWLOON: "西九龙站口岸",
    EntryPort.OTHER: "其他口岸",
}


class AccommodationRegistration(TimeStampedModel):
    class Channel(models.TextChoices):
        PORTAL = "portal", _("Online, by the resident")
        WALK_IN = "walk_in", _("At the station's counter")
        HOME_VISIT = "home_visit", _("On a home visit")

    class ProofKind(models.TextChoices):
        LEASE = "lease", _("Lease")
        PROPERTY_CERTIFICATE = "property", _("Property ownership certificate")
        HOST_ID = "host_id", _("Host's identity card")
        STATEMENT = "statement", _("Written statement")

    class HostRelation(models.TextChoices):
        LANDLORD = "landlord", _("Landlord")
        OWNER = "owner", _("The resident owns the home")
        EMPLOYER = "employer", _("Employer")
        RELATIVE = "relative", _("Relative")
        FRIEND = "friend", _("Friend")
        OTHER = "other", _("Other")

    class HostIdKind(models.TextChoices):
        RESIDENT_ID = "resident_id", _("Chinese resident identity card")
        PASSPORT = "passport", _("Passport")
        PERMANENT_RESIDENCE = "permanent", _("Permanent residence ID card")
        OTHER = "other", _("Other document")

    class Purpose(models.TextChoices):
        WORK = "work", _("Work")
        STUDY = "study", _("Study")
        FAMILY = "family", _("Family")
        BUSINESS = "business", _("Business")
        TOURISM = "tourism", _("Tourism or visit")
        OTHER = "other", _("Other")

    reference = models.CharField(_("reference number"), max_length=20, unique=True)
    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="registrations")
    resident = models.ForeignKey("people.Resident", on_delete=models.PROTECT, related_name="registrations")
    # Empty while the resident's flat is not yet in the station's list: the proposed_* fields say where it is,
    # and an officer confirms it (registration_confirm_address) before the registration can be verified.
    address = models.ForeignKey(
        "community.Address", on_delete=models.PROTECT, related_name="registrations", null=True, blank=True
    )
    proposed_compound = models.ForeignKey(
        "community.Compound", on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    proposed_building = models.CharField(
        _("building (as the resident gave it)"), max_length=20, blank=True, validators=[printable]
    )
    proposed_unit = models.CharField(
        _("unit (as the resident gave it)"), max_length=20, blank=True, validators=[printable]
    )
    proposed_room = models.CharField(
        _("room (as the resident gave it)"), max_length=20, blank=True, validators=[printable]
    )
    document = models.ForeignKey(
        "people.IdentityDocument", on_delete=models.PROTECT, related_name="registrations", null=True, blank=True
    )
    permit = models.ForeignKey(
        "people.Permit", on_delete=models.PROTECT, related_name="registrations", null=True, blank=True
    )
    arrival_at = models.DateTimeField(_("arrival at this address"))
    deadline_at = models.DateTimeField(_("registration deadline"), db_index=True)
    entry_date = models.DateField(_("date of entry into China"), null=True, blank=True)
    entry_port = models.CharField(_("port of entry"), max_length=12, choices=EntryPort.choices, blank=True)
    # The port as the resident named it, where it is none of the list ("other").
    entry_port_other = models.CharField(_("other port of entry"), max_length=60, blank=True)
    purpose = models.CharField(_("purpose of stay"), max_length=10, choices=Purpose.choices, default=Purpose.WORK)
    planned_departure = models.DateField(_("planned departure"), null=True, blank=True)
    previous_address = models.CharField(_("previous address"), max_length=200, blank=True, validators=[printable])
    address_abroad = models.CharField(_("address abroad"), max_length=200, blank=True, validators=[printable])
    host_name = models.CharField(_("host or landlord"), max_length=80, validators=[printable])
    host_phone = models.CharField(_("host's phone"), max_length=30)
    host_relation = models.CharField(_("relation to the resident"), max_length=10, choices=HostRelation.choices)
    host_id_kind = models.CharField(_("host's identity document"), max_length=12, choices=HostIdKind.choices)
    host_id_number = EncryptedTextField(_("host's identity document number"), blank=True)
    proof_kind = models.CharField(_("proof of residence"), max_length=10, choices=ProofKind.choices)
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.SUBMITTED)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    batch = models.ForeignKey(
        PoliceBatch, on_delete=models.PROTECT, null=True, blank=True, related_name="registrations"
    )
    police_receipt_number = models.CharField(_("police receipt number"), max_length=40, blank=True)
    police_receipt_date = models.DateField(_("police receipt date"), null=True, blank=True)
    # The key the resident's form carries: a double submission finds the first registration.
    submission_key = models.CharField(max_length=64, unique=True)
    verify_token = models.CharField(max_length=43, unique=True, default=secrets.token_urlsafe, editable=False)

    class Meta:
        ordering = ["deadline_at", "id"]
        indexes = [
            models.Index(fields=["station", "status", "deadline_at"], name="registration_queue_idx"),
            models.Index(fields=["resident", "-created_at"], name="registration_resident_idx"),
            # The officer's queue: open registrations of one station by deadline, without touching closed ones.
            models.Index(
                fields=["station", "deadline_at", "id"],
                condition=models.Q(status__in=["submitted", "returned", "verified", "filed"]),
                name="registration_open_queue_idx",
            ),
            models.Index(fields=["updated_at"], name="registration_updated_idx"),  # registration/news.py
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["resident", "address"],
                condition=models.Q(status__in=["submitted", "returned", "verified", "filed"]),
                name="one_open_registration_per_resident_and_address",
            ),
            models.CheckConstraint(
                condition=models.Q(address__isnull=False)
                | (
                    models.Q(proposed_compound__isnull=False)
                    & ~models.Q(proposed_building="")
                    & ~models.Q(proposed_room="")
                ),
                name="registration_has_an_address_or_a_proposed_one",
            ),
        ]

    def __str__(self):
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def address_confirmed(self) -> bool:
        return self.address_id is not None

    @property
    def proposed_address_in_chinese(self) -> str:
        """The flat the resident named, not yet in the station's list: compound + 12号 + 2单元 + 301室."""
        if self.proposed_compound_id is None:
            return ""
        unit = f"{self.proposed_unit}单元" if self.proposed_unit else ""
        return f"{self.proposed_compound.name}{self.proposed_building}号{unit}{self.proposed_room}室"

    @property
    def entry_port_in_chinese(self) -> str:
        """The port as the police file names it: its Chinese name, or the resident's words for another port."""
        if self.entry_port == EntryPort.OTHER:
            return self.entry_port_other
        return ENTRY_PORT_CHINESE.get(self.entry_port, "")

    @property
    def entry_port_shown(self) -> str:
        """The port in the reader's language, or the resident's words for another port."""
        if self.entry_port == EntryPort.OTHER:
            return self.entry_port_other
        return self.get_entry_port_display()


class RegistrationAction(models.Model):
    """One step in a registration's life. Append-only: the status is whatever these steps lead to."""

    class Kind(models.TextChoices):
        SUBMIT = "submit", _("Submitted")
        RESUBMIT = "resubmit", _("Corrected and submitted again")
        RETURN = "return", _("Returned for correction")
        VERIFY = "verify", _("Verified")
        REJECT = "reject", _("Rejected")
        WITHDRAW = "withdraw", _("Withdrawn")
        FILE = "file", _("Filed with the police")
        POLICE_RETURN = "police_return", _("Returned by the police")
        REGISTER = "register", _("Registered by the police")
        SUPERSEDE = "supersede", _("Superseded")

    registration = models.ForeignKey(AccommodationRegistration, on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField()
    reason_code = models.CharField(max_length=30, blank=True)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]


class RegistrationUpload(models.Model):
    """A passport page, visa page or proof of residence, kept in private storage under a server-made name."""

    class Kind(models.TextChoices):
        PASSPORT_PAGE = "passport", _("Passport data page")
        VISA_PAGE = "visa", _("Visa or residence permit page")
        PROOF = "proof", _("Proof of residence")

    registration = models.ForeignKey(
        AccommodationRegistration, on_delete=models.CASCADE, related_name="uploads", null=True, blank=True
    )
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    file = models.FileField(upload_to="registrations/%Y/%m/")
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "id"]
        indexes = [
            # An account's papers of the last day (the quota, uploads.py).
            models.Index(fields=["owner", "created_at"], name="upload_owner_created_idx"),
            # Papers in no registration yet, oldest first (the retention pass, retention.py).
            models.Index(
                fields=["created_at"], condition=models.Q(registration__isnull=True), name="upload_unattached_idx"
            ),
        ]


class RegistrationNeeded(models.Model):
    """An open duty to register: a new arrival, a move, a new passport, visa or permit, or a visa holder's entry.

    Exit and Entry Administration Law, art. 39 and Shanghai's procedures (docs/domain.md §1): each opens with its
    24-hour deadline, for the resident and the station, and closes when a registration is submitted.
    """

    class Reason(models.TextChoices):
        ARRIVAL = "arrival", _("New arrival")
        MOVE = "move", _("Moved to a new address")
        NEW_PASSPORT = "passport", _("New passport")
        NEW_PERMIT = "permit", _("New visa or residence permit")
        ENTRY = "entry", _("New entry into China")

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="+")
    resident = models.ForeignKey("people.Resident", on_delete=models.CASCADE, related_name="registration_duties")
    reason = models.CharField(max_length=10, choices=Reason.choices)
    since = models.DateTimeField()
    deadline_at = models.DateTimeField(db_index=True)
    # What caused it (a document, permit or address id), so the same event never opens two duties.
    cause_key = models.CharField(max_length=80, unique=True)
    registration = models.ForeignKey(
        AccommodationRegistration, on_delete=models.SET_NULL, null=True, blank=True, related_name="duties"
    )
    closed_at = models.DateTimeField(null=True, blank=True, db_index=True)  # registration/news.py

    class Meta:
        ordering = ["deadline_at"]
