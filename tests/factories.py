"""Test data built through the services, with names from many scripts. Every person here is fictional."""

import datetime
import io
import itertools
import random

from django.contrib.auth import get_user_model
from django.utils import timezone
from PIL import Image
from pypdf import PdfWriter

from lianyang.accounts.services import staff_create
from lianyang.community.models import Address, Building, Compound, ResidentialArea, Station
from lianyang.people import services

_counter = itertools.count(1)


def days_from_today(days: int) -> datetime.date:
    """A date relative to the station's today (Shanghai), so no test depends on the day it runs."""
    return timezone.localdate() + datetime.timedelta(days=days)


def iso_from_today(days: int) -> str:
    """The same date as a form field carries it."""
    return days_from_today(days).isoformat()


def pdf_bytes(pages: int = 1, *, password: str = "", padding: int = 0) -> bytes:
    """A real PDF of blank A4 pages; `padding` random bytes attached make it as large as a test needs."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if padding:
        writer.add_attachment("padding.bin", random.Random(padding).randbytes(padding))
    if password:
        writer.encrypt(user_password=password, algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def png_bytes(size: tuple[int, int] = (40, 30)) -> bytes:
    """A real PNG picture of one colour."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def mrz_date(day: datetime.date) -> str:
    """A date as a machine-readable zone prints it (YYMMDD)."""
    return day.strftime("%y%m%d")


# The factories' papers: a passport issued six years ago, valid four more; a permit valid from last year to
# a year and a half ahead, so none falls inside a reminder window or the 30-day expiry figures.
PASSPORT_ISSUED_DAYS, PASSPORT_EXPIRES_DAYS = -6 * 365, 4 * 365
PERMIT_FROM_DAYS, PERMIT_UNTIL_DAYS = -365, 540

# Fictional people from many scripts: (surname, given names, native-script name, Chinese name, nationality, sex).
NAMES = [
    ("TANAKA", "HIROSHI", "田中 浩", "", "JP", "M"),
    ("KIM", "MINJUN", "김민준", "金敏俊", "KR", "M"),
    ("MUELLER", "HANNA", "Hanna Müller", "", "DE", "F"),
    ("IVANOVA", "OLGA", "Ольга Иванова", "", "RU", "F"),
    ("HASSAN", "AMIRA", "أميرة حسن", "", "EG", "F"),
    ("SMITH", "JOHN", "", "史密斯", "US", "M"),
    ("DUBOIS", "CLAIRE", "Claire Dubois", "", "FR", "F"),
    ("SILVA", "JOAO", "João Silva", "", "BR", "M"),
]


def make_station(name_en: str = "Lianyang Foreign Affairs Service Station", rooms: int = 3) -> Station:
    """A station with one area, one compound, one building and `rooms` rooms."""
    n = f"{next(_counter):04d}"
    station = Station.objects.create(
        name=f"测试服务站{n}",
        name_en=f"{name_en} {n}",
        sub_district="花木街道",
        district="浦东新区",
        police_station="花木派出所",
        address="芳甸路 1 号",
    )
    area = ResidentialArea.objects.create(station=station, name=f"测试居民区{n}", name_en=f"Test Area {n}")
    compound = Compound.objects.create(
        area=area, name=f"测试小区{n}", name_en=f"Test Garden {n}", street_address="芳甸路 2 号"
    )
    building = Building.objects.create(compound=compound, number="1")
    Address.objects.bulk_create(Address(building=building, unit="1", room=f"{100 + i}") for i in range(1, rooms + 1))
    return station


def station_address(station: Station, index: int = 0) -> Address:
    return Address.objects.filter(building__compound__area__station=station).order_by("id")[index]


def make_resident(station: Station, index: int = 0, **overrides):
    surname, given, native, chinese, nationality, sex = NAMES[index % len(NAMES)]
    fields = {
        "surname": surname,
        "given_names": given,
        "native_name": native,
        "chinese_name": chinese,
        "nationality": nationality,
        "sex": sex,
        "birth_date": datetime.date(1985, 3, 14),
        "preferred_language": "en",
        "address": station_address(station),
        "arrival_date": days_from_today(-450),
    }
    fields.update(overrides)
    return services.resident_create(actor=None, station=station, **fields)


