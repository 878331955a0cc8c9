"""What people type where a number is expected: Unicode digits that int() refuses or reads, and numbers larger
than a database holds, are refused or sorted, never an error page."""

import pytest

from lianyang.core.crypto import blind_index
from lianyang.core.sorting import natural_key
from lianyang.core.text import LARGEST_ID, database_id
from lianyang.registration.intake import resident_id_is_valid
from lianyang.registration.mrz import check_digit


@pytest.mark.parametrize(
    ("typed", "id_"),
    [("42", 42), (" 7 ", 7), (str(LARGEST_ID), LARGEST_ID), (str(LARGEST_ID + 1), None), ("²", None),
     ("١٢", None), ("１２", None), ("-1", None), ("", None), (None, None), ("1e3", None)],
)  # fmt: skip
def test_only_ascii_digits_within_a_database_integer_are_ids(typed, id_):
    assert database_id(typed) == id_


def test_superscript_and_other_digits_sort_as_text():
    assert sorted(["10", "²", "2", "٣"], key=natural_key) == ["2", "٣", "10", "²"]


def test_a_superscript_in_a_typed_mrz_or_id_number_is_no_digit():
    assert check_digit("12²") == check_digit("12<")
    assert not resident_id_is_valid("11010519491231002²")


def test_a_full_width_document_number_is_kept_and_found_as_ascii(station_a):
    from tests.factories import make_passport, make_resident

    document = make_passport(make_resident(station_a), number="ＸＡ１２３４５６７")
    assert document.number == "XA1234567"
    assert blind_index("XA1234567") == blind_index("ｘａ１２３４５６７") == document.number_index


@pytest.mark.parametrize("name", ["\u202e\u200b", "KIM\u202eNIM", "LEE\u200b"])
def test_names_with_invisible_or_reversing_characters_are_refused(station_a, name):
    from django.core.exceptions import ValidationError

    from lianyang.people.models import Resident
    from tests.factories import make_resident

    with pytest.raises(ValidationError) as refused:
        make_resident(station_a, surname=name)
    assert "surname" in refused.value.message_dict
    assert not Resident.objects.filter(surname__contains="\u200b").exists()
