"""The demo stations' campaigns: a waste-sorting briefing finished months ago with about nine households in ten
reached, and a census in progress, about half its doors knocked on.

Made through the services (campaign_create fixes the households, script_save and message_save write the texts);
what the services cannot write is set as they would have: the marks of days gone by (a mark is stamped with the
moment it is made), in bulk, each by an officer who speaks the household's language, and the day the briefing's
message went out. The census keeps only whether the form is done (docs/domain.md §9): no mark has a note.
"""

import datetime
import random
from collections import defaultdict

from django.utils import timezone

from lianyang.accounts.models import Role, StaffProfile
from lianyang.civic.campaigns.services import campaign_create, message_save, script_save
from lianyang.civic.campaigns.tallies import tallies_rebuild
from lianyang.civic.models import CampaignContact, CampaignMark
from lianyang.civic.models import ContactStatus as Status
from lianyang.people.models import Resident

from .civictexts import CENSUS_SCRIPTS, WASTE_MESSAGES, WASTE_SCRIPTS

# Outcome of each household's last visit (share of households); the rest were never visited.
WASTE_OUTCOMES = ((Status.COMPLETED, 0.66), (Status.REACHED, 0.24), (Status.REFUSED, 0.03), (Status.NOT_HOME, 0.07))
CENSUS_OUTCOMES = ((Status.COMPLETED, 0.33), (Status.REACHED, 0.07), (Status.REFUSED, 0.01), (Status.NOT_HOME, 0.09))
LETTER_LEFT = "Letter left at the door."


def campaigns_add(rng: random.Random, *, station, head) -> int:
    """The station's two campaigns; returns how many it made."""
    today = timezone.localdate()
    officers = _officers_by_language(station)
    waste = _campaign(station, head, "waste", "垃圾分类入户宣传 Waste-sorting briefing", -200, -110, WASTE_SCRIPTS)
    for language, (subject, body) in WASTE_MESSAGES.items():
        message_save(actor=head, campaign=waste, language=language, subject=subject, body=body)
    _marks_add(rng, waste, officers, WASTE_OUTCOMES, until=waste.ends_on)
    CampaignContact.objects.filter(campaign=waste).update(
        messaged_at=timezone.make_aware(datetime.datetime.combine(waste.starts_on, datetime.time(10)))
    )
    census = _campaign(station, head, "census", "外籍人员人口普查 Census of foreign residents", -14, 25, CENSUS_SCRIPTS)
    _marks_add(rng, census, officers, CENSUS_OUTCOMES, until=today - datetime.timedelta(days=1))
    return 2


def _campaign(station, head, kind: str, title: str, first: int, last: int, scripts: dict):
    """A campaign of the whole station from `first` to `last` days from today, with its scripts."""
    today = timezone.localdate()
    campaign = campaign_create(
        actor=head,
        station=station,
        kind=kind,
        title=title,
        starts_on=today + datetime.timedelta(days=first),
        ends_on=today + datetime.timedelta(days=last),
    )
    for language, text in scripts.items():
        script_save(actor=head, campaign=campaign, language=language, text=text)
    return campaign


def _officers_by_language(station) -> dict[str, list]:
    speakers = defaultdict(list)
    profiles = StaffProfile.objects.filter(station=station, role__in=[Role.HEAD, Role.OFFICER]).select_related("user")
    for profile in profiles.prefetch_related("languages"):
        for language in profile.languages.all():
            speakers[language.language].append(profile.user)
        speakers["*"].append(profile.user)
    return speakers


def _marks_add(rng, campaign, officers, outcomes, *, until: datetime.date) -> None:
    """Each household's visits during the campaign, the last one's outcome drawn from `outcomes`; a household not
    at home was tried one to four times (with a letter left, or for the census just the try)."""
    languages = dict(
        Resident.objects.filter(household__campaign_contacts__campaign=campaign)
        .order_by("household_id", "-birth_date")  # the eldest member's language stands
        .values_list("household_id", "preferred_language")
        .distinct()
    )
    contacts = list(CampaignContact.objects.filter(campaign=campaign).order_by("pk"))
    days = max((until - campaign.starts_on).days, 1)
    marks, changed = [], []
    for contact in contacts:
        outcome = _drawn(rng, outcomes)
        if outcome is None:
            continue
        staff = rng.choice(officers.get(languages.get(contact.household_id)) or officers["*"])
        tries = rng.choice((1, 1, 2, 3, 4)) if outcome == Status.NOT_HOME else 0
        day = campaign.starts_on + datetime.timedelta(days=rng.randrange(days))
        history = [Status.NOT_HOME] * (tries - 1) + [outcome] if tries else [outcome]
        for step, status in enumerate(history):
            on = min(day + datetime.timedelta(days=2 * step), until)
            at = timezone.make_aware(datetime.datetime.combine(on, datetime.time(18 + step % 3, 10)))
            note = LETTER_LEFT if status == Status.NOT_HOME and not campaign.is_census else ""
            marks.append(CampaignMark(contact=contact, status=status, staff=staff, at=at, note=note))
        contact.status, contact.staff, contact.marked_at, contact.tries = outcome, staff, marks[-1].at, tries
        contact.note, contact.version = marks[-1].note, len(history)
        if outcome == Status.NOT_HOME and campaign.ends_on > timezone.localdate():
            contact.revisit_on = timezone.localdate() + datetime.timedelta(days=rng.randint(1, 6))
        changed.append(contact)
    CampaignContact.objects.bulk_update(
        changed, ["status", "staff", "marked_at", "tries", "note", "version", "revisit_on"], batch_size=1_000
    )
    CampaignMark.objects.bulk_create(marks, batch_size=2_000)
    tallies_rebuild(campaign)


def _drawn(rng, outcomes):
    draw = rng.random()
    for status, share in outcomes:
        if draw < share:
            return status
        draw -= share
    return None
