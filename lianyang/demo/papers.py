"""Residents' papers: passports and travel permits, visas and residence permits (docs/domain.md §2 and §4).

Every number the demo makes starts with X and comes from the seeded generator, so none is a real document's.
Passports carry a well-formed machine-readable zone (ICAO Doc 9303 TD3, check digits included) so that the MRZ
reader can be tried on them. Dates are counted from today, so that every build has permits expiring within 30
and 60 days, some already expired, and new arrivals still on their entry visas.
"""

import datetime
import random
import string
from dataclasses import dataclass

from django_countries import countries

from .nationalities import TRAVEL_PERMIT_KIND

# What the first visa of each kind of resident leads to once they have lived here a while (law art. 30).
ENTRY_VISA = {
    "worker": "visa_Z", "spouse": "visa_S1", "child": "visa_S1", "student": "visa_X1", "journalist": "visa_J1",
    "citizens_spouse": "visa_Q1", "retiree": "visa_Q1", "permanent": "visa_D",
}  # fmt: skip
RESIDENCE_PERMIT = {
    "worker": "rp_work", "spouse": "rp_private", "child": "rp_private", "student": "rp_study",
    "journalist": "rp_journalist", "citizens_spouse": "rp_family", "retiree": "rp_family", "permanent": "permanent",
}  # fmt: skip
# Years a residence permit runs (work permits up to five years, others up to five; the permanent card ten).
PERMIT_YEARS = {"rp_work": (1, 2, 3, 5), "rp_study": (1, 2), "rp_journalist": (1,), "permanent": (10,)}
# Short stays: visiting parents of families here, and single visitors on business, exchange or tourism.
VISITING_PARENT_VISAS = (("visa_S2", 0.8), ("visa_L", 0.2))
VISITOR_VISAS = (("visa_M", 0.35), ("visa_F", 0.25), ("visa_L", 0.2), ("visa_J2", 0.08), ("visa_G", 0.06),
                 ("visa_C", 0.06))  # fmt: skip


@dataclass
class DocumentPlan:
    kind: str
    number: str
    issuing_state: str
    issue_date: datetime.date
    expiry_date: datetime.date
    mrz: str = ""


@dataclass
class PermitPlan:
    kind: str
    number: str
    valid_from: datetime.date
    valid_until: datetime.date
    entries: str = "multiple"
    document: int = -1  # index into the resident's documents: the passport the visa or permit is in


