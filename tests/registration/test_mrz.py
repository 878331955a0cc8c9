"""The MRZ parser against Doc 9303's specimens (TD3, TD2, TD1, visas), each failing check, dates without a
century, and OCR repair that never claims a reading the check digits do not prove."""

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lianyang.registration.mrz import AMBIGUOUS, check_digit, parse, parse_lines, repair

SPECIMEN = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD2_SPECIMEN = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")
TD1_SPECIMEN = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TODAY = datetime.date(2026, 11, 26)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LETTERS + "0123456789"


def td3(surname="TANAKA", given="HIROSHI", number="TK1234567", state="JPN", birth="850314", sex="M",
        expiry="300109", personal="", code="P<"):  # fmt: skip
    name = f"{surname}<<{given.replace(' ', '<')}"
    line1 = f"{code}{state}{name}".ljust(44, "<")[:44]
    number_field = number.ljust(9, "<")
    personal_field = personal.ljust(14, "<")
    personal_check = check_digit(personal_field) if personal else "<"
    body = (
        f"{number_field}{check_digit(number_field)}{state}{birth}{check_digit(birth)}"
        f"{sex}{expiry}{check_digit(expiry)}{personal_field}{personal_check}"
    )
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return line1, body + composite


def _number_fields(number: str, optional: str, width: int) -> tuple[str, str]:
    """The number field with its check digit, and the first optional field (Doc 9303 parts 5 and 6: a longer
    number goes on in the optional field, ended by its check digit)."""
    if len(number) <= 9:
        field = number.ljust(9, "<")
        return field + check_digit(field), optional.ljust(width, "<")
    return number[:9] + "<", (number[9:] + check_digit(number)).ljust(width, "<")


def td2(surname="NOWAK", given="ANNA", number="AB1234567", state="POL", birth="900101", sex="F", expiry="300101",
        optional=""):  # fmt: skip
    line1 = f"I<{state}{surname}<<{given.replace(' ', '<')}".ljust(36, "<")[:36]
    number_field, optional_field = _number_fields(number, optional, 7)
    body = f"{number_field}{state}{birth}{check_digit(birth)}{sex}{expiry}{check_digit(expiry)}{optional_field}"
    return line1, body + check_digit(body[0:10] + body[13:20] + body[21:35])


def td1(surname="GARCIA", given="LUCIA", number="C01X00T47", state="ESP", birth="900101", sex="F",
        expiry="300101", optional1="", optional2=""):  # fmt: skip
    number_field, optional_field = _number_fields(number, optional1, 15)
    line1 = f"I<{state}{number_field}{optional_field}"
    middle = f"{birth}{check_digit(birth)}{sex}{expiry}{check_digit(expiry)}{state}{optional2.ljust(11, '<')}"
    line2 = middle + check_digit(line1[5:30] + middle[0:7] + middle[8:15] + middle[18:29])
    return line1, line2, f"{surname}<<{given.replace(' ', '<')}".ljust(30, "<")[:30]


def test_check_digit_of_the_specimen_fields():
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"


