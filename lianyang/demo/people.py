"""The station's households, planned in memory before anything is written: who lives together, their names,
ages, work, languages, contacts, papers and consents.

Planning apart from writing keeps the generator deterministic (the same seed plans the same people, whatever
the database) and lets tests check the plan without building it.
"""

import datetime
import random
from dataclasses import dataclass, field

from anyascii import anyascii
from django.utils.text import slugify

from lianyang.people.models import AttentionReason, Consent, Permit

from . import papers
from .names import FamilyNamer, Named, PersonName
from .nationalities import BY_CODE, Nationality
from .traditions import name_source

HOUSEHOLD_SIZES = {1: 42, 2: 31, 3: 14, 4: 10, 5: 3}
# Ages (youngest, oldest) by what brings a person here; spouses and children take theirs from the family.
AGES = {
    "worker": (26, 58), "student": (18, 29), "citizens_spouse": (25, 64), "retiree": (60, 79), "journalist": (27, 55),
    "permanent": (35, 69), "visitor": (22, 60), "visiting_parent": (58, 81),
}  # fmt: skip
# What brings a person living alone here ("citizens_spouse": married to a Chinese citizen).
SINGLE_ROLES = {
    "worker": 55,
    "student": 17,
    "citizens_spouse": 8,
    "retiree": 6,
    "journalist": 3,
    "permanent": 6,
    "visitor": 5,
}
CONSENT_SHARES = {
    Consent.Purpose.NEWSLETTER: 0.3, Consent.Purpose.ACTIVITIES: 0.22, Consent.Purpose.PAIRING: 0.06,
    Consent.Purpose.PHOTOS: 0.12,
}  # fmt: skip
# Employers and schools are invented; universities are the city's own.
EMPLOYERS = [
    "Brightfield Automotive Systems", "Nordlicht Engineering (Shanghai)", "Sakuragawa Electronics Shanghai",
    "Hanbit Semiconductor China", "Maison Lumière Cosmetics", "Blue Harbour Logistics", "Kestrel Pharma China",
    "Orchid Valley Foods", "Ridgeway Consulting", "Tessellate Architects", "Vela Aerospace Components",
    "Greywater Capital Advisors", "Lindqvist Medical Devices", "Aurora Bioscience", "Helix Software Shanghai",
]  # fmt: skip
OCCUPATIONS = [
    "Engineer", "General manager", "Sales director", "Consultant", "Chef", "Researcher", "Designer", "Teacher",
    "Physician", "Lawyer", "Accountant", "Architect", "Software developer", "Project manager", "Marketing manager",
]  # fmt: skip
SPOUSE_OCCUPATIONS = ["", "", "", "Freelance translator", "Yoga instructor", "Online language tutor", "Photographer"]
SCHOOLS = ["Fangdian International Academy", "Yinghua Road International School", "Jinxiu Bilingual School"]
UNIVERSITIES = [
    "Fudan University",
    "Tongji University",
    "East China Normal University",
    "Shanghai Jiao Tong University",
]
MEDIA = ["Atlantic Morning Post", "Pacific Review", "Rhein-Kurier", "Nordic Broadcasting Service"]
# North American numbers 555-0100 to 555-0199 are set aside for fiction; China has no such range.
AREA_CODES = [
    "202", "206", "212", "213", "303", "305", "312", "404", "415", "503", "512", "602", "617", "702", "718",
    "801", "916", "919", "416", "514", "604", "613", "403", "780", "902", "215", "310", "408", "425", "470",
    "571", "646", "720", "737", "857", "929", "972", "818", "347", "628",
]  # fmt: skip
EMAIL_DOMAINS = ["example.com", "example.org", "example.net"]


@dataclass
class ResidentPlan:
    name: PersonName
    sex: str
    birth_date: datetime.date
    nationality: str
    role: str
    arrival_date: datetime.date
    status: str
    preferred_language: str
    other_languages: list[str]
    occupation: str = ""
    employer: str = ""
    phone: str = ""
    email: str = ""
    wechat_id: str = ""
    attention_reasons: list[str] = field(default_factory=list)
    documents: list[papers.DocumentPlan] = field(default_factory=list)
    permits: list[papers.PermitPlan] = field(default_factory=list)
    consents: list[tuple[str, bool]] = field(default_factory=list)  # (purpose, still given)
    portal: bool = False

    def record(self) -> dict:
        """The fields `resident_create` takes."""
        return {
            "surname": self.name.surname, "given_names": self.name.given_names,
            "native_name": self.name.native_name, "chinese_name": self.name.chinese_name, "sex": self.sex,
            "birth_date": self.birth_date, "nationality": self.nationality,
            "preferred_language": self.preferred_language, "other_languages": self.other_languages,
            "phone": self.phone, "email": self.email, "wechat_id": self.wechat_id,
            "arrival_date": self.arrival_date, "status": self.status, "occupation": self.occupation,
            "employer": self.employer, "attention_reasons": self.attention_reasons,
            "needs_attention": bool(self.attention_reasons),
        }  # fmt: skip


