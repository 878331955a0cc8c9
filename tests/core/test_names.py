from hypothesis import given
from hypothesis import strategies as st

from lianyang.core.names import name_keys, query_keys, search_key


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
