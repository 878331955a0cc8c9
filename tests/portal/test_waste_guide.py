"""The waste guide on the portal: a resident types an item in any language and sees its bin (`data-category`), the
note, what it matched, a guess said as one, "when unsure, dry waste" with a link to ask the station, and their
compound's drop-off windows; a visitor picks a compound, remembered in the session; bad input is a 400."""

import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.urls import reverse
from pypdf import PdfReader

from lianyang.people.models import Household, Resident
from tests.civic.guide_portal_factories import compound_of, make_guide_items, set_windows

pytestmark = pytest.mark.django_db

CATEGORY = re.compile(r'data-category="(\w+)"')


@pytest.fixture(autouse=True)
def guide():
    return make_guide_items()


def _categories(body: str) -> list[str]:
    return CATEGORY.findall(body)


def _look_up(client, query: str, language: str = "en", **more):
    return client.get(f"/{language}/waste/", {"q": query, **more})


@pytest.mark.parametrize(
    ("language", "query", "category", "name"),
    [
        ("en", "bubble tea cup", "dry", "bubble tea cup"),
        ("zh-hans", "奶茶杯", "dry", "奶茶杯"),
        ("ja", "タピオカの容器", "dry", "タピオカドリンクのカップ"),
        ("en", "Banana Peels", "wet", "banana peel"),
        ("fr", "bananna peel", "wet", "peau de banane"),
        ("ru", "батарейка-таблетка", "hazardous", "батарейка-таблетка"),
        ("ar", "جريدة", "recyclable", "جريدة"),
    ],
)
def test_an_item_in_any_language_shows_its_bin_note_and_name_in_the_page_s_language(
    client, language, query, category, name
):
    response = _look_up(client, query, language)
    body = response.content.decode()
    assert response.status_code == 200
    assert _categories(body)[0] == category
    assert f"<h3>{name}</h3>" in body
    assert "Not sure" not in body


def test_the_answer_says_the_bin_its_chinese_sign_colour_note_and_what_matched(client):
    body = _look_up(client, "タピオカの容器").content.decode()
    assert "Dry waste (residual waste)" in body and "干垃圾" in body and "Black bin" in body
    assert "Put it out in a tied bag." in body
    assert "<h3>bubble tea cup</h3>" in body and "Found by the name “タピオカの容器”." in body
    assert 'class="bin bin-dry"' in body  # the black bin's pictogram


def test_a_guess_is_said_to_be_one_with_when_unsure_dry_waste(client):
    body = _look_up(client, "banana").content.decode()
    assert _categories(body)[0] == "wet"
    assert "Not sure: the closest item we know is “banana peel”. When unsure, put it in dry waste." in body
    assert reverse("requests:ask") in body


def test_an_unknown_item_says_dry_waste_and_links_to_asking_the_station_prefilled(client):
    body = _look_up(client, "xylophone spaceship").content.decode()
    assert not _categories(body)
    assert "We do not know this item yet. When unsure, put it in dry waste." in body
    link = re.search(r'href="(/en/requests/ask/\?[^"]+)"', body).group(1).replace("&amp;", "&")
    query = parse_qs(urlsplit(link).query)
    assert query == {"category": ["waste"], "subject": ["Which bin does “xylophone spaceship” go in?"]}


def test_the_ask_form_shows_the_prefill_and_takes_only_a_known_category(client, resident_user):
    client.force_login(resident_user)
    subject = "Which bin does “xylophone spaceship” go in?"
    body = client.get("/en/requests/ask/", {"category": "waste", "subject": subject}).content.decode()
    assert '<option value="waste" selected>' in body
    assert 'value="Which bin does “xylophone spaceship” go in?"' in body
    body = client.get("/en/requests/ask/", {"category": "bogus", "subject": "x" * 500}).content.decode()
    assert '<option value="" selected>' in body and 'value="waste" selected' not in body
    assert f'value="{"x" * 150}"' in body


@pytest.mark.parametrize("query", ["x" * 101, "塑" * 5000])
def test_an_over_long_query_is_a_400_with_the_message_and_no_answer(client, query):
    response = _look_up(client, query, "en")
    body = response.content.decode()
    assert response.status_code == 400
    assert "Type at most 100 characters: the name of one item." in body
    assert "waste-result" not in body and f'value="{query}"' not in body


