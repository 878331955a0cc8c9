"""Every read behind the home visits, scoped to the acting user's station (DESIGN.md, Security).

The planner and the coverage read a whole station in a constant number of queries, however many households it
has: the households with their last visit that met them, their members' arrivals, flags and languages, the
officers with their languages, and the week's planned load. Opening a visit or a household's visits is audited.
"""

import datetime
import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import Case, Count, F, OuterRef, Prefetch, Subquery, TextField, When
from django.db.models.functions import Cast, TruncDate
from django.http import Http404
from django.utils import timezone

from lianyang.accounts.access import staff_profile
from lianyang.accounts.models import Role, StaffProfile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.community.models import Address
from lianyang.people.models import AttentionReason, Resident
from lianyang.people.selectors import household_get, households_visible_to, residents_visible_to

from ..models import DEFAULT_INTERVALS, Visit, VisitPolicy
from .planner import HouseholdFacts, OfficerFacts, ProposedVisit, due_of, propose


def _caseworker(actor) -> StaffProfile:
    """The acting member of staff, when their work is casework; everyone else sees nothing here."""
    profile = staff_profile(actor)
    if profile is None or not profile.does_casework:
        raise Http404
    return profile


def visits_visible_to(actor):
    profile = staff_profile(actor)
    if profile is None or not profile.does_casework:
        return Visit.objects.none()
    return Visit.objects.filter(station_id=profile.station_id)


def visit_intervals(*, station) -> dict[str, int]:
    """The station's days between visits per household type: the head's policy, or the default (one query)."""
    intervals = dict(DEFAULT_INTERVALS)
    intervals.update(VisitPolicy.objects.filter(station=station).order_by().values_list("kind", "interval_days"))
    return intervals


def week_of(day: datetime.date) -> datetime.date:
    """The Monday of `day`'s week: plans are made a week at a time."""
    return day - datetime.timedelta(days=day.weekday())


@dataclass(frozen=True)
class StationHouseholds:
    facts: list[HouseholdFacts]
    planned: set[int]
    last_met_by: dict[int, int]  # household -> the officer who last met it


REASONS = tuple(AttentionReason.values)  # in the order the record lists them (Django works `values` out each time)


def _by_frequency(languages: list[str]) -> tuple[str, ...]:
    """The household's languages, the most spoken first (ties in the order met). Counted in a plain dict: a city's
    month of plans counts some three hundred thousand households, and a Counter costs four times as much."""
    if len(languages) == 1:
        return (languages[0],)
    counts: dict[str, int] = {}
    for language in languages:
        counts[language] = counts.get(language, 0) + 1
    return tuple(sorted(counts, key=counts.__getitem__, reverse=True))


def _members_by_household(actor) -> tuple[dict, dict, dict]:
    """For each household, its newest arrival, its members' reasons for attention, and its languages (one query).

    Only the reasons of the few who need attention are read, and as text decoded here, not as a JSON column: a
    column Django converts costs each row a call, and a city's month of proposals and plans reads 1.4 million."""
    members = (
        residents_visible_to(actor)
        .filter(status=Resident.Status.ACTIVE, household__isnull=False)
        .order_by()
        .annotate(reasons=Case(When(needs_attention=True, then=Cast("attention_reasons", TextField()))))
        .values_list("household_id", "arrival_date", "reasons", "preferred_language")
    )
    arrivals, attention, languages = {}, {}, defaultdict(list)
    for household, arrival, reasons, language in members:
        newest = arrivals.get(household)
        arrivals[household] = newest if arrival is None or (newest is not None and newest >= arrival) else arrival
        if reasons:
            attention.setdefault(household, set()).update(json.loads(reasons))
        languages[household].append(language)
    return arrivals, attention, languages


def _addresses(station_id: int, wanted: set[int]) -> dict[int, tuple]:
    """Compound (Chinese and English), building, unit and room of the addresses `wanted`: those of the station's
    compounds through the station's areas (an index at each step), any other one by its key."""
    fields = ("pk", "building__compound__name", "building__compound__name_en", "building__number", "unit", "room")
    rows = Address.objects.order_by().values_list(*fields)
    found = {pk: rest for pk, *rest in rows.filter(building__compound__area__station_id=station_id) if pk in wanted}
    if missing := wanted - found.keys():
        found.update((pk, rest) for pk, *rest in rows.filter(pk__in=missing))
    return found