def test_specimen_parses_with_every_field():
    result = parse(*SPECIMEN, today=TODAY)
    assert result.valid, result.errors
    assert result.certain and result.uncertain == []
    assert (result.surname, result.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert result.document_number == "L898902C3"
    assert result.birth_date == "1974-08-12" and result.expiry_date == "2012-04-15"
    assert result.sex == "F" and result.format == "TD3"
    assert {"valid": True, "certain": True, "uncertain": []}.items() <= result.as_dict().items()


@pytest.mark.parametrize(
    ("position", "field"),
    [(9, "document_number"), (19, "birth_date"), (27, "expiry_date"), (42, "personal_number"), (43, "composite")],
)
def test_each_wrong_check_digit_is_named(position, field):
    line2 = list(SPECIMEN[1])
    line2[position] = str((int(line2[position]) + 1) % 10)
    result = parse(SPECIMEN[0], "".join(line2), today=TODAY)
    assert field in result.error_fields()
    assert not result.certain


def test_illegal_character_and_wrong_length_are_reported():
    result = parse(SPECIMEN[0], SPECIMEN[1][:-1] + "?", today=TODAY)
    assert [e.code for e in result.errors] == ["illegal_character"]
    assert "position 44" in result.errors[0].message
    result = parse(SPECIMEN[0], SPECIMEN[1][:40], today=TODAY)
    assert [e.code for e in result.errors] == ["wrong_length"]


def test_a_card_line_missing_is_an_unknown_format():
    result = parse(*TD1_SPECIMEN[:2], today=TODAY)
    assert [e.code for e in result.errors] == ["unknown_format"] and result.format == ""


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


def test_visa_sticker_mrv_b_parses_without_a_composite_check():
    line1 = "V<CHNSILVA<<JOAO".ljust(36, "<")
    number, birth, expiry = "E98765432", "881224", "270630"
    line2 = f"{number}{check_digit(number)}BRA{birth}{check_digit(birth)}M{expiry}{check_digit(expiry)}".ljust(36, "<")
    result = parse(line1, line2, today=TODAY)
    assert result.valid, result.errors
    assert result.format == "MRV-B" and result.nationality_country == "BR" and result.given_names == "JOAO"


@pytest.mark.parametrize("code", ["I<", "AC", "C<"])
def test_other_documents_of_passport_size_are_td3(code):
    result = parse(*td3(code=code), today=TODAY)
    assert result.valid, result.errors
    assert result.format == "TD3" and result.document_type == code.replace("<", "")


def test_td2_identity_card_specimen_parses():
    result = parse(*TD2_SPECIMEN, today=TODAY)
    assert result.valid, result.errors
    assert (result.format, result.document_type, result.document_number) == ("TD2", "I", "D23145890")
    assert (result.surname, result.given_names, result.birth_date) == ("ERIKSSON", "ANNA MARIA", "1974-08-12")


def test_td1_residence_card_specimen_parses_from_three_lines():
    result = parse_lines(list(TD1_SPECIMEN), today=TODAY)
    assert result.valid, result.errors
    assert (result.format, result.document_number, result.nationality) == ("TD1", "D23145890", "UTO")
    assert (result.surname, result.given_names, result.sex) == ("ERIKSSON", "ANNA MARIA", "F")
    assert result.expiry_date == "2012-04-15"
    assert parse(*TD1_SPECIMEN, today=TODAY) == result


def test_td1_long_document_number_goes_on_in_the_optional_field():
    # Doc 9303 part 5: "D23145890734" with its check digit 9 after the continuation.
    lines = ("I<UTOD23145890<7349<<<<<<<<<<<", TD1_SPECIMEN[1], TD1_SPECIMEN[2])
    result = parse(*lines, today=TODAY)
    assert result.valid, result.errors
    assert result.document_number == "D23145890734" and result.optional_data == ""
    wrong = parse(lines[0].replace("7349", "7348"), *lines[1:], today=TODAY)
    assert {"document_number", "composite"} <= wrong.error_fields()


def test_td2_long_document_number_goes_on_in_the_optional_field():
    result = parse(*td2(number="AB12345678901"), today=TODAY)
    assert result.valid, result.errors
    assert result.document_number == "AB12345678901"


@pytest.mark.parametrize(
    ("line", "position", "field"),
    [(0, 14, "document_number"), (1, 6, "birth_date"), (1, 14, "expiry_date"), (1, 29, "composite")],
)
def test_each_wrong_td1_check_digit_is_named(line, position, field):
    lines = [list(text) for text in TD1_SPECIMEN]
    lines[line][position] = str((int(lines[line][position]) + 1) % 10)
    result = parse(*("".join(text) for text in lines), today=TODAY)
    assert field in result.error_fields()


@pytest.mark.parametrize(
    ("position", "field"), [(9, "document_number"), (19, "birth_date"), (27, "expiry_date"), (35, "composite")]
)
def test_each_wrong_td2_check_digit_is_named(position, field):
    line2 = list(TD2_SPECIMEN[1])
    line2[position] = str((int(line2[position]) + 1) % 10)
    assert field in parse(TD2_SPECIMEN[0], "".join(line2), today=TODAY).error_fields()


def test_td1_optional_data_is_covered_by_the_composite_check():
    lines = td1(optional1="X1234", optional2="Q99")
    assert parse(*lines, today=TODAY).optional_data == "X1234 Q99"
    altered = (lines[0].replace("X1234", "X1235"), *lines[1:])
    assert parse(*altered, today=TODAY).error_fields() == {"composite"}


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        (td3(surname="TANAKA2"), "surname"),
        (td3(given="HIROSH1"), "given_names"),
        (td1(surname="GARC1A"), "surname"),
    ],
)
def test_a_name_with_a_digit_is_refused(lines, field):
    result = parse(*lines, today=TODAY)
    assert [(e.code, e.field) for e in result.errors] == [("digit_in_name", field)]
    assert not result.certain


