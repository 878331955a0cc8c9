"""Building the demo: every resident, document, permit, household and consent through the people services,
every account through `staff_create`, so the audit log holds what a real station's would.

The seed fixes everything drawn at random; dates are counted from today. Each station is planned in memory
from its own random stream (so Lianyang is the same at every scale), then written in one transaction.
"""

import dataclasses
import random
import time
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from lianyang.accounts.models import Role
from lianyang.people.services import consent_set, document_add, household_create, permit_add, resident_create

from . import activities, casework, civic, guide, places
from . import publishing as publications
from . import staff as staffing
from .nationalities import resident_counts
from .papers import NumberBook
from .people import Contacts, HouseholdPlan, HouseholdPlanner, ResidentPlan, cover_every_permit_kind
from .places import GUBEI, LIANYANG, AddressBook, StationSpec
from .registrations import registrations_add

DEMO_PASSWORD = "lianyang-demo-2026"
DEFAULT_SEED = 20120201  # the station opened in February 2012
SCALES = ("community", "district", "city")
# Residents who get a portal account (user name = e-mail, the demo password), one per nationality listed;
# Brazil's a woman where there is one: the resident a neighbour teaches home cooking (demo/activities.py).
PORTAL_NATIONALITIES = {"lianyang": ("JP", "KR", "US", "FR", "DE", "BR", "RU", "EG"), "gubei": ("KR",)}
PORTAL_SEX = {"BR": "F"}


@dataclass
class DemoLogin:
    username: str
    name: str
    role: str
    station: str
    languages: str
    featured: bool = True  # printed by `lianyang demo`; the generated stations' staff are only counted


@dataclass
class DemoSummary:
    staff: list[DemoLogin] = dataclasses.field(default_factory=list)
    portal: list[DemoLogin] = dataclasses.field(default_factory=list)
    stations: int = 0
    residents: int = 0
    households: int = 0
    registrations: int = 0
    requests: int = 0
    visits: int = 0
    activities: int = 0
    notices: int = 0
    newspaper_issues: int = 0
    handbook_entries: int = 0
    campaigns: int = 0
    hosts: list[DemoLogin] = dataclasses.field(default_factory=list)


def station_specs(scale: str, seed: int, residents: int | None = None) -> list[StationSpec]:
    """The stations of a scale; `residents` sets Lianyang's size and scales the others alike."""
    rng = random.Random(f"{seed}:stations")
    if scale == "community":
        specs = [LIANYANG, GUBEI]
    elif scale == "district":
        specs = [LIANYANG] + [
            places.generated_station(rng, "浦东新区", sub, sub_en) for sub, sub_en in places.PUDONG_SUB_DISTRICTS
        ]
    else:
        specs = [LIANYANG, dataclasses.replace(GUBEI, residents=5000)] + [
            places.generated_station(rng, district, sub, sub_en) for district, sub, sub_en in places.CITY_SUB_DISTRICTS
        ]
    if residents is None:
        return specs
    factor = residents / LIANYANG.residents
    return [dataclasses.replace(spec, residents=max(1, round(spec.residents * factor))) for spec in specs]


def plan_station(spec: StationSpec, *, seed: int, today, used_numbers: set, emails: set) -> list[HouseholdPlan]:
    """The households of one station, with a room each, planned but not yet written."""
    rng = random.Random(f"{seed}:{spec.key}")
    counts = resident_counts(spec.residents, rng, every_nationality=spec.every_nationality)
    numbers = NumberBook(rng, used_numbers)
    households = HouseholdPlanner(rng, today, numbers, Contacts(rng, emails)).station(counts)
    if spec.every_nationality:
        cover_every_permit_kind(households, rng, numbers)
    addresses = AddressBook(spec, rng)
    for household in households:
        household.slot = addresses.allocate()
    for code in PORTAL_NATIONALITIES.get(spec.key, ()):
        contacts = [
            h.members[0] for h in households
            if h.members[0].nationality == code and h.members[0].email and h.members[0].status == "active"
        ]  # fmt: skip
        contact = next((c for c in contacts if c.sex == PORTAL_SEX.get(code, c.sex)), contacts[0] if contacts else None)
        if contact is not None:
            contact.portal = True
    return households


