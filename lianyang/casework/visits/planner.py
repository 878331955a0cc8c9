"""The visit planner: which households come due in a week, in what order, and which officer goes.

Pure arithmetic over facts loaded in bulk (visits/selectors.py loads them in a constant number of queries), so a
whole city plans in seconds and a test can check every rule without a database:

- a household's interval is the strictest of the policies that apply to it (issue 10, station practice): a new
  arrival (a member arrived after the last visit that met the household) within 7 days of arriving, a household
  with a member needing attention every 30, every household every 90, each counted from the last visit that met
  the household (or, never met, from the newest member's arrival; never met and no arrival known: due now);
- a household already planned is not proposed, and none is proposed twice;
- the proposal is grouped by compound and building, in the order an officer walks them;
- each visit goes to an officer who speaks one of the household's languages where one does, the one with the
  fewest visits planned that week first (fair load), then the better speaker.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from lianyang.core.sorting import natural_key
from lianyang.people.models import AttentionReason

from ..models import HouseholdKind, Visit

# Two policies falling due the same day: the visit is for the stricter one.
STRICTEST_FIRST = {Visit.Purpose.NEW_ARRIVAL: 0, Visit.Purpose.ATTENTION: 1, Visit.Purpose.ROUTINE: 2}
# The proficiencies of accounts.Proficiency, best first.
PROFICIENCY_RANK = {"native": 0, "fluent": 1, "working": 2, "basic": 3}


@dataclass(slots=True)
class HouseholdFacts:
    """What the planner knows of one household: where it lives, who lives there, and when it was last met."""

    pk: int
    compound: str = ""
    compound_en: str = ""
    building: str = ""
    unit: str = ""
    room: str = ""
    newest_arrival: datetime.date | None = None
    attention: tuple[str, ...] = ()  # the members' reasons for a closer eye (people.AttentionReason), if any
    last_met: datetime.date | None = None
    languages: tuple[str, ...] = ()

    @property
    def compound_label(self) -> str:
        """The compound as its signs write it: the Chinese name and the English one beside it."""
        return " · ".join(dict.fromkeys(name for name in (self.compound, self.compound_en) if name))

    @property
    def attention_labels(self) -> list[str]:
        return [AttentionReason(reason).label for reason in self.attention]

    def walking_order(self, key=natural_key) -> tuple:
        """Compound, building, unit and room as people read them (building 2 before 10); no address last."""
        return (self.compound == "", key(self.compound), key(self.building), key(self.unit), key(self.room), self.pk)


@dataclass(frozen=True)
class OfficerFacts:
    pk: int
    name: str
    languages: dict[str, str] = field(default_factory=dict)  # language code -> proficiency


class Due(NamedTuple):
    date: datetime.date
    purpose: str


@dataclass(slots=True)
class ProposedVisit:
    household: HouseholdFacts
    purpose: str
    due: datetime.date
    planned_on: datetime.date
    officer: OfficerFacts | None
    language_match: bool


def due_of(household: HouseholdFacts, intervals: dict[str, int], today: datetime.date) -> Due:
    """The day `household` falls due under the strictest policy that applies, and why (see the module's rules)."""
    days = datetime.timedelta
    since = household.last_met or household.newest_arrival
    routine = Due(since + days(intervals[HouseholdKind.ROUTINE]) if since else today, Visit.Purpose.ROUTINE)
    arrival = household.newest_arrival
    arrived_since_met = arrival is not None and (household.last_met is None or arrival > household.last_met)
    if not (household.attention or arrived_since_met):
        return routine  # most households: the one policy that applies, nothing to compare
    candidates = [routine]
    if household.attention:
        attention = since + days(intervals[HouseholdKind.ATTENTION]) if since else today
        candidates.append(Due(attention, Visit.Purpose.ATTENTION))
    if arrived_since_met:
        candidates.append(Due(arrival + days(intervals[HouseholdKind.NEW_ARRIVAL]), Visit.Purpose.NEW_ARRIVAL))
    return min(candidates, key=lambda due: (due.date, STRICTEST_FIRST[due.purpose]))


Speakers = dict[str, list[tuple[int, OfficerFacts]]]


def speakers_of(officers: list[OfficerFacts]) -> Speakers:
    """For each language, the officers who speak it with their proficiency rank: worked out once per plan."""
    speakers = defaultdict(list)
    for officer in officers:
        for code, proficiency in officer.languages.items():
            speakers[code].append((PROFICIENCY_RANK.get(proficiency, 9), officer))
    return speakers


def choose_officer(
    officers: list[OfficerFacts], languages: tuple[str, ...], load: Counter, speakers: Speakers | None = None
) -> tuple[OfficerFacts | None, bool]:
    """The officer for a household: fewest visits that week among those speaking its languages, then the better
    speaker; nobody speaking them, the least loaded of all. Returns the officer and whether the language matched."""
    speakers = speakers_of(officers) if speakers is None else speakers
    candidates = [pair for code in languages for pair in speakers.get(code, ())]
    if candidates:
        _rank, officer = min(candidates, key=lambda pair: (load[pair[1].pk], pair[0], pair[1].pk))
        return officer, True
    if not officers:
        return None, False
    return min(officers, key=lambda officer: (load[officer.pk], officer.pk)), False


def propose(
    *,
    households: list[HouseholdFacts],
    intervals: dict[str, int],
    officers: list[OfficerFacts],
    load: Counter,
    week_start: datetime.date,
    today: datetime.date,
    planned: set[int] = frozenset(),
) -> list[ProposedVisit]:
    """The visits due by the end of the week starting `week_start` (overdue ones too), for households not in
    `planned`, each once, in walking order, each with its officer. `load` (visits per officer that week) grows
    with every visit proposed, so the week's work is spread evenly."""
    week_end = week_start + datetime.timedelta(days=6)
    first_day = max(week_start, today)
    due, seen = [], set(planned)
    for household in households:
        if household.pk in seen:
            continue
        seen.add(household.pk)
        when = due_of(household, intervals, today)
        if when.date <= week_end:
            due.append((household, when))
    # Sorted once the week's few are known; a compound's or a building's name is keyed once however often it recurs.
    keyed = cache(natural_key)
    due.sort(key=lambda pair: pair[0].walking_order(keyed))
    speakers, proposals = speakers_of(officers), []
    for household, when in due:
        officer, matched = choose_officer(officers, household.languages, load, speakers)
        if officer is not None:
            load[officer.pk] += 1
        planned_on = min(max(when.date, first_day), week_end)
        proposals.append(ProposedVisit(household, when.purpose, when.date, planned_on, officer, matched))
    return proposals
