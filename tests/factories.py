"""Test data built through the services, with names from many scripts. Every person here is fictional."""

import datetime
import itertools

from lianyang.accounts.services import staff_create
from lianyang.community.models import Address, Building, Compound, ResidentialArea, Station
from lianyang.people import services

_counter = itertools.count(1)

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
        "arrival_date": datetime.date(2024, 9, 1),
    }
    fields.update(overrides)
    return services.resident_create(actor=None, station=station, **fields)


def make_passport(resident, number: str = "E12345689", **overrides):
    fields = {
        "kind": "passport",
        "issuing_state": resident.nationality.code,
        "issue_date": datetime.date(2020, 1, 10),
        "expiry_date": datetime.date(2030, 1, 9),
    }
    fields.update(overrides)
    return services.document_add(actor=None, resident=resident, number=number, **fields)


def make_permit(resident, number: str = "RP0012345", kind: str = "rp_work", **overrides):
    fields = {"kind": kind, "valid_from": datetime.date(2025, 1, 1), "valid_until": datetime.date(2027, 1, 1)}
    fields.update(overrides)
    return services.permit_add(actor=None, resident=resident, number=number, **fields)


def make_staff(station, role: str = "officer", username: str | None = None):
    username = username or f"{role}{next(_counter)}"
    profile = staff_create(
        actor=None,
        username=username,
        password="correct-horse-battery",
        station=station,
        role=role,
        display_name=f"职员{username}",
        display_name_en=f"Staff {username}",
        languages={"en": "fluent", "ja": "working"},
        district="浦东新区",
    )
    return profile.user
