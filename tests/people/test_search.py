"""Finding residents by any name in any script, and by document number."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from lianyang.audit.models import AuditEvent
from lianyang.people.models import Resident
from lianyang.people.services import resident_search_key
from tests.factories import make_passport, make_resident


@pytest.fixture
def residents(station_a):
    return [make_resident(station_a, i) for i in range(8)]


def _names_found(client, query):
    response = client.get(reverse("people:resident_list"), {"q": query})
    assert response.status_code == 200
    return {row["passport_name"].split()[0] for row in response.context["residents"]}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "surname"),
    [
        ("muller", "MUELLER"),
        ("mueller", "MUELLER"),
        ("Müller", "MUELLER"),
        ("김민준", "KIM"),
        ("gimminjun", "KIM"),
        ("kim minjun", "KIM"),
        ("minjun kim", "KIM"),
        ("田中", "TANAKA"),
        ("tanaka", "TANAKA"),
        ("Иванова", "IVANOVA"),
        ("ivanova", "IVANOVA"),
        ("أميرة", "HASSAN"),
        ("史密斯", "SMITH"),
        ("shimisi", "SMITH"),
        ("joão", "SILVA"),
        ("joao silva", "SILVA"),
    ],
)
def test_officer_finds_a_resident_by_any_name_in_any_script(client_for, officer_a, residents, query, surname):
    assert surname in _names_found(client_for(officer_a), query)


@pytest.mark.django_db
def test_search_does_not_find_other_station_residents(client_for, officer_b, residents):
    assert _names_found(client_for(officer_b), "tanaka") == set()


@pytest.mark.django_db
def test_search_by_document_number_is_exact_and_audited(client_for, officer_a, residents):
    make_passport(residents[0], number="TK1234567")
    client = client_for(officer_a)
    url = reverse("people:find_by_document")
    found = client.post(url, {"number": "tk 1234567"})
    assert [r.pk for r in found.context["residents"]] == [residents[0].pk]
    assert client.post(url, {"number": "TK123456"}).context["residents"] == []
    assert AuditEvent.objects.filter(actor=officer_a, action="search").count() == 2


@pytest.mark.django_db
def test_document_number_typed_in_the_main_search_box_finds_its_holder(client_for, officer_a, residents):
    make_passport(residents[2], number="C01X00T47")
    client = client_for(officer_a)
    before = AuditEvent.objects.filter(action="search").count()
    assert _names_found(client, "c01x 00t47") == {"MUELLER"}
    event = AuditEvent.objects.filter(action="search").order_by("-id").first()
    assert AuditEvent.objects.filter(action="search").count() == before + 1
    assert event.actor == officer_a and event.fields == ["number"] and event.object_id == str(residents[2].pk)


@pytest.mark.django_db
def test_document_number_in_the_main_box_never_finds_another_station_s_holder(client_for, officer_b, residents):
    make_passport(residents[2], number="C01X00T47")
    assert _names_found(client_for(officer_b), "C01X00T47") == set()


@pytest.mark.django_db
def test_a_name_search_is_not_audited_as_a_document_search(client_for, officer_a, residents):
    _names_found(client_for(officer_a), "tanaka")
    assert not AuditEvent.objects.filter(action="search").exists()


@pytest.mark.django_db
def test_rows_tell_namesakes_apart_by_birth_date_nationality_and_compound(client_for, officer_a, station_a):
    import datetime

    make_resident(station_a, 1, birth_date=datetime.date(1990, 1, 2))
    make_resident(station_a, 1, birth_date=datetime.date(1971, 11, 30), nationality="KP")
    page = client_for(officer_a).get(reverse("people:resident_list"), {"q": "kim minjun"}).content.decode()
    assert "1990-01-02" in page and "1971-11-30" in page
    assert "South Korea" in page and "North Korea" in page
    assert "测试小区" in page and "Date of birth" in page


KOREANS = [
    ("LEE", "SANGCHUL", "이상철"),
    ("PARK", "JISOO", "박지수"),
    ("CHOI", "MINHO", ""),
    ("JUNG", "HAEIN", "정해인"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "surname"),
    [
        ("Lee", "LEE"),
        ("Yi", "LEE"),
        ("Rhee", "LEE"),
        ("I Sangcheol", "LEE"),
        ("Yi Sang-cheol", "LEE"),
        ("Sang-chul", "LEE"),
        ("sangcheol", "LEE"),
        ("Pak", "PARK"),
        ("Bak Jisu", "PARK"),
        ("Choe Min-ho", "CHOI"),
        ("Jeong", "JUNG"),
        ("Chung Hae-in", "JUNG"),
        ("Gim Minjun", "KIM"),
    ],
)
def test_korean_romanisations_find_each_other(client_for, officer_a, station_a, residents, query, surname):
    for surname_, given, native in KOREANS:
        make_resident(station_a, 1, surname=surname_, given_names=given, native_name=native, chinese_name="")
    assert surname in _names_found(client_for(officer_a), query)


@pytest.mark.django_db
def test_one_korean_surname_does_not_find_another(client_for, officer_a, station_a, residents):
    for surname, given, native in KOREANS:
        make_resident(station_a, 1, surname=surname, given_names=given, native_name=native, chinese_name="")
    assert _names_found(client_for(officer_a), "Park") == {"PARK"}
    assert _names_found(client_for(officer_a), "Choi") == {"CHOI"}


@pytest.mark.django_db
def test_search_by_document_number_is_never_in_a_url(client_for, officer_a, residents):
    make_passport(residents[0], number="TK1234567")
    response = client_for(officer_a).get(reverse("people:find_by_document"), {"number": "TK1234567"})
    assert response.context["residents"] is None
    assert 'form method="post"' in response.content.decode()


@pytest.mark.django_db
def test_filters_by_nationality_status_and_expiring_permits(client_for, officer_a, residents):
    import datetime

    from django.utils import timezone

    from tests.factories import make_permit

    soon = timezone.localdate() + datetime.timedelta(days=20)
    make_permit(residents[1], number="Z0000001", valid_from=timezone.localdate(), valid_until=soon)
    client = client_for(officer_a)
    by_nation = client.get(reverse("people:resident_list"), {"nationality": "JP"}).context["residents"]
    assert [row["passport_name"].split()[0] for row in by_nation] == ["TANAKA"]
    expiring = client.get(reverse("people:resident_list"), {"expiring": "30"}).context["residents"]
    assert [row["passport_name"].split()[0] for row in expiring] == ["KIM"]
    none_moved = client.get(reverse("people:resident_list"), {"status": "moved_away"}).context["residents"]
    assert none_moved == []


@pytest.mark.django_db
def test_nationality_list_is_read_once_a_minute_per_station(officer_a, officer_b, residents, django_assert_num_queries):
    import datetime

    import time_machine

    from lianyang.people.selectors import nationalities_of

    with time_machine.travel(datetime.datetime(2026, 5, 1, 9, 0, tzinfo=datetime.UTC), tick=False) as clock:
        first = set(nationalities_of(actor=officer_a))
        assert "JP" in first
        with django_assert_num_queries(0):
            assert set(nationalities_of(actor=officer_a)) == first
        assert nationalities_of(actor=officer_b) == []  # another station, its own list
        make_resident(residents[0].station, 0, nationality="IS")
        assert "IS" not in nationalities_of(actor=officer_a)
        clock.shift(datetime.timedelta(seconds=61))
        assert "IS" in nationalities_of(actor=officer_a)


@pytest.mark.django_db
def test_residents_saved_before_the_korean_keys_are_found_after_the_upgrade(client_for, officer_a, station_a):
    """The data migration recomputes the keys of residents saved by an older version."""
    kim = make_resident(station_a, 1)
    Resident.objects.filter(pk=kim.pk).update(search_key="kim minjun minjun kim")
    migration = importlib.import_module("lianyang.people.migrations.0003_refresh_search_keys")
    migration.refresh_search_keys(django_apps, None)
    assert Resident.objects.get(pk=kim.pk).search_key == resident_search_key(kim)
    page = client_for(officer_a).get(reverse("people:resident_list"), {"q": "gim min-jun"}).content.decode()
    assert "MINJUN" in page
