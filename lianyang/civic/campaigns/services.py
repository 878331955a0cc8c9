"""Every write of a campaign: made, scripted, worked door to door, and its message sent.

The station carries the city's campaigns to its foreign households (docs/domain.md §8, §9): a waste-sorting
briefing when Shanghai's regulation came in, the census, fire safety, vaccination. The head makes a campaign and
chooses its households; officers mark each door. Two officers marking the same door at the same moment: the
first mark stands and the second is told who made it (the contact's version, a conditional UPDATE). A census
campaign keeps whether the household's form is done and the visit, never the answers nor a note that could hold
them (Statistics Law art. 9, census answers confidential; PIPL art. 6, no more than the purpose needs).
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from lianyang.accounts.access import officer_of, staff_profile
from lianyang.accounts.models import Role
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.community.models import Building, Compound
from lianyang.notify.services import notification_send
from lianyang.people.models import Household, Resident
from lianyang.publishing.notices import notice_create
from lianyang.publishing.translation import translation_write

from ..models import Campaign, CampaignContact, CampaignKind, CampaignMark, CampaignMessage, CampaignScript
from ..models import ContactStatus as Status
from .messages import CAMPAIGN_MESSAGE
from .tallies import tallies_rebuild, tally_move

LONGEST_TITLE = 160
LONGEST_SCRIPT = 5_000
LONGEST_NOTE = 500


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _head_of(actor, station_id: int):
    """The head of station `station_id`: campaigns and their households are theirs to choose."""
    profile = staff_profile(actor)
    if profile is None or profile.role != Role.HEAD or profile.station_id != station_id:
        raise ValidationError(_("Only the head of the station can do this."), code="not_allowed")
    return profile


def _audit(actor, action, obj, station_id, fields, request) -> None:
    audit_record(actor=actor, action=action, obj=obj, station_id=station_id, fields=fields, request=request)


def _text(value, *, field: str, longest: int, required: bool = True) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError({field: _("This field is required.")})
    if len(text) > longest:
        raise ValidationError(
            {field: _("Please keep it to %(count)s characters or fewer.") % {"count": formats.number_format(longest)}}
        )
    return text


def _places_checked(station, areas, compounds, buildings) -> tuple[list, list, list]:
    """The targets, each of the head's own station: a place of another station is refused, not ignored."""
    areas, compounds, buildings = list(areas or ()), list(compounds or ()), list(buildings or ())
    outside = (
        any(area.station_id != station.pk for area in areas)
        or Compound.objects.filter(pk__in=[c.pk for c in compounds]).exclude(area__station=station).exists()
        or Building.objects.filter(pk__in=[b.pk for b in buildings]).exclude(compound__area__station=station).exists()
    )
    if outside:
        raise ValidationError({"compounds": _("Please choose places of your own station.")}, code="outside")
    return areas, compounds, buildings


def target_households(*, station, areas=(), compounds=(), buildings=(), nationalities=(), languages=()):
    """The station's households with an address that the targets take in: in one of the places when places are
    given (else the whole station), with an active member of one of the nationalities and of one of the
    languages when those are given."""
    households = Household.objects.filter(station=station, address__isnull=False)
    places = Q()
    if areas:
        places |= Q(address__building__compound__area__in=areas)
    if compounds:
        places |= Q(address__building__compound__in=compounds)
    if buildings:
        places |= Q(address__building__in=buildings)
    if places:
        households = households.filter(places)
    members = Resident.objects.filter(status=Resident.Status.ACTIVE)
    if nationalities:
        members = members.filter(nationality__in=nationalities)
    if languages:
        members = members.filter(preferred_language__in=languages)
    return households.filter(pk__in=members.values("household_id"))


