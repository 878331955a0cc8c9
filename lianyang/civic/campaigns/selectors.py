"""Every read of a campaign, scoped to the acting officer's station (DESIGN.md, Security).

The walking list shows the household's names and languages and is audited as a view of personal data; the
coverage counts households by status and shows no one's data but the never-reached list's addresses.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import gettext as _

from lianyang.accounts.access import staff_profile
from lianyang.accounts.models import StaffProfile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.community.models import Building, Compound
from lianyang.core.sorting import natural_key
from lianyang.people.models import Resident

from ..models import Campaign, CampaignContact, CampaignMark
from ..models import ContactStatus as Status
from .coverage import COVERED, Row, tally
from .tallies import COMPOUND, OFFICER

NEVER_REACHED_AFTER = 3  # tries without anyone at home before the household is listed for another approach
NEVER_REACHED_SHOWN = 25  # the first of them, by compound and building: the page is a worklist, not an export
# What the never-reached list prints of a contact: its door (room, building, compound) and its tries.
NEVER_REACHED_FIELDS = (
    "campaign_id", "household_id", "building_id", "compound_id", "tries", "status",
    "household__address_id", "household__address__building_id", "household__address__unit",
    "household__address__room", "household__address__building__compound_id", "household__address__building__number",
    "household__address__building__compound__name", "household__address__building__compound__name_en",
)  # fmt: skip
MEMBER_FIELDS = ("household_id", "surname", "given_names", "native_name", "chinese_name", "preferred_language")


def _station_of(actor) -> int:
    profile = staff_profile(actor)
    if profile is None or not profile.does_casework:
        raise Http404
    return profile.station_id


def status_label(campaign: Campaign, status: str) -> str:
    """The words for a contact's status: a census campaign's completed household is one whose form is done."""
    if campaign.is_census and status == Status.COMPLETED:
        return _("Census form done")
    if campaign.is_census and status == Status.REACHED:
        return _("Visited, form not done yet")
    return Status(status).label


def campaigns_of(*, actor):
    """The station's campaigns, newest first, each with its `households` and `covered` counts (from the running
    counts: a campaign over a city is a few hundred rows)."""
    by_compound = Q(tallies__dimension=COMPOUND)
    return Campaign.objects.filter(station_id=_station_of(actor)).annotate(
        households=Coalesce(Sum("tallies__households", filter=by_compound), 0),
        covered=Coalesce(Sum("tallies__households", filter=by_compound & Q(tallies__status__in=COVERED)), 0),
    )


def campaign_of(*, actor, pk) -> Campaign:
    try:
        return Campaign.objects.select_related("station").get(pk=pk, station_id=_station_of(actor))
    except (Campaign.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404 from None


def contact_of(*, actor, campaign: Campaign, pk) -> CampaignContact:
    try:
        return CampaignContact.objects.select_related("campaign", "household").get(pk=pk, campaign=campaign)
    except (CampaignContact.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404 from None


@dataclass
class BuildingProgress:
    building_id: int
    compound: str
    number: str
    row: Row


def buildings_of(*, actor, campaign: Campaign, compound_id=None) -> list[BuildingProgress]:
    """The campaign's buildings in walking order (compound, then building number as a number), with their
    households by status (two queries)."""
    contacts = CampaignContact.objects.filter(campaign=campaign)
    if compound_id:
        contacts = contacts.filter(compound_id=compound_id)
    rows = tally(contacts.values_list("building_id", "status").annotate(n=Count("pk")).order_by())
    buildings = Building.objects.filter(pk__in=rows).select_related("compound")
    progress = [
        BuildingProgress(b.pk, str(b.compound), b.number, rows[b.pk])
        for b in buildings  # fmt: skip
    ]
    return sorted(progress, key=lambda p: (p.compound, natural_key(p.number)))


@dataclass
class Door:
    contact: CampaignContact
    room: str
    members: list = field(default_factory=list)  # (name, language) of the household's active members
    languages: list = field(default_factory=list)
    marks: list = field(default_factory=list)


def building_of(*, actor, campaign: Campaign, building_id) -> Building:
    try:
        building = Building.objects.select_related("compound").get(pk=building_id)
    except (Building.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404 from None
    if not CampaignContact.objects.filter(campaign=campaign, building=building).exists():
        raise Http404
    return building


def _name(resident: Resident) -> str:
    return resident.native_name or resident.chinese_name or f"{resident.surname} {resident.given_names}".strip()


def _doors(contacts: list[CampaignContact], *, marks: bool = True) -> list[Door]:
    """The doors of `contacts` with their active members and, when asked, their marks (two queries more)."""
    members: dict[int, list[Resident]] = {}
    for resident in (
        Resident.objects.filter(household_id__in=[c.household_id for c in contacts], status=Resident.Status.ACTIVE)
        .only(*MEMBER_FIELDS)
        .order_by("birth_date", "pk")
    ):
        members.setdefault(resident.household_id, []).append(resident)
    history: dict[int, list[CampaignMark]] = {}
    if marks:
        marked = CampaignMark.objects.filter(contact__in=[c.pk for c in contacts])
        for mark in marked.select_related("staff__staff_profile"):
            history.setdefault(mark.contact_id, []).append(mark)
    doors = []
    for contact in contacts:
        address = contact.household.address
        people = members.get(contact.household_id, [])
        languages = list(dict.fromkeys(person.preferred_language for person in people))
        room = f"{address.unit}-{address.room}" if address.unit else address.room
        doors.append(
            Door(
                contact,
                room,
                [(_name(p), p.preferred_language) for p in people],
                languages,
                history.get(contact.pk, []),
            )
        )
    return doors


def walking_list(*, actor, campaign: Campaign, building: Building, request=None) -> list[Door]:
    """The building's doors in the order of walking (unit, then room, as numbers), with the household's names and
    languages and the marks so far: a view of personal data, audited."""
    _station_of(actor)
    contacts = list(
        CampaignContact.objects.filter(campaign=campaign, building=building).select_related(
            "household__address", "staff"
        )
    )
    doors = sorted(_doors(contacts), key=lambda d: (natural_key(d.contact.household.address.unit), natural_key(d.room)))
    audit_record(
        actor=actor,
        action=AuditEvent.Action.VIEW,
        obj=campaign,
        station_id=campaign.station_id,
        fields=[f"building:{building.pk}"],
        request=request,
    )
    return doors


@dataclass
class Coverage:
    total: Row
    compounds: list[Row]
    buildings: list[Row]
    officers: list[Row]
    never_reached: list[Door]
    never_reached_count: int


def coverage(*, actor, campaign: Campaign, compound_id=None, request=None) -> Coverage:
    """The campaign's coverage, live: in all, by compound, by officer, and by building within one compound when
    `compound_id` is given; and the first households never reached after three tries (of the compound, when given;
    their addresses: audited), with how many there are in all.
    The counts are the campaign's running tallies (tallies.py): a few hundred rows for a campaign over a whole
    city; the never-reached are found through a partial index of the contacts tried three times or more."""
    _station_of(actor)
    contacts = CampaignContact.objects.filter(campaign=campaign).order_by()
    tallies = campaign.tallies.filter(households__gt=0)
    by_dimension = {COMPOUND: [], OFFICER: []}
    for dimension, key, status, households in tallies.values_list("dimension", "key", "status", "households"):
        by_dimension[dimension].append((key, status, households))
    compounds = tally(by_dimension[COMPOUND])
    total = tally(("all", status, n) for _key, status, n in by_dimension[COMPOUND]).get("all", Row("all"))
    # The compounds named through a subquery, not a list of some six hundred keys to bind and send.
    names = Compound.objects.filter(pk__in=tallies.filter(dimension=COMPOUND).values("key"))
    for pk, name_en, name in names.values_list("pk", "name_en", "name"):
        compounds[pk].label = name_en or name  # as Compound.__str__ says it, without a model instance each
    officers = tally(row for row in by_dimension[OFFICER] if row[0])
    _label_officers(officers)
    buildings = []
    if compound_id:
        buildings = [
            Row(p.building_id, p.number, p.row.by_status)
            for p in buildings_of(actor=actor, campaign=campaign, compound_id=compound_id)
        ]
    tried_often = contacts.filter(tries__gte=NEVER_REACHED_AFTER, status__in=[Status.NOT_HOME, Status.PENDING])
    if compound_id:
        tried_often = tried_often.filter(compound_id=compound_id)
    stuck = list(
        tried_often.select_related("household__address__building__compound")
        .only(*NEVER_REACHED_FIELDS)
        .order_by("compound_id", "building_id", "pk")[:NEVER_REACHED_SHOWN]
    )
    never_reached_count = tried_often.count() if len(stuck) == NEVER_REACHED_SHOWN else len(stuck)
    never_reached = _doors(stuck, marks=False)
    if never_reached:
        audit_record(
            actor=actor,
            action=AuditEvent.Action.VIEW,
            obj=campaign,
            station_id=campaign.station_id,
            fields=["never_reached"],
            request=request,
        )
    return Coverage(
        total,
        sorted(compounds.values(), key=lambda r: r.label),
        buildings,
        sorted(officers.values(), key=lambda r: r.label),
        never_reached,
        never_reached_count,
    )


def _label_officers(rows: dict) -> None:
    for user_id, name in StaffProfile.objects.filter(user_id__in=rows).values_list("user_id", "display_name"):
        rows[user_id].label = name


@dataclass
class HouseholdCampaign:
    campaign: Campaign
    status: str
    marked_at: object
    staff: object
    messaged_at: object


def household_campaigns(*, actor, household) -> list[HouseholdCampaign]:
    """The campaigns that took in `household`, newest first, with its last mark and when their message reached it:
    the household's record (the caller has read the household through its own scoped selector)."""
    contacts = (
        CampaignContact.objects.filter(household=household, campaign__station_id=_station_of(actor))
        .select_related("campaign", "staff__staff_profile")
        .order_by("-campaign__starts_on", "-campaign_id")
    )
    return [
        HouseholdCampaign(c.campaign, status_label(c.campaign, c.status), c.marked_at, c.staff, c.messaged_at)
        for c in contacts
    ]