def demo_build(*, seed: int, scale: str, residents: int | None = None, progress=None) -> DemoSummary:
    """Build the demo of `scale` into the configured database (which the caller has checked is empty)."""
    today = timezone.localdate()
    summary = DemoSummary()
    used_numbers: set[str] = set()
    emails: set[str] = set()
    specs = station_specs(scale, seed, residents)
    accounts_before = get_user_model().objects.aggregate(last=Max("pk"))["last"] or 0
    with transaction.atomic():
        admins = _district_admins(specs, seed, summary)
        guide.guide_add()
    for spec in specs:
        started = time.monotonic()
        with transaction.atomic():
            households = plan_station(spec, seed=seed, today=today, used_numbers=used_numbers, emails=emails)
            _write_station(spec, households, admins[spec.district], seed, summary)
        summary.stations += 1
        if progress:
            count = sum(len(h.members) for h in households)
            progress(f"{spec.name_en}: {count:,} residents in {len(households):,} households "
                     f"({time.monotonic() - started:.1f} s)")  # fmt: skip
    _demo_password_set(accounts_before)
    return summary


def _demo_password_set(accounts_before: int) -> None:
    """Every account the build made (without a password) gets the demo password, hashed once: a hash takes most
    of a second by design (PBKDF2's million rounds), and the demo has some fifty accounts."""
    made = get_user_model().objects.filter(pk__gt=accounts_before)
    made.update(password=make_password(DEMO_PASSWORD))


def _district_admins(specs: list[StationSpec], seed: int, summary: DemoSummary) -> dict:
    """One administrator per district the stations lie in; Pudong's is named, the others drawn."""
    rng = random.Random(f"{seed}:districts")
    admins = {}
    for district in dict.fromkeys(spec.district for spec in specs):
        spec = staffing.PUDONG_ADMIN if district == "浦东新区" else staffing.district_admin(rng, district)
        profile = staffing.staff_add([spec], actor=None, station=None, district=district, password=None)[0]
        admins[district] = profile.user
        summary.staff.append(_login(spec, district, featured=district in {LIANYANG.district, GUBEI.district}))
    return admins


def _login(spec, place: str, *, featured: bool) -> DemoLogin:
    languages = ", ".join(f"{code} ({level})" for code, level in spec.languages.items())
    name = f"{spec.display_name} {spec.display_name_en}"
    return DemoLogin(spec.username, name, spec.role, place, languages, featured)


def _staff_specs(spec: StationSpec, seed: int) -> list[staffing.StaffSpec]:
    if spec.key == "lianyang":
        return [*staffing.LIANYANG_STAFF, staffing.LIANYANG_LIAISON]
    if spec.key == "gubei":
        return staffing.GUBEI_STAFF
    return staffing.generated_staff(random.Random(f"{seed}:{spec.key}:staff"), spec.key)