@transaction.atomic
def campaign_create(
    *,
    actor,
    station,
    kind: str,
    title: str,
    starts_on: datetime.date,
    ends_on: datetime.date,
    areas=(),
    compounds=(),
    buildings=(),
    nationalities=(),
    languages=(),
    request=None,
) -> Campaign:
    """A campaign of the head's station with its households fixed as contacts, each pending."""
    _head_of(actor, station.pk)
    if kind not in CampaignKind.values:
        raise ValidationError({"kind": _("Please choose a kind of campaign from the list.")})
    title = _text(title, field="title", longest=LONGEST_TITLE)
    if not starts_on or not ends_on:
        raise ValidationError({"ends_on": _("Please give the first and the last day of the campaign.")})
    if ends_on < starts_on:
        raise ValidationError({"ends_on": _("The campaign cannot end before it starts.")}, code="period")
    areas, compounds, buildings = _places_checked(station, areas, compounds, buildings)
    nationalities = sorted({str(code) for code in nationalities or ()})
    languages = sorted(set(languages or ()))
    if any(language not in _languages() for language in languages):
        raise ValidationError({"languages": _("Please choose a language from the list.")})
    households = target_households(
        station=station,
        areas=areas,
        compounds=compounds,
        buildings=buildings,
        nationalities=nationalities,
        languages=languages,
    ).values_list("pk", "address__building_id", "address__building__compound_id")
    households = list(households)
    if not households:
        raise ValidationError(_("No household of the station matches these targets."), code="empty")
    campaign = Campaign.objects.create(
        station=station,
        kind=kind,
        title=title,
        starts_on=starts_on,
        ends_on=ends_on,
        nationalities=nationalities,
        languages=languages,
        created_by=actor,
    )
    campaign.areas.set(areas)
    campaign.compounds.set(compounds)
    campaign.buildings.set(buildings)
    CampaignContact.objects.bulk_create(
        [
            CampaignContact(campaign=campaign, household_id=pk, building_id=building, compound_id=compound)
            for pk, building, compound in households
        ],
        batch_size=2_000,
    )
    tallies_rebuild(campaign)
    _audit(actor, AuditEvent.Action.CREATE, campaign, station.pk, ["kind", "title", "period", "targets"], request)
    return campaign


def script_save(*, actor, campaign: Campaign, language: str, text: str, request=None) -> CampaignScript:
    """What the officers say at the door in `language`; an empty text removes that language's script."""
    officer_of(actor, campaign.station_id)
    if language not in _languages():
        raise ValidationError({"language": _("Please choose a language from the list.")})
    text = _text(text, field="text", longest=LONGEST_SCRIPT, required=False)
    if not text:
        CampaignScript.objects.filter(campaign=campaign, language=language).delete()
        _audit(actor, AuditEvent.Action.DELETE, campaign, campaign.station_id, [f"script:{language}"], request)
        return None
    script, _created = CampaignScript.objects.update_or_create(
        campaign=campaign, language=language, defaults={"text": text}
    )
    _audit(actor, AuditEvent.Action.UPDATE, campaign, campaign.station_id, [f"script:{language}"], request)
    return script


def _mark_checked(campaign: Campaign, status: str, note: str, revisit_on) -> tuple[str, datetime.date | None]:
    if status not in Status.values or status == Status.PENDING:
        raise ValidationError({"status": _("Please choose what happened at the door.")})
    note = _text(note, field="note", longest=LONGEST_NOTE, required=False)
    if note and campaign.is_census:
        raise ValidationError(
            {"note": _("A census campaign records only whether the form is done, never a note: leave it empty.")},
            code="census_note",
        )
    if revisit_on is not None:
        if status != Status.NOT_HOME:
            raise ValidationError({"revisit_on": _("A revisit date goes with “not at home” only.")})
        if revisit_on < timezone.localdate():
            raise ValidationError({"revisit_on": _("The revisit date cannot be in the past.")})
    return note, revisit_on


def contact_mark(
    *, actor, contact: CampaignContact, status: str, version: int, note: str = "", revisit_on=None, request=None
) -> CampaignContact:
    """Mark a door. The mark stands only if nobody has marked the door since the officer's page showed
    `version`: otherwise nothing changes and the officer is told who marked it and when."""
    campaign = contact.campaign
    officer_of(actor, campaign.station_id)
    note, revisit_on = _mark_checked(campaign, status, note, revisit_on)
    now = timezone.now()
    missed = 1 if status == Status.NOT_HOME else 0
    with transaction.atomic():
        door = CampaignContact.objects.filter(pk=contact.pk, version=version)
        before = door.values_list("status", "staff_id").first()
        changes = {"status": status, "staff": actor, "marked_at": now, "note": note, "revisit_on": revisit_on}
        if before is None or not door.update(**changes, tries=F("tries") + missed, version=F("version") + 1):
            raise _conflict(contact)
        # The version read with `before` is the one replaced: the state it read is the state the mark moved from.
        tally_move(contact, old=before, new=(status, actor.pk))
        CampaignMark.objects.create(
            contact_id=contact.pk, status=status, staff=actor, at=now, note=note, revisit_on=revisit_on
        )
        _audit(actor, AuditEvent.Action.UPDATE, contact.household, campaign.station_id, [f"campaign:{status}"], request)
    return CampaignContact.objects.select_related("campaign").get(pk=contact.pk)