def test_a_sex_other_than_m_f_or_filler_is_refused():
    assert parse(*td3(sex="<"), today=TODAY).sex == "X"
    result = parse(*td3(sex="K"), today=TODAY)
    assert ("invalid_sex", "sex") in {(e.code, e.field) for e in result.errors}
    assert result.sex == "" and not result.valid


def test_dates_resolve_birth_to_the_past_and_expiry_near_today():
    result = parse(*td3(birth="300101", expiry="350101"), today=TODAY)
    assert result.birth_date == "1930-01-01" and result.expiry_date == "2035-01-01"


def test_a_child_born_in_2015_is_not_a_centenarian():
    result = parse(*td3(birth="150101", expiry="250101"), today=TODAY)
    assert result.birth_date == "2015-01-01" and result.expiry_date == "2025-01-01"


def test_a_holder_born_in_30_whose_passport_expires_in_2031_was_born_in_1930():
    result = parse(*td3(birth="300101", expiry="310601"), today=TODAY)
    assert result.birth_date == "1930-01-01" and result.expiry_date == "2031-06-01"


def test_birth_precedes_the_issue_date_when_it_is_known():
    lines = td3(birth="250101", expiry="340101")
    assert parse(*lines, today=TODAY).birth_date == "2025-01-01"
    assert parse(*lines, today=TODAY, issued=datetime.date(2024, 6, 1)).birth_date == "1925-01-01"


def test_ocr_confusions_are_repaired_by_the_check_digits():
    line1, line2 = td3(number="TK1234567", birth="850314", expiry="300109")
    misread = line2.replace("850314", "85O3I4").replace("TK1", "TKI")
    assert not parse(line1, misread, today=TODAY).valid
    repaired = repair(line1, misread, today=TODAY)
    assert repaired.valid, repaired.errors
    assert repaired.certain, repaired.uncertain
    assert repaired.document_number == "TK1234567" and repaired.birth_date == "1985-03-14"


@pytest.mark.parametrize("read_as", ["AA0000000", "AAOOOOOOO", "AAO0O0O0O"])
def test_a_number_several_readings_pass_is_uncertain_never_invented(read_as):
    line1, line2 = td3(number="AA0000000")
    result = repair(line1, line2.replace("AA0000000", read_as), today=TODAY)
    assert result.valid and not result.certain
    assert result.uncertain == ["document_number"]


def test_a_number_read_right_stays_as_read_among_several_passing_readings():
    line1, line2 = td3(number="AA0000000")
    result = repair(line1, line2, today=TODAY)
    assert result.document_number == "AA0000000"


def test_a_visa_optional_field_without_check_digit_is_uncertain_when_ambiguous():
    line1 = "V<CHNKIM<<MINJUN".ljust(44, "<")
    number, birth, expiry = "X34679473", "900101", "270630"
    line2 = f"{number}{check_digit(number)}KOR{birth}{check_digit(birth)}M{expiry}{check_digit(expiry)}AB10"
    result = repair(line1, line2.ljust(44, "<"), today=TODAY)
    assert result.valid and result.uncertain == ["optional_data"]


def test_a_digit_read_in_a_name_is_folded_to_a_letter_but_not_certain():
    line1, line2 = td3(surname="SATO")
    result = repair(line1.replace("SATO", "5ATO"), line2, today=TODAY)
    assert result.valid and result.surname == "SATO"
    assert result.uncertain == ["surname"]


def test_a_td1_card_read_with_confusions_is_repaired():
    lines = td1(number="C01X00T47")
    misread = (lines[0].replace("I<ESP", "1<E5P"), lines[1].replace("900101", "9OOIOI"), lines[2])
    result = repair(*misread, today=TODAY)
    assert result.valid, result.errors
    assert (result.format, result.issuing_state, result.birth_date) == ("TD1", "ESP", "1990-01-01")