@dataclass
class HouseholdPlan:
    members: list[ResidentPlan]
    slot: tuple = ()  # (compound index, building, unit, room), from places.AddressBook


class Contacts:
    """Fictional phone numbers and e-mail addresses, unique within the build while they last."""

    def __init__(self, rng: random.Random, emails: set[str]):
        self.rng, self.emails = rng, emails
        self.phones = [f"+1{area}5550{n:03d}" for area in AREA_CODES for n in range(100, 200)]
        rng.shuffle(self.phones)
        self.next_phone = 0

    def phone(self) -> str:
        number = self.phones[self.next_phone % len(self.phones)]
        self.next_phone += 1
        return number

    def email(self, name: PersonName) -> str:
        given = (name.given_names or name.surname).split()[0]
        local = ".".join(slugify(anyascii(part)) for part in (given, name.surname.split()[-1]))
        domain = self.rng.choice(EMAIL_DOMAINS)
        address, n = f"{local}@{domain}", 1
        while address in self.emails:
            n += 1
            address = f"{local}{n}@{domain}"
        self.emails.add(address)
        return address


class HouseholdPlanner:
    """Plans the households of one station from its count of residents per nationality."""

    def __init__(self, rng: random.Random, today: datetime.date, numbers: papers.NumberBook, contacts: Contacts):
        self.rng, self.today, self.numbers, self.contacts = rng, today, numbers, contacts

    def station(self, counts: dict[str, int]) -> list[HouseholdPlan]:
        households = []
        for code, count in counts.items():
            while count:
                size = min(self.pick(HOUSEHOLD_SIZES), count)
                households.append(self.household(BY_CODE[code], size))
                count -= size
        self.rng.shuffle(households)
        return households

    def pick(self, weighted: dict):
        return self.rng.choices(list(weighted), list(weighted.values()))[0]

    def days_ago(self, low: int, high: int) -> datetime.date:
        return self.today - datetime.timedelta(days=self.rng.randint(low, high))

    def birth_between(self, low: int, high: int) -> datetime.date:
        return self.days_ago(low * 365 + 1, high * 365 + 364)

    def household(self, nationality: Nationality, size: int) -> HouseholdPlan:
        sources = nationality.sources
        source = self.rng.choices([key for key, _ in sources], [share for _, share in sources])[0]
        namer = FamilyNamer(name_source(source), self.rng)
        new_arrivals = self.rng.random() < 0.05
        arrival = self.days_ago(0, 29) if new_arrivals else self.days_ago(30, int(self.rng.triangular(30, 3650, 400)))
        status = self.pick({"active": 90, "moved_away": 6, "departed": 4})
        plan = _Household(self, nationality, namer, arrival, status)
        plan.compose(size)
        if size == 1 and AttentionReason.ELDERLY in plan.members[0].attention_reasons:
            plan.members[0].attention_reasons.append(AttentionReason.LIVING_ALONE)
        return HouseholdPlan(plan.members)


