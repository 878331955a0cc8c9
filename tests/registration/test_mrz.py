"""The MRZ parser against Doc 9303's specimen, each failing check, visas, OCR repair and the command."""

import datetime
import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lianyang.registration.mrz import check_digit, parse, repair

SPECIMEN = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TODAY = datetime.date(2026, 11, 26)


def td3(
    surname="TANAKA",
    given="HIROSHI",
    number="TK1234567",
    state="JPN",
    birth="850314",
    sex="M",
    expiry="300109",
    personal="",
):
    name = f"{surname}<<{given.replace(' ', '<')}"
    line1 = f"P<{state}{name}".ljust(44, "<")[:44]
    number_field = number.ljust(9, "<")
    personal_field = personal.ljust(14, "<")
    personal_check = check_digit(personal_field) if personal else "<"
    body = (
        f"{number_field}{check_digit(number_field)}{state}{birth}{check_digit(birth)}"
        f"{sex}{expiry}{check_digit(expiry)}{personal_field}{personal_check}"
    )
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return line1, body + composite


def test_check_digit_of_the_specimen_fields():
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"


def test_specimen_parses_with_every_field():
    result = parse(*SPECIMEN, today=TODAY)
    assert result.valid, result.errors
    assert (result.surname, result.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert result.document_number == "L898902C3"
    assert result.birth_date == "1974-08-12" and result.expiry_date == "2012-04-15"
    assert result.sex == "F" and result.format == "TD3"


@pytest.mark.parametrize(
    ("position", "field"),
    [(9, "document_number"), (19, "birth_date"), (27, "expiry_date"), (42, "personal_number"), (43, "composite")],
)
def test_each_wrong_check_digit_is_named(position, field):
    line2 = list(SPECIMEN[1])
    line2[position] = str((int(line2[position]) + 1) % 10)
    result = parse(SPECIMEN[0], "".join(line2), today=TODAY)
    assert field in result.error_fields()


def test_illegal_character_and_wrong_length_are_reported():
    result = parse(SPECIMEN[0], SPECIMEN[1][:-1] + "?", today=TODAY)
    assert [e.code for e in result.errors] == ["illegal_character"]
    assert "position 44" in result.errors[0].message
    result = parse(SPECIMEN[0], SPECIMEN[1][:40], today=TODAY)
    assert [e.code for e in result.errors] == ["wrong_length"]


def test_icao_codes_that_are_not_iso_map_to_their_country():
    line1, line2 = td3(surname="MUELLER", given="HANNA", state="D<<", sex="F")
    result = parse(line1, line2, today=TODAY)
    assert result.valid, result.errors
    assert result.issuing_country == "DE" and result.nationality_country == "DE"


def test_visa_sticker_mrv_a_parses():
    line1 = "V<CHNKIM<<MINJUN".ljust(44, "<")
    number, birth, expiry = "Z12345678", "900101", "270630"
    line2 = f"{number}{check_digit(number)}KOR{birth}{check_digit(birth)}M{expiry}{check_digit(expiry)}".ljust(44, "<")
    result = parse(line1, line2, today=TODAY)
    assert result.valid, result.errors
    assert result.format == "MRV-A" and result.issuing_country == "CN" and result.nationality_country == "KR"


def test_dates_resolve_birth_to_the_past_and_expiry_near_today():
    result = parse(*td3(birth="300101", expiry="350101"), today=TODAY)
    assert result.birth_date == "1930-01-01" and result.expiry_date == "2035-01-01"


def test_ocr_confusions_are_repaired_by_the_check_digits():
    line1, line2 = td3(number="TK1234567", birth="850314", expiry="300109")
    misread = line2.replace("850314", "85O3I4").replace("TK1", "TKI")
    assert not parse(line1, misread, today=TODAY).valid
    repaired = repair(line1, misread, today=TODAY)
    assert repaired.valid, repaired.errors
    assert repaired.document_number == "TK1234567" and repaired.birth_date == "1985-03-14"


@given(
    surname=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=15),
    given_names=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12),
    number=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=9),
    birth=st.dates(datetime.date(1930, 1, 1), datetime.date(2020, 12, 31)),
    expiry=st.dates(datetime.date(2027, 1, 1), datetime.date(2060, 12, 31)),
    sex=st.sampled_from("MF<"),
)
def test_any_well_formed_passport_parses_back_to_its_fields(surname, given_names, number, birth, expiry, sex):
    line1, line2 = td3(surname, given_names, number, "KOR", birth.strftime("%y%m%d"), sex, expiry.strftime("%y%m%d"))
    result = parse(line1, line2, today=TODAY)
    assert result.valid, result.errors
    assert (result.surname, result.given_names, result.document_number) == (surname, given_names, number)
    assert result.birth_date == birth.isoformat() and result.expiry_date == expiry.isoformat()


def _command(*lines):
    return subprocess.run(
        [sys.executable, "-m", "lianyang", "mrz", *lines], capture_output=True, text=True, check=False
    )


def test_command_prints_json_and_exits_0_when_valid():
    done = _command(*SPECIMEN)
    assert done.returncode == 0
    assert json.loads(done.stdout)["surname"] == "ERIKSSON"


def test_command_names_the_failed_check_and_exits_1():
    done = _command(SPECIMEN[0], SPECIMEN[1].replace("7408122", "7408123"))
    assert done.returncode == 1
    errors = json.loads(done.stdout)["errors"]
    assert {e["field"] for e in errors} == {"birth_date", "composite"}