def test_a_search_cut_short_by_its_limit_proves_nothing():
    lines = td3(number="TK1234567")
    assert repair(*lines, today=TODAY).certain
    result = repair(*lines, today=TODAY, limit=2)
    assert result.valid and result.uncertain == ["document_number"]


def test_reading_that_no_candidate_repairs_keeps_its_errors():
    line1, line2 = td3()
    result = repair(line1, line2[:9] + "0" + line2[10:], today=TODAY)
    assert "document_number" in result.error_fields() and not result.certain


names = st.text(LETTERS, min_size=1, max_size=12)
births = st.dates(datetime.date(1930, 1, 1), datetime.date(2020, 12, 31)).map(lambda day: day.strftime("%y%m%d"))
expiries = st.dates(datetime.date(2027, 1, 1), datetime.date(2060, 12, 31)).map(lambda day: day.strftime("%y%m%d"))
sexes = st.sampled_from("MF<")


@st.composite
def documents(draw):
    """Any well-formed TD3, TD2 or TD1 document, with what each field must read back as."""
    kind = draw(st.sampled_from(["TD3", "TD2", "TD1"]))
    person = {
        "surname": draw(names),
        "given": draw(names),
        "birth": draw(births),
        "sex": draw(sexes),
        "expiry": draw(expiries),
    }
    expected = {"surname": person["surname"], "given_names": person["given"], "format": kind}
    if kind == "TD3":
        number, personal = draw(st.text(ALNUM, min_size=1, max_size=9)), draw(st.text(ALNUM, max_size=14))
        lines = td3(number=number, state="KOR", personal=personal, **person)
        expected["optional_data"] = personal
    elif kind == "TD2":
        number = draw(st.text(ALNUM, min_size=1, max_size=15))
        optional = "" if len(number) > 9 else draw(st.text(ALNUM, max_size=7))
        lines = td2(number=number, optional=optional, **person)
        expected["optional_data"] = optional
    else:
        number = draw(st.text(ALNUM, min_size=1, max_size=23))
        optional1 = "" if len(number) > 9 else draw(st.text(ALNUM, max_size=15))
        optional2 = draw(st.text(ALNUM, max_size=11))
        lines = td1(number=number, optional1=optional1, optional2=optional2, **person)
        expected["optional_data"] = " ".join(part for part in (optional1, optional2) if part)
    expected["document_number"] = number
    expected["birth_date"] = parse(*lines, today=TODAY).birth_date
    return lines, expected, person


@given(documents())
def test_any_well_formed_document_parses_back_to_its_fields(document):
    lines, expected, person = document
    result = parse(*lines, today=TODAY)
    assert result.valid and result.certain, result.errors
    assert {name: getattr(result, name) for name in expected} == expected
    century = "19" if int(person["birth"][:2]) >= 30 else "20"
    assert result.birth_date == f"{century}{person['birth'][:2]}-{person['birth'][2:4]}-{person['birth'][4:]}"
    assert result.expiry_date == f"20{person['expiry'][:2]}-{person['expiry'][2:4]}-{person['expiry'][4:]}"


FIELDS = ("format", "document_type", "issuing_state", "surname", "given_names", "document_number", "nationality",
          "birth_date", "sex", "expiry_date", "optional_data")  # fmt: skip


@settings(max_examples=300)
@given(documents(), st.data())
def test_ocr_confusions_never_give_a_certain_wrong_field(document, data):
    lines, expected, _ = document
    truth = parse(*lines, today=TODAY)
    places = [(row, i) for row, line in enumerate(lines) for i, char in enumerate(line) if char in AMBIGUOUS]
    confused = data.draw(st.sets(st.sampled_from(places)) if places else st.just(set()))
    misread = [
        "".join(AMBIGUOUS[char] if (row, i) in confused else char for i, char in enumerate(line))
        for row, line in enumerate(lines)
    ]
    result = repair(*misread, today=TODAY)
    if result.certain:
        assert {name: getattr(result, name) for name in FIELDS} == {name: getattr(truth, name) for name in FIELDS}
