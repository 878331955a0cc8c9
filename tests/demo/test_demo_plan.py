"""The demo's plan, before anything is written: its mix of nationalities, its names, its papers, its seed."""

import random
import re

import pytest
from django.utils import timezone
from django_countries import countries

from lianyang.demo.build import DEFAULT_SEED, plan_station, station_specs
from lianyang.demo.nationalities import MIX, resident_counts
from lianyang.demo.transliteration import cyrillic_latin, passport_latin
from lianyang.people.models import Permit

PASSPORT_NAME = re.compile(r"^[A-Z][A-Z \-]*$")


def small_lianyang(seed: int, residents: int = 200):
    spec = station_specs("community", seed, residents)[0]
    return plan_station(spec, seed=seed, today=timezone.localdate(), used_numbers=set(), emails=set())


def residents_of(households):
    return [member for household in households for member in household.members]


def test_the_mix_has_eighty_three_countries_and_regions():
    codes = [nationality.code for nationality in MIX]
    assert len(codes) == len(set(codes)) == 83
    assert all(code in dict(countries) for code in codes)


def test_lianyang_at_community_scale_has_every_nationality_of_the_mix():
    counts = resident_counts(5000, random.Random(1), every_nationality=True)
    assert sum(counts.values()) == 5000
    assert len(counts) == 83
    assert counts["JP"] > counts["KR"] > counts["US"] > counts["GB"] > counts["EG"] > counts["IS"]


def test_the_same_seed_plans_the_same_people():
    first = [(r.name, r.birth_date, r.nationality) for r in residents_of(small_lianyang(DEFAULT_SEED))]
    second = [(r.name, r.birth_date, r.nationality) for r in residents_of(small_lianyang(DEFAULT_SEED))]
    assert first == second


def test_another_seed_plans_other_people():
    first = {r.name for r in residents_of(small_lianyang(DEFAULT_SEED))}
    other = {r.name for r in residents_of(small_lianyang(DEFAULT_SEED + 1))}
    assert first != other


def test_a_small_plan_draws_residents_only_from_the_mix():
    residents = residents_of(small_lianyang(7, residents=200))
    assert len(residents) == 200
    assert {r.nationality for r in residents} == {n.code for n in MIX}


def test_every_kind_of_permit_is_planned_somewhere():
    kinds = {permit.kind for r in residents_of(small_lianyang(7)) for permit in r.permits}
    assert kinds == set(Permit.Kind.values)


def test_passport_names_are_upper_case_latin_and_native_names_keep_their_script():
    residents = residents_of(small_lianyang(11, residents=600))
    assert all(PASSPORT_NAME.match(r.name.surname) for r in residents)
    assert all(not r.name.given_names or PASSPORT_NAME.match(r.name.given_names) for r in residents)
    by_nationality = {r.nationality: r for r in residents}
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", by_nationality["JP"].name.native_name)
    assert re.search(r"[\uac00-\ud7af]", by_nationality["KR"].name.native_name)
    assert re.search(r"[\u0400-\u04ff]", by_nationality["RU"].name.native_name)
    assert re.search(r"[\u0600-\u06ff]", by_nationality["EG"].name.native_name)
    assert re.search(r"[\u0e00-\u0e7f]", by_nationality["TH"].name.native_name)
    assert any(r.name.chinese_name for r in residents if r.nationality in {"SG", "KR", "JP"})


@pytest.mark.parametrize(
    ("name", "long_umlauts", "passport"),
    [("Müller", True, "MUELLER"), ("Müller", False, "MULLER"), ("Ødegaard", False, "OEDEGAARD"),
     ("Łukasz", False, "LUKASZ"), ("João", False, "JOAO"), ("François", False, "FRANCOIS")],
)  # fmt: skip
def test_latin_names_lose_their_diacritics_as_passports_print_them(name, long_umlauts, passport):
    assert passport_latin(name, long_umlauts=long_umlauts) == passport


def test_cyrillic_names_follow_the_icao_table_and_ukraines_own():
    assert cyrillic_latin("Щукина") == "SHCHUKINA"
    assert cyrillic_latin("Юлия") == "IULIIA"
    assert cyrillic_latin("Євген", ukrainian=True) == "YEVHEN"


def _check_digit(text: str) -> str:
    values = [int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55 for c in text]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def test_passports_carry_a_machine_readable_zone_with_valid_check_digits():
    passports = [d for r in residents_of(small_lianyang(3)) for d in r.documents if d.kind == "passport"]
    assert passports
    for passport in passports:
        line1, line2 = passport.mrz.split("\n")
        assert len(line1) == len(line2) == 44
        assert line2[9] == _check_digit(line2[0:9])
        assert line2[19] == _check_digit(line2[13:19])
        assert line2[27] == _check_digit(line2[21:27])
        assert line2[43] == _check_digit(line2[0:10] + line2[13:20] + line2[21:43])
        assert passport.number.startswith("X")