def _last_met(value) -> Subquery:
    """`value` of the household's last visit that met it, read from the index alone (visit_household_last_met_idx)."""
    met = Visit.objects.filter(household=OuterRef("pk"), outcome=Visit.Outcome.MET).order_by("-visited_at", "-pk")
    return Subquery(met.annotate(value=value).values("value")[:1])


def station_households(*, actor, met_by: bool = False) -> StationHouseholds:
    """Every household of the station with a member living here, as the planner's facts (four queries).

    Each query follows an index from the station: the households with the day (in the station's time zone) of the
    last visit that met each, and with `met_by` (for the coverage by officer) its officer, read from the index
    alone; the station's addresses; its planned visits; and the members. The rows are read as tuples: a city plans
    all its stations' weeks in seconds (bench: a month of home visits)."""
    profile = _caseworker(actor)
    last_met = {"last_met": _last_met(TruncDate("visited_at"))}
    if met_by:  # a column only when asked for: the proposal reads no column Django converts, row after row
        last_met["last_met_by"] = _last_met(F("staff_id"))
    households = list(
        households_visible_to(actor).order_by().annotate(**last_met).values_list("pk", "address_id", *last_met)
    )
    addresses = _addresses(profile.station_id, {address for _pk, address, *_met in households if address})
    planned = set(
        Visit.objects.filter(station_id=profile.station_id, outcome="")
        .order_by()
        .values_list("household_id", flat=True)
    )
    arrivals, attention, languages = _members_by_household(actor)
    last_met_by = {}
    if met_by:
        last_met_by = {pk: by for pk, _address, _met, by in households if by is not None and pk in arrivals}
    no_address, facts = ("", "", "", "", ""), []
    for pk, address, last_met, *_by in households:
        if pk not in arrivals:
            continue  # nobody lives there any more
        reasons = attention.get(pk)
        facts.append(
            HouseholdFacts(  # by position, in the order of its fields: a city builds some 700,000 a month
                pk,
                *addresses.get(address, no_address),  # compound, compound_en, building, unit, room
                arrivals[pk],
                tuple(reason for reason in REASONS if reason in reasons) if reasons else (),
                last_met,
                _by_frequency(languages[pk]),
            )
        )
    return StationHouseholds(facts, planned & set(arrivals), last_met_by)


def station_officers(*, station) -> list[OfficerFacts]:
    """The officers who go on visits, with their languages (one query); a station without officers, its head."""
    rows = (
        StaffProfile.objects.filter(station=station, role__in=[Role.OFFICER, Role.HEAD])
        .order_by("pk", "languages__language")
        .values_list("pk", "role", "display_name", "languages__language", "languages__proficiency")
    )
    staff: dict[int, tuple[str, OfficerFacts]] = {}
    for pk, role, name, language, proficiency in rows:
        _role, officer = staff.setdefault(pk, (role, OfficerFacts(pk=pk, name=name)))
        if language is not None:  # a member of staff without languages has one row, with none
            officer.languages[language] = proficiency
    officers = [officer for role, officer in staff.values() if role == Role.OFFICER]
    return officers or [officer for _role, officer in staff.values()]


def week_load(*, station, week_start: datetime.date) -> Counter:
    """Visits planned per officer in the week starting `week_start` (one query)."""
    week = (week_start, week_start + datetime.timedelta(days=6))
    rows = Visit.objects.filter(station=station, planned_on__range=week).values("staff_id").annotate(n=Count("pk"))
    return Counter({row["staff_id"]: row["n"] for row in rows.order_by()})


def visit_proposal(*, actor, week_start: datetime.date) -> list[ProposedVisit]:
    """The visits the planner proposes for the station's week starting `week_start` (see planner.py)."""
    profile = _caseworker(actor)
    households = station_households(actor=actor)
    return propose(
        households=households.facts,
        intervals=visit_intervals(station=profile.station_id),
        officers=station_officers(station=profile.station_id),
        load=week_load(station=profile.station_id, week_start=week_start),
        week_start=week_start,
        today=timezone.localdate(),
        planned=households.planned,
    )


