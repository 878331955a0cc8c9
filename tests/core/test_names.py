import pytest
from hypothesis import given
from hypothesis import strategies as st

from lianyang.core.names import korean_keys, name_keys, query_keys, search_key


def _found(query, *names):
    key = search_key(*names)
    return any(k in key for k in query_keys(query))


def test_muller_found_as_muller_and_mueller():
    assert _found("muller", "Hanna Müller")
    assert _found("mueller", "Hanna Müller")
    assert _found("Müller", "MUELLER HANNA")


def test_korean_name_found_by_its_romanisation():
    assert _found("gimminjun", "김민준")
    assert _found("김민준", "김민준")


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("Lee", ("LEE SANGCHUL", "이상철")),
        ("Yi", ("LEE SANGCHUL",)),
        ("Rhee", ("I SANGCHEOL",)),
        ("I", ("RHEE SANGCHUL",)),
        ("Park", ("박지수",)),
        ("Pak", ("PARK JISOO",)),
        ("Bak", ("PAK JISU",)),
        ("Kim", ("GIM MINJUN",)),
        ("Gim", ("KIM MINJUN",)),
        ("Choi", ("CHOE MINHO",)),
        ("Choe", ("최민호",)),
        ("Jung", ("CHUNG MINHO",)),
        ("Jeong", ("JUNG MINHO",)),
        ("Chung", ("정민호",)),
        ("sangchul", ("LEE SANGCHEOL",)),
        ("Sang-chul", ("LEE SANGCHEOL",)),
        ("Sangcheol", ("LEE SANG-CHUL",)),
        ("Yi Sang-cheol", ("SANGCHUL LEE", "LEE SANGCHUL")),
    ],
)
def test_korean_romanisations_find_each_other(query, names):
    assert _found(query, *names)


@pytest.mark.parametrize(("query", "name"), [("Park", "KIM MINJUN"), ("Kim", "LEE SANGCHUL"), ("Choi", "JUNG MINHO")])
def test_one_korean_surname_does_not_find_another(query, name):
    assert not _found(query, name)


def test_names_that_are_not_korean_get_no_folded_keys():
    assert korean_keys("Hanna Müller") == set() and korean_keys("CHEN WEI") == set()
    assert not _found("Jen", "CHEN WEI")


def test_japanese_name_found_by_kanji_and_by_romanised_passport_name():
    assert _found("田中", "TANAKA HIROSHI", "田中 浩")
    assert _found("tanaka", "TANAKA HIROSHI", "田中 浩")


def test_chinese_name_found_by_pinyin():
    assert _found("wang xiaoming", "王小明")


def test_cyrillic_and_arabic_names_found_by_transliteration():
    assert _found("ivanova", "Ольга Иванова")
    assert _found("Иванова", "Ольга Иванова")
    assert "أميرة" in name_keys("أميرة حسن").pop() or _found("أميرة", "أميرة حسن")


def test_unrelated_name_is_not_found():
    assert not _found("schmidt", "Hanna Müller")


def test_empty_names_give_no_keys():
    assert name_keys("  ") == set()


@given(st.text(min_size=1, max_size=40))
def test_every_name_is_found_by_itself_as_typed(name):
    keys = query_keys(name)
    if keys:
        assert any(key in search_key(name) for key in keys)
