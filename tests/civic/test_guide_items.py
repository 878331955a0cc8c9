"""The guide's items: the shipped list loads once and never overwrites the head's corrections; only a station head
adds or corrects an item, audited, and the search sees it at once; officers read the list; bad input (a name of
5,000 characters, a name another item has, no Chinese name) is refused with a message and changes nothing."""

import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse

from lianyang.audit.models import AuditEvent
from lianyang.civic.guide import starter
from lianyang.civic.guide.search import guide_search
from lianyang.civic.guide.services import waste_item_save
from lianyang.civic.guide.starter import shipped_items, shipped_items_problems, waste_guide_load
from lianyang.civic.models import WasteItem
from tests.conftest import login_staff

pytestmark = pytest.mark.django_db

NAMES = {"en": ["hot pot fuel gel", "chafing fuel"], "zh-hans": ["火锅固体酒精"], "ja": ["固形燃料"]}


def _save(actor, item=None, **overrides):
    values = {"key": "fuel-gel", "category": "hazardous", "how": "keep-packed", "source": "city-guide"}
    values |= {"names": NAMES} | overrides
    return waste_item_save(actor=actor, item=item, **values)


def test_the_shipped_list_is_whole_and_consistent():
    items = shipped_items()
    assert shipped_items_problems(items) == []
    assert len(items) >= 300


def test_loading_adds_each_item_once_and_keeps_the_heads_corrections(head_a):
    added = waste_guide_load()
    assert added == WasteItem.objects.count() >= 300
    bag = WasteItem.objects.get(key="bubble-tea-cup")
    names = bag.names | {"en": ["bubble tea cup", "milk tea cup"]}
    waste_item_save(actor=head_a, item=bag, key=bag.key, category="dry", how="drain", source=bag.source, names=names)
    assert waste_guide_load() == 0
    bag.refresh_from_db()
    assert bag.how == "drain" and bag.names["en"] == ["bubble tea cup", "milk tea cup"]


def test_the_command_loads_and_says_how_many(capsys):
    call_command("waste_guide_load")
    assert f"{WasteItem.objects.count()} items added" in capsys.readouterr().out


def test_a_list_with_a_name_in_two_categories_is_refused_whole(tmp_path, monkeypatch):
    items = shipped_items()[:2]
    items[1] = json.loads(json.dumps(items[1])) | {"category": "wet" if items[0]["category"] != "wet" else "dry"}
    items[1]["names"]["en"].append(items[0]["names"]["en"][0].upper())
    (tmp_path / "all.json").write_text(json.dumps(items), encoding="utf-8")
    monkeypatch.setattr(starter, "FOLDER", tmp_path)
    with pytest.raises(ValidationError) as refusal:
        waste_guide_load()
    assert items[0]["key"] in refusal.value.messages[0] and items[1]["key"] in refusal.value.messages[0]
    assert not WasteItem.objects.exists()


def test_a_list_with_an_unknown_note_or_a_missing_language_is_refused(tmp_path, monkeypatch):
    items = json.loads(json.dumps(shipped_items()[:1]))
    items[0]["how"] = "burn-it"
    del items[0]["names"]["ko"]
    problems = shipped_items_problems(items)
    assert len(problems) == 2 and any("burn-it" in problem for problem in problems)


def test_the_head_adds_an_item_audited_and_the_search_finds_it_at_once(head_a, django_capture_on_commit_callbacks):
    assert guide_search("chafing fuel", "en").found == ()
    with django_capture_on_commit_callbacks(execute=True):
        item = _save(head_a)
    event = AuditEvent.objects.get(object_type="civic.wasteitem", object_id=str(item.pk))
    assert event.action == "create" and event.actor_id == head_a.pk and "names" in event.fields
    found = guide_search("chafing fuels", "en").found
    assert found[0].key == "fuel-gel" and found[0].certain and found[0].category == "hazardous"


def test_the_heads_correction_names_the_changed_fields(head_a, django_capture_on_commit_callbacks):
    item = _save(head_a)
    assert not guide_search("gel combustible", "fr").found[0].certain
    with django_capture_on_commit_callbacks(execute=True):
        _save(head_a, item=item, category="dry", names=NAMES | {"fr": ["gel combustible"]})
    event = AuditEvent.objects.filter(action="update").get()
    assert event.fields == sorted(["category", "names", "names:fr"])
    found = guide_search("gel combustible", "fr").found[0]
    assert found.certain and found.category == "dry"