def _with_household(visits):
    """Visits with their household's address and its members living here, in two queries for any number."""
    return visits.select_related("household__address__building__compound__area__station", "staff").prefetch_related(
        Prefetch(
            "household__members",
            queryset=Resident.objects.filter(status=Resident.Status.ACTIVE).order_by("birth_date", "pk"),
            to_attr="living_here",
        )
    )


def _walking_order(visit: Visit) -> tuple:
    address = visit.household.address
    return HouseholdFacts(
        pk=visit.household_id,
        compound=address.building.compound.name if address else "",
        building=address.building.number if address else "",
        unit=address.unit if address else "",
        room=address.room if address else "",
    ).walking_order()


def visits_of_day(*, actor, day: datetime.date) -> list[Visit]:
    """The acting officer's visits on `day`, in walking order: compound, building, unit, room."""
    profile = _caseworker(actor)
    visits = _with_household(visits_visible_to(actor).filter(staff=profile, planned_on=day))
    return sorted(visits, key=_walking_order)


def visit_get(*, actor, pk, request=None) -> Visit:
    """One visit of the station, with its household; 404 for any other; the opening is audited."""
    try:
        visit = _with_household(visits_visible_to(actor)).get(pk=pk)
    except (Visit.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404 from None
    audit_record(actor=actor, action=AuditEvent.Action.VIEW, obj=visit, station_id=visit.station_id, request=request)
    return visit


def household_visits(*, actor, household_pk, request=None):
    """A household of the station and its visits, newest first; 404 for any other; the opening is audited."""
    household = household_get(actor=actor, pk=household_pk)
    audit_record(
        actor=actor, action=AuditEvent.Action.VIEW, obj=household, station_id=household.station_id, request=request
    )
    visits = list(
        visits_visible_to(actor).filter(household=household).select_related("staff").order_by("-planned_on", "-pk")
    )
    members = list(residents_visible_to(actor).filter(household=household).order_by("birth_date", "pk"))
    return household, members, visits


@dataclass
class CoverageRow:
    label: str
    households: int = 0
    within: int = 0

    def count(self, *, within: bool) -> None:
        self.households += 1
        self.within += within

    @property
    def percent(self) -> int:
        return round(100 * self.within / self.households) if self.households else 100


@dataclass
class Overdue:
    household: HouseholdFacts
    due: datetime.date
    purpose: str
    days: int


@dataclass
class Coverage:
    total: CoverageRow
    by_compound: list[CoverageRow]
    by_officer: list[CoverageRow]
    overdue: list[Overdue]


def visit_coverage(*, actor, never_met_label: str = "", no_compound_label: str = "") -> Coverage:
    """The share of the station's households visited within their policy (not yet past their due day), by
    compound and by the officer who last met them, and the overdue households, most overdue first."""
    profile = _caseworker(actor)
    today = timezone.localdate()
    households = station_households(actor=actor, met_by=True)
    intervals = visit_intervals(station=profile.station_id)
    names = dict(StaffProfile.objects.filter(station=profile.station_id).values_list("pk", "display_name"))
    total, compounds, officers, overdue = CoverageRow(""), {}, {}, []
    for household in households.facts:
        due = due_of(household, intervals, today)
        within = due.date >= today
        officer = names.get(households.last_met_by.get(household.pk), never_met_label)
        compound = household.compound_label or no_compound_label
        by_place = compounds.setdefault(compound, CoverageRow(compound))
        by_officer = officers.setdefault(officer, CoverageRow(officer))
        for row in (total, by_place, by_officer):
            row.count(within=within)
        if not within:
            overdue.append(Overdue(household, due.date, due.purpose, (today - due.date).days))
    overdue.sort(key=lambda row: (row.due, row.household.walking_order()))
    return Coverage(
        total=total,
        by_compound=sorted(compounds.values(), key=lambda row: row.label),
        by_officer=sorted(officers.values(), key=lambda row: row.label),
        overdue=overdue,
    )