def _conflict(contact: CampaignContact) -> ValidationError:
    latest = CampaignContact.objects.select_related("staff__staff_profile").get(pk=contact.pk)
    who = staff_profile(latest.staff).display_name if latest.staff else _("another officer")
    when = formats.time_format(timezone.localtime(latest.marked_at), "H:i") if latest.marked_at else ""
    return ValidationError(
        _("%(name)s marked this door at %(time)s, before you. Please look at their mark and try again if need be.")
        % {"name": who, "time": when},
        code="conflict",
    )


def message_save(*, actor, campaign: Campaign, language: str, subject: str, body: str, request=None):
    """The campaign's message to its households in `language`."""
    officer_of(actor, campaign.station_id)
    if language not in _languages():
        raise ValidationError({"language": _("Please choose a language from the list.")})
    subject = _text(subject, field="subject", longest=LONGEST_TITLE)
    body = _text(body, field="body", longest=LONGEST_SCRIPT)
    message, _created = CampaignMessage.objects.update_or_create(
        campaign=campaign, language=language, defaults={"subject": subject, "body": body}
    )
    _audit(actor, AuditEvent.Action.UPDATE, campaign, campaign.station_id, [f"message:{language}"], request)
    return message


def messages_send(*, actor, campaign: Campaign, request=None) -> int:
    """Send the campaign's message to every household not sent it yet, to one reader each (the contact person,
    else the eldest active member), in their language, else English, else Chinese; e-mail and the portal inbox
    through notify, each keyed by campaign and household so nothing goes twice. Returns the households sent to."""
    officer_of(actor, campaign.station_id)
    texts = {m.language: m for m in CampaignMessage.objects.filter(campaign=campaign)}
    if not texts:
        raise ValidationError(_("Please write the message in at least one language first."), code="no_message")
    fallback = texts.get("en") or texts.get("zh-hans") or next(iter(texts.values()))
    contacts = list(
        CampaignContact.objects.filter(campaign=campaign, messaged_at__isnull=True).select_related(
            "household__contact_person"
        )
    )
    readers = _readers(contacts)
    station = campaign.station
    sent = []
    for contact in contacts:
        reader = readers.get(contact.household_id)
        if reader is None:
            continue
        message = texts.get(reader.preferred_language, fallback)
        notification_send(
            resident=reader,
            template=CAMPAIGN_MESSAGE,
            payload={
                "station": station.name if reader.preferred_language == "zh-hans" else station.name_en,
                "subject": message.subject,
                "body": message.body,
                "campaign": campaign.title,
            },
            key=f"campaign:{campaign.pk}:household:{contact.household_id}",
        )
        sent.append(contact.pk)
    CampaignContact.objects.filter(pk__in=sent).update(messaged_at=timezone.now())
    _audit(actor, AuditEvent.Action.EXPORT, campaign, campaign.station_id, ["messages"], request)
    return len(sent)


def _readers(contacts: list[CampaignContact]) -> dict[int, Resident]:
    """Each household's reader (one query): its contact person when active, else its eldest active member."""
    members: dict[int, list[Resident]] = {}
    active = Resident.objects.filter(
        household_id__in=[c.household_id for c in contacts], status=Resident.Status.ACTIVE
    ).order_by("birth_date", "pk")
    for resident in active:
        members.setdefault(resident.household_id, []).append(resident)
    readers = {}
    for contact in contacts:
        household_members = members.get(contact.household_id, [])
        person = contact.household.contact_person
        chosen = next((m for m in household_members if person and m.pk == person.pk), None)
        readers[contact.household_id] = chosen or next(iter(household_members), None)
    return readers


def wechat_notice(*, actor, campaign: Campaign, request=None):
    """A draft notice (civic) of the campaign's messages, one text per language, for the station's WeChat account:
    it goes out through publishing's channel once reviewed there, like everything the station publishes."""
    officer_of(actor, campaign.station_id)
    texts = list(CampaignMessage.objects.filter(campaign=campaign))
    if not texts:
        raise ValidationError(_("Please write the message in at least one language first."), code="no_message")
    source = next((m for m in texts if m.language == "zh-hans"), texts[0])
    notice = notice_create(
        actor=actor,
        station=campaign.station,
        language=source.language,
        title=source.subject,
        body=source.body,
        category="civic",
        request=request,
    )
    for message in texts:
        if message.language != source.language:
            translation_write(
                actor=actor,
                piece=notice,
                language=message.language,
                title=message.subject,
                body=message.body,
                ready=True,
                request=request,
            )
    return notice