class _Household:
    """One household being planned: its members in the order they are added, the contact person first."""

    def __init__(self, planner: HouseholdPlanner, nationality: Nationality, namer, arrival, status):
        self.planner, self.rng, self.nationality, self.namer = planner, planner.rng, nationality, namer
        self.arrival, self.status = arrival, status
        self.members: list[ResidentPlan] = []

    def compose(self, size: int) -> None:
        """Singles, couples, sharers, a parent with a child, families with children and visiting parents."""
        rng = self.rng
        if size == 1:
            role = self.planner.pick(SINGLE_ROLES)
            sex = rng.choice("MF")
            self.add(role, self.namer.founder(sex), sex)
            return
        kind = rng.random()
        if size == 2 and kind < 0.14:
            role = rng.choice(("student", "worker"))
            for sex in rng.choices("MF", k=2):
                self.add(role, self.namer.founder(sex), sex)
            return
        sex = "M" if rng.random() < 0.8 else "F"
        principal = self.add("worker", self.namer.founder(sex), sex)
        if size == 2 and kind < 0.24:
            self.add_child(principal if sex == "M" else None, None if sex == "M" else principal)
            return
        if size == 2 and kind < 0.32:
            self.add_visiting_parent(principal)
            return
        spouse_sex = "F" if sex == "M" else "M"
        principal_age = papers.age_on(self.members[0].birth_date, self.planner.today)
        spouse = self.add(
            "spouse",
            self.namer.spouse(principal, spouse_sex),
            spouse_sex,
            age=(max(22, principal_age - 6), principal_age + 4),
        )
        father, mother = (principal, spouse) if sex == "M" else (spouse, principal)
        for index in range(size - 2):
            if index == size - 3 and size >= 4 and rng.random() < 0.15:
                self.add_visiting_parent(principal)
            else:
                self.add_child(father, mother)

    def add(self, role: str, named: Named, sex: str, age=None) -> Named:
        self.members.append(self._resident(role, named.name, sex, age))
        return named

    def add_child(self, father: Named | None, mother: Named | None) -> None:
        """A child born when the younger parent was between 21 and 40."""
        sex = self.rng.choice("MF")
        named = self.namer.child(father, mother, sex)
        parent_age = min(papers.age_on(m.birth_date, self.planner.today) for m in self.members if m.role != "child")
        youngest = max(0, parent_age - 40)
        oldest = max(youngest, min(17, parent_age - 21))
        self.members.append(self._resident("child", named.name, sex, age=(youngest, oldest)))

    def add_visiting_parent(self, person: Named) -> None:
        sex = self.rng.choice("MF")
        named = self.namer.parent_of(person, sex)
        self.members.append(self._resident("visiting_parent", named.name, sex))

    def _resident(self, role: str, name: PersonName, sex: str, age=None) -> ResidentPlan:
        planner, rng, nationality, today = self.planner, self.rng, self.nationality, self.planner.today
        low, high = age or AGES[role]
        birth = planner.birth_between(low, high)
        arrival = max(self.arrival, birth)
        if role in {"visitor", "visiting_parent"}:
            arrival = planner.days_ago(3, 150)
        status = self.status
        resident = ResidentPlan(
            name=name, sex=sex, birth_date=birth, nationality=nationality.code, role=role,
            arrival_date=arrival, status=status, preferred_language=nationality.language,
            other_languages=self._languages(role),
        )  # fmt: skip
        self._work(resident)
        self._contacts(resident)
        resident.documents = papers.identity_documents(
            rng, planner.numbers, nationality=nationality.code, name=name, sex=sex, birth_date=birth,
            today=today, departed=status == "departed",
        )  # fmt: skip
        resident.permits = papers.permits(
            rng, planner.numbers, role=role, nationality=nationality.code, birth_date=birth, arrival=arrival,
            born_here=arrival == birth, today=today,
        )  # fmt: skip
        if role in {"visitor", "visiting_parent"} and resident.permits and resident.permits[-1].valid_until < today:
            resident.status = "departed"
        elderly = papers.age_on(birth, today) >= 75
        if elderly and role in {"retiree", "visiting_parent"}:
            resident.attention_reasons = [AttentionReason.ELDERLY]
        elif (chance := rng.random()) < 0.01:
            resident.attention_reasons = [AttentionReason.ILLNESS if chance < 0.006 else AttentionReason.OTHER]
        if role != "child" and resident.status == "active":
            resident.consents = [
                (purpose, rng.random() > 0.1) for purpose, share in CONSENT_SHARES.items() if rng.random() < share
            ]
        return resident

    def _languages(self, role: str) -> list[str]:
        languages = list(self.nationality.other_languages)
        if role == "child" and "en" not in languages:
            languages.append("en")
        if role == "child" and self.rng.random() < 0.5:
            languages.append("zh-hans")
        return languages

    def _work(self, resident: ResidentPlan) -> None:
        rng, role = self.rng, resident.role
        if role in {"worker", "citizens_spouse", "permanent"}:
            resident.occupation, resident.employer = rng.choice(OCCUPATIONS), rng.choice(EMPLOYERS)
        elif role == "spouse":
            resident.occupation = rng.choice(SPOUSE_OCCUPATIONS)
        elif role == "student":
            resident.occupation, resident.employer = "Student", rng.choice(UNIVERSITIES)
        elif role == "journalist":
            resident.occupation, resident.employer = "Correspondent", rng.choice(MEDIA)
        elif role == "retiree":
            resident.occupation = "Retired"
        elif role == "child" and papers.age_on(resident.birth_date, self.planner.today) >= 3:
            resident.occupation, resident.employer = "Pupil", rng.choice(SCHOOLS)

    def _contacts(self, resident: ResidentPlan) -> None:
        rng, contacts = self.rng, self.planner.contacts
        age = papers.age_on(resident.birth_date, self.planner.today)
        if age >= 14 and rng.random() < (0.85 if age >= 18 else 0.4):
            resident.phone = contacts.phone()
        if age >= 18 and rng.random() < 0.85:
            resident.email = contacts.email(resident.name)
        if age >= 18 and rng.random() < 0.5:
            given = slugify(anyascii(resident.name.given_names or resident.name.surname)).replace("-", "")
            resident.wechat_id = f"{given[:12] or 'expat'}_{rng.randint(10, 999)}"


def cover_every_permit_kind(households: list[HouseholdPlan], rng: random.Random, numbers) -> None:
    """Give residents earlier visas of any kind the plan lacks, so that every kind of Permit appears."""
    present = {permit.kind for h in households for m in h.members for permit in m.permits}
    adults = [
        m for h in households for m in h.members
        if m.role in {"worker", "spouse", "citizens_spouse", "permanent"} and m.documents[0].kind == "passport"
    ]  # fmt: skip
    for kind in Permit.Kind.values:
        if kind not in present and adults:
            resident = adults[rng.randrange(len(adults))]
            resident.permits.insert(
                0,
                papers.earlier_visa(
                    numbers, kind, arrival=resident.arrival_date, birth_date=resident.birth_date, rng=rng
                ),
            )