def test_without_a_query_the_four_bins_are_shown_in_shanghai_s_order(client):
    body = client.get("/en/waste/").content.decode()
    assert _categories(body) == ["recyclable", "hazardous", "wet", "dry"]
    for sign in ("可回收物", "有害垃圾", "湿垃圾", "干垃圾"):
        assert sign in body
    assert "autofocus" in body and 'inputmode="search"' in body


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_page_renders_in_every_interface_language(client, language):
    for params in ({}, {"q": "bubble tea cup"}, {"q": "xylophone spaceship"}):
        response = client.get(f"/{language}/waste/", params)
        assert response.status_code == 200
        assert f'<html lang="{language}"' in response.content.decode()


def test_a_logged_in_resident_sees_their_own_compound_s_windows(client, resident_user, resident_a, station_a):
    set_windows(compound_of(station_a), "17:30-20:30", "06:30-08:30")
    client.force_login(resident_user)
    body = _look_up(client, "タピオカの容器", "ja").content.decode()
    compound = compound_of(station_a)
    assert _categories(body)[0] == "dry"
    assert re.search(r"06:30–08:30</li><li[^>]*>17:30–20:30", body)
    assert compound.name_en in body
    assert 'name="compound"' not in body  # their own compound: no picker
    assert f"/ja/waste/poster/{compound.pk}/" in body


def test_a_resident_without_an_address_of_their_own_sees_their_household_s_compound(
    client, resident_user, resident_a, station_a
):
    compound = compound_of(station_a)
    set_windows(compound, "07:00-09:00")
    household = Household.objects.create(station=station_a, address=resident_a.address)
    Resident.objects.filter(pk=resident_a.pk).update(address=None, household=household)
    client.force_login(resident_user)
    body = _look_up(client, "banana peel").content.decode()
    assert "07:00–09:00" in body and compound.name_en in body
    assert 'name="compound"' not in body


def test_a_compound_without_windows_says_not_set_yet_and_invents_no_times(client, resident_user):
    client.force_login(resident_user)
    body = client.get("/en/waste/").content.decode()
    assert "Not set yet: ask the property management." in body
    assert not re.search(r"\d\d:\d\d–\d\d:\d\d", body)


def test_a_visitor_picks_a_compound_and_it_is_remembered(client, station_a, station_b):
    compound = compound_of(station_a)
    set_windows(compound, "06:30-08:30")
    body = client.get("/en/waste/").content.decode()
    assert "Choose your compound to see them." in body
    assert compound.name_en in body and compound_of(station_b).name_en in body  # every station's compounds
    assert "06:30–08:30" in client.get("/en/waste/", {"compound": compound.pk}).content.decode()
    assert "06:30–08:30" in _look_up(client, "banana peel").content.decode()


@pytest.mark.parametrize("value", ["999999", "abc", "-1", "99999999999999999999", "１２", "\u202e"])
def test_an_unknown_compound_is_ignored(client, value):
    response = client.get("/en/waste/", {"compound": value, "q": "banana peel"})
    assert response.status_code == 200
    assert "Choose your compound to see them." in response.content.decode()


def test_the_portal_links_to_the_guide(client):
    assert 'href="/en/waste/"' in client.get("/en/").content.decode()


def test_anyone_downloads_a_compound_s_poster_in_the_page_s_language(client, station_a):
    compound = compound_of(station_a)
    response = client.get(reverse("waste:poster", args=[compound.pk]).replace("/en/", "/ja/"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert f"waste-poster-{compound.pk}-ja.pdf" in response["Content-Disposition"]
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "タピオカドリンクのカップ" in text
    assert client.get("/en/waste/poster/999999/").status_code == 404


def test_a_search_costs_a_resident_four_small_queries_whatever_the_guide_s_size(
    client, resident_user, station_a, django_assert_max_num_queries
):
    """The session, the account with its resident (as the login reads it), their compound, the compound's windows:
    the search itself reads no table (its index is in memory), and no query joins the address's whole chain."""
    set_windows(compound_of(station_a), "06:30-08:30")
    client.force_login(resident_user)
    _look_up(client, "banana peel")  # the index is built once per process
    with django_assert_max_num_queries(4) as captured:
        response = _look_up(client, "bubbel tea cups", "ja")
    assert _categories(response.content.decode())[0] == "dry"
    assert len(captured) == 4, [query["sql"] for query in captured]
    # The resident's compound is read alone, not through the account's record with its whole address (seven
    # joins, which PostgreSQL took longer to plan than the page takes to draw).
    assert not any("community_residentialarea" in query["sql"] for query in captured)