def test_an_officer_cannot_change_the_guide(officer_a):
    with pytest.raises(PermissionDenied):
        _save(officer_a)
    assert not WasteItem.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"names": NAMES | {"en": ["x" * 5000]}}, "at most 120 characters"),
        ({"names": {"en": ["fuel gel"]}}, "English and a Chinese name"),
        ({"category": "kitchen"}, "four categories"),
        ({"how": "burn-it"}, "notes"),
        ({"key": "Fuel Gel!"}, "key"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_changes(head_a, overrides, message):
    with pytest.raises(ValidationError) as refusal:
        _save(head_a, **overrides)
    assert message in " ".join(refusal.value.messages)
    assert not WasteItem.objects.exists() and not AuditEvent.objects.filter(object_type="civic.wasteitem").exists()


def test_a_name_another_item_has_is_refused(head_a):
    _save(head_a)
    with pytest.raises(ValidationError) as refusal:
        _save(head_a, key="other", names={"en": ["Chafing  Fuel"], "zh-hans": ["别的"]})
    assert "fuel-gel" in refusal.value.messages[0]
    assert WasteItem.objects.count() == 1


def test_officers_read_the_list_and_search_it(client, officer_a, head_a):
    _save(head_a)
    login_staff(client, officer_a)
    page = client.get(reverse("civic:guide_items")).content.decode()
    assert "hot pot fuel gel" in page and "火锅固体酒精" in page
    assert reverse("civic:guide_item_edit", args=[WasteItem.objects.get().pk]) not in page
    found = client.get(reverse("civic:guide_items"), {"q": "chafing fuels"}).content.decode()
    assert "hot pot fuel gel" in found and 'data-category="hazardous"' in found
    other = client.get(reverse("civic:guide_items"), {"category": "wet"}).content.decode()
    assert "hot pot fuel gel" not in other
    assert client.get(reverse("civic:guide_item_add")).status_code == 403


def test_a_long_search_on_the_list_is_a_message_not_an_error(client, officer_a):
    login_staff(client, officer_a)
    response = client.get(reverse("civic:guide_items"), {"q": "x" * 5000})
    assert response.status_code == 400 and "errorlist" in response.content.decode()


def test_the_head_corrects_an_item_through_the_form(client, head_a):
    item = _save(head_a)
    login_staff(client, head_a)
    edit = reverse("civic:guide_item_edit", args=[item.pk])
    assert "火锅固体酒精" in client.get(edit).content.decode()
    data = {"category": "dry", "how": "bagged", "source": "dry-list", "names_en": "fuel gel, chafing fuel"}
    data |= {"names_zh_hans": "火锅固体酒精\n固体酒精", "names_pt_br": "gel combustível"}
    response = client.post(edit, data)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.category == "dry" and item.names["zh-hans"] == ["火锅固体酒精", "固体酒精"]
    assert item.names["pt-br"] == ["gel combustível"] and "ja" not in item.names


def test_a_name_of_5000_characters_on_the_form_changes_nothing(client, head_a):
    item = _save(head_a)
    login_staff(client, head_a)
    data = {"category": "dry", "how": "bagged", "source": "dry-list", "names_en": "y" * 5000, "names_zh_hans": "火"}
    response = client.post(reverse("civic:guide_item_edit", args=[item.pk]), data)
    assert response.status_code == 400 and "at most 120 characters" in response.content.decode()
    item.refresh_from_db()
    assert item.category == "hazardous"


def test_the_head_adds_an_item_through_the_form(client, head_a):
    login_staff(client, head_a)
    data = {"key": "fuel-gel", "category": "hazardous", "how": "keep-packed", "source": "city-guide"}
    response = client.post(
        reverse("civic:guide_item_add"), data | {"names_en": "fuel gel", "names_zh_hans": "固体酒精"}
    )
    assert response.status_code == 302 and WasteItem.objects.get().names == {
        "en": ["fuel gel"],
        "zh-hans": ["固体酒精"],
    }