def _write_station(spec: StationSpec, households: list[HouseholdPlan], admin, seed: int, summary) -> None:
    station, addresses = places.places_create(spec, [h.slot for h in households])
    specs = _staff_specs(spec, seed)
    head_spec, others = specs[0], specs[1:]
    head = staffing.staff_add([head_spec], actor=admin, station=station, district="", password=None)[0]
    profiles = [
        head,
        *staffing.staff_add(others, actor=head.user, station=station, district="", password=None),
    ]
    summary.staff += [_login(s, spec.name_en, featured=spec.key in {LIANYANG.key, GUBEI.key}) for s in specs]
    compounds = list({a.building.compound_id: a.building.compound for a in addresses.values()}.values())
    rng = random.Random(f"{seed}:{spec.key}:hosts")
    staffing.local_hosts_add(rng, station=station, compounds=compounds, count=spec.local_hosts)
    recorder = _Recorder(station, profiles, summary, spec.name_en)
    for household in households:
        recorder.household(household, addresses[household.slot])
    liaison = next((p.user for p in profiles if p.role == Role.POLICE_LIAISON), recorder.head)
    summary.registrations += registrations_add(
        random.Random(f"{seed}:{spec.key}:registrations"), station=station, officer=recorder.head, liaison=liaison,
        addresses=list(addresses.values()),
    )  # fmt: skip
    summary.requests += casework.requests_add(random.Random(f"{seed}:{spec.key}:requests"), station=station,
                                              head=recorder.head)  # fmt: skip
    summary.visits += casework.visits_add(random.Random(f"{seed}:{spec.key}:visits"), station=station,
                                          head=recorder.head)  # fmt: skip
    if spec.key == LIANYANG.key:
        summary.activities += activities.activities_add(random.Random(f"{seed}:{spec.key}:activities"),
                                                        station=station, head=recorder.head)  # fmt: skip
        hosts = activities.exchanges_add(random.Random(f"{seed}:{spec.key}:exchanges"), station=station,
                                         head=recorder.head)  # fmt: skip
        summary.hosts += [DemoLogin(user, name, "local host", spec.name_en, "zh-hans") for user, name in hosts]
    published = publications.publications_add(
        random.Random(f"{seed}:{spec.key}:publications"),
        station=station,
        featured=spec.key in {LIANYANG.key, GUBEI.key},
    )
    if spec.key in {LIANYANG.key, GUBEI.key}:
        summary.campaigns += civic.campaigns_add(random.Random(f"{seed}:{spec.key}:campaigns"), station=station,
                                                 head=recorder.head)  # fmt: skip
    guide.windows_add(random.Random(f"{seed}:{spec.key}:windows"), station=station, head=recorder.head)
    summary.notices += published["notices"]
    summary.newspaper_issues += published["issues"]
    summary.handbook_entries += published["handbook_entries"]


class _Recorder:
    """Writes planned households through the services, each by an officer who speaks the resident's language."""

    def __init__(self, station, profiles, summary: DemoSummary, station_name: str):
        self.station, self.summary, self.station_name = station, summary, station_name
        casework = [p for p in profiles if p.role in {Role.HEAD, Role.OFFICER}]
        self.officers = {}
        for profile in reversed(casework):  # the first officer listed for a language wins
            for language in profile.languages.all():
                if language.language != "zh-hans":
                    self.officers[language.language] = profile.user
        self.head = casework[0].user

    def officer(self, language: str):
        return self.officers.get(language, self.head)

    def household(self, plan: HouseholdPlan, address) -> None:
        members = [self.resident(member) for member in plan.members]
        household_create(
            actor=self.officer(plan.members[0].preferred_language), station=self.station, address=address,
            members=members, contact_person=members[0],
        )  # fmt: skip
        self.summary.households += 1

    def resident(self, plan: ResidentPlan):
        actor = self.officer(plan.preferred_language)
        record = plan.record()
        if plan.portal:
            record["user"] = get_user_model().objects.create_user(
                username=plan.email, email=plan.email, password=None, language=plan.preferred_language
            )
            name = f"{plan.name.native_name} ({plan.name.surname} {plan.name.given_names})".strip()
            self.summary.portal.append(
                DemoLogin(plan.email, name, "resident", self.station_name, plan.preferred_language)
            )
        resident = resident_create(actor=actor, station=self.station, **record)
        documents = [
            document_add(
                actor=actor, resident=resident, number=d.number, kind=d.kind, issuing_state=d.issuing_state,
                issue_date=d.issue_date, expiry_date=d.expiry_date, mrz=d.mrz,
            )
            for d in plan.documents
        ]  # fmt: skip
        for p in plan.permits:
            permit_add(
                actor=actor, resident=resident, number=p.number, kind=p.kind, valid_from=p.valid_from,
                valid_until=p.valid_until, entries=p.entries, document=documents[p.document] if documents else None,
            )  # fmt: skip
        for purpose, still_given in plan.consents:
            consent_set(actor=actor, resident=resident, purpose=purpose, given=True)
            if not still_given:
                consent_set(actor=actor, resident=resident, purpose=purpose, given=False)
        self.summary.residents += 1
        return resident