def years_after(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def age_on(birth_date: datetime.date, day: datetime.date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


class NumberBook:
    """Document numbers unique within the build (`used` is shared by the stations): X, a letter, digits."""

    def __init__(self, rng: random.Random, used: set[str]):
        self.rng, self.used = rng, used

    def issue(self, prefix: str, digits: int) -> str:
        while True:
            number = prefix + "".join(self.rng.choices(string.digits, k=digits))
            if number not in self.used:
                self.used.add(number)
                return number

    def passport(self) -> str:
        return self.issue("X" + self.rng.choice(string.ascii_uppercase), 7)


def _check_digit(text: str) -> str:
    """ICAO 9303 check digit: digits count as themselves, A=10 … Z=35, < as 0; weights 7, 3, 1."""
    values = (int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55 for ch in text)
    return str(sum(value * (7, 3, 1)[i % 3] for i, value in enumerate(values)) % 10)


def _icao_state(code: str) -> str:
    return "D<<" if code == "DE" else countries.alpha3(code)


def passport_mrz(*, state: str, surname: str, given_names: str, number: str, birth_date, sex: str, expiry) -> str:
    """The two 44-character lines of a passport's machine-readable zone (TD3)."""
    name = f"{surname}<<{given_names}" if given_names else surname
    name = name.replace(" ", "<").replace("-", "<")[:39]
    line1 = f"P<{_icao_state(state)}{name}".ljust(44, "<")
    document = number.ljust(9, "<")
    birth, end = birth_date.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    personal = "<" * 14
    body = f"{document}{_check_digit(document)}{_icao_state(state)}{birth}{_check_digit(birth)}{sex}"
    body += f"{end}{_check_digit(end)}{personal}{_check_digit(personal)}"
    composite = body[0:10] + body[13:20] + body[21:43]
    return f"{line1}\n{body}{_check_digit(composite)}"


def identity_documents(rng, numbers: NumberBook, *, nationality, name, sex, birth_date, today, departed):
    """A passport (or Mainland Travel Permit) with a varied expiry; now and then an expired one beside its
    successor, or an emergency travel document after a lost passport."""
    permit_kind = TRAVEL_PERMIT_KIND.get(nationality)
    adult = age_on(birth_date, today) >= 16
    years = 10 if adult and permit_kind != "taiwan" else 5

    def document(issue: datetime.date, kind: str = "passport") -> DocumentPlan:
        issue = max(min(max(issue, birth_date + datetime.timedelta(days=20)), today), birth_date)
        expiry = years_after(issue, years if kind != "travel_document" else 1) - datetime.timedelta(days=1)
        if kind == "passport":
            number = numbers.passport()
            mrz = passport_mrz(
                state=nationality, surname=name.surname, given_names=name.given_names, number=number,
                birth_date=birth_date, sex=sex, expiry=expiry,
            )  # fmt: skip
            return DocumentPlan(kind, number, nationality, issue, expiry, mrz)
        prefix = {"hk_macao": "XH", "taiwan": "XW", "travel_document": "XT"}[kind]
        issuing_state = nationality if kind == "travel_document" else "CN"
        return DocumentPlan(kind, numbers.issue(prefix, 8), issuing_state, issue, expiry)

    kind = permit_kind or "passport"
    roll = rng.random()
    if roll < 0.025:  # renewal due: expires within four months
        expiry = today + datetime.timedelta(days=rng.randint(1, 120))
        return [document(years_after(expiry, -years) + datetime.timedelta(days=1), kind)]
    if roll < 0.04 and not permit_kind:  # expired, and replaced unless the holder has left China
        old = document(today - datetime.timedelta(days=years * 365 + rng.randint(1, 400)))
        return [old] if departed else [old, document(today - datetime.timedelta(days=rng.randint(1, 90)))]
    if roll < 0.045 and adult and not permit_kind:
        return [document(today - datetime.timedelta(days=rng.randint(5, 60)), "travel_document")]
    return [document(today - datetime.timedelta(days=rng.randint(30, years * 365 - 30)), kind)]


def _until(rng, today, longest_days: int) -> datetime.date:
    """An end of validity: some expired, some within 30 days, some within 60, most further off."""
    roll = rng.random()
    if roll < 0.03:
        return today - datetime.timedelta(days=rng.randint(1, 120))
    if roll < 0.06:
        return today + datetime.timedelta(days=rng.randint(0, 30))
    if roll < 0.09:
        return today + datetime.timedelta(days=rng.randint(31, 60))
    return today + datetime.timedelta(days=rng.randint(61, max(61, longest_days)))


def _weighted(rng, choices) -> str:
    return rng.choices([kind for kind, _ in choices], [share for _, share in choices])[0]


def permits(rng, numbers: NumberBook, *, role, nationality, birth_date, arrival, born_here, today):
    """The visas and residence permits of one resident, oldest first."""
    if nationality in TRAVEL_PERMIT_KIND:
        return []
    if role in {"visitor", "visiting_parent"}:
        kind = _weighted(rng, VISITING_PARENT_VISAS if role == "visiting_parent" else VISITOR_VISAS)
        start = arrival - datetime.timedelta(days=rng.randint(5, 60))
        end = start + datetime.timedelta(days=rng.choice((30, 90, 180, 365)) if kind != "visa_G" else 10)
        return [PermitPlan(kind, numbers.issue("XV", 7), start, end, rng.choice(("single", "double", "multiple")))]
    if (today - arrival).days < 30 and not born_here:
        kind = ENTRY_VISA[role]
        if kind == "visa_Z" and rng.random() < 0.15:
            kind = "visa_R"
        if kind == "visa_X1" and rng.random() < 0.2:
            kind = "visa_X2"
        start = max(arrival - datetime.timedelta(days=rng.randint(15, 75)), birth_date)
        return [PermitPlan(kind, numbers.issue("XV", 7), start, start + datetime.timedelta(days=90), "single")]
    kind = RESIDENCE_PERMIT[role]
    if role == "retiree" and rng.random() < 0.5:
        kind = "permanent"
    if kind == "permanent" and age_on(birth_date, today) < 18:
        kind = "rp_private"
    years = rng.choice(PERMIT_YEARS.get(kind, (1, 2, 3)))
    until = _until(rng, today, years * 365)
    start = max(years_after(until, -years), arrival + datetime.timedelta(days=rng.randint(5, 30)))
    start = min(start, until, today)
    prefix = "XP" if kind == "permanent" else "XR"
    current = PermitPlan(kind, numbers.issue(prefix, 10 if kind == "permanent" else 7), start, until)
    if born_here or rng.random() > 0.2:
        return [current]
    entry_start = max(arrival - datetime.timedelta(days=rng.randint(20, 90)), birth_date)
    entry = PermitPlan(
        ENTRY_VISA[role], numbers.issue("XV", 7), entry_start, entry_start + datetime.timedelta(days=90), "single", 0
    )
    return [entry, current]


def earlier_visa(numbers: NumberBook, kind: str, *, arrival, birth_date, rng) -> PermitPlan:
    """A visa from an earlier stay, long expired: it shows the resident's history (and every kind somewhere)."""
    start = arrival - datetime.timedelta(days=rng.randint(200, 1500))
    start = max(start, years_after(birth_date, 18))
    end = min(start + datetime.timedelta(days=rng.choice((30, 90, 180))), arrival - datetime.timedelta(days=1))
    prefix = "XP" if kind == "permanent" else "XR" if kind.startswith("rp_") else "XV"
    return PermitPlan(kind, numbers.issue(prefix, 7), start, max(start, end), "single", 0)