def make_passport(resident, number: str = "E12345689", **overrides):
    fields = {
        "kind": "passport",
        "issuing_state": resident.nationality.code,
        "issue_date": days_from_today(PASSPORT_ISSUED_DAYS),
        "expiry_date": days_from_today(PASSPORT_EXPIRES_DAYS),
    }
    fields.update(overrides)
    return services.document_add(actor=None, resident=resident, number=number, **fields)


def make_permit(resident, number: str = "RP0012345", kind: str = "rp_work", **overrides):
    fields = {
        "kind": kind,
        "valid_from": days_from_today(PERMIT_FROM_DAYS),
        "valid_until": days_from_today(PERMIT_UNTIL_DAYS),
    }
    fields.update(overrides)
    return services.permit_add(actor=None, resident=resident, number=number, **fields)


def make_staff(station, role: str = "officer", username: str | None = None, *, languages=None, language: str = "en"):
    """A member of staff speaking `languages` ({code: proficiency}; English and some Japanese unless given)."""
    username = username or f"{role}{next(_counter)}"
    profile = staff_create(
        actor=None,
        username=username,
        password="correct-horse-battery",
        station=station,
        role=role,
        display_name=f"职员{username}",
        display_name_en=f"Staff {username}",
        language=language,
        languages=languages or {"en": "fluent", "ja": "working"},
        district="浦东新区",
    )
    return profile.user


def make_portal_account(resident, email: str, language: str = "en"):
    """The resident's portal account: a user with `email` as login, linked to the record."""
    user = get_user_model().objects.create_user(
        username=email, email=email, password="portal-pass-2026", language=language
    )
    services.resident_update(actor=None, resident=resident, email=email)
    resident.user = user
    resident.save(update_fields=["user"])
    return user


def make_speaker(station, languages: dict[str, str], role: str = "officer"):
    """A caseworker of `station` who speaks `languages` ({code: proficiency}), for routing by language."""
    username = f"{role}{next(_counter)}"
    profile = staff_create(
        actor=None,
        username=username,
        password=None,  # logged in by the tests themselves; no slow hashing for a routing property
        station=station,
        role=role,
        display_name=f"职员{username}",
        display_name_en=f"Staff {username}",
        languages=languages,
        district="浦东新区",
    )
    return profile.user


def make_service_request(resident, *, text: str = "How do I renew my residence permit?", **overrides):
    """A request recorded at the counter by one of the resident's station's officers (made when none is given)."""
    from lianyang.casework.requests.services import request_record

    fields = {"category": "visas", "channel": "walk_in", "language": resident.preferred_language}
    fields.update(overrides)
    actor = fields.pop("actor", None) or make_staff(resident.station, "officer")
    return request_record(actor=actor, resident=resident, text=text, **fields)


# Home visits (casework/visits): households at their own rooms, officers with chosen languages, past visits.


def make_household(station, address_index: int = 0, *, members: int = 1, first: int = 0, **resident_fields):
    """A household of `members` residents at the station's address number `address_index`."""
    from lianyang.people.services import household_create

    address = station_address(station, address_index)
    residents = [make_resident(station, first + i, address=address, **resident_fields) for i in range(members)]
    return household_create(actor=None, station=station, address=address, members=residents)


def make_visit(household, officer, *, days_ago: int = 0, outcome: str = "met", purpose: str = "routine"):
    """A visit planned and recorded `days_ago` days ago through the services (`outcome` "" leaves it planned)."""
    import time_machine

    from lianyang.casework.visits.services import visit_plan, visit_record

    with time_machine.travel(timezone.now() - datetime.timedelta(days=days_ago)):
        visit = visit_plan(actor=officer, household=household, planned_on=timezone.localdate(), purpose=purpose)
        if outcome:
            visit_record(actor=officer, visit=visit, outcome=outcome)
    return visit
