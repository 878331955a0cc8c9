"""The compounds' drop-off windows: the service's rules (the station's own staff, closes after it opens, no
overlap, at most four), the selectors, and the staff pages (every compound listed, the head edits)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from lianyang.audit.models import AuditEvent
from lianyang.civic.guide.windows import station_windows, windows_of, windows_said, windows_set
from lianyang.civic.models import DropOffWindow
from lianyang.community.models import Compound
from tests.civic.guide_portal_factories import compound_of, set_windows
from tests.factories import make_portal_account, make_staff

T = datetime.time
PAGE = reverse("civic:windows")
# The session and its user, the staff profile, the compounds, their windows.
QUERIES = 5


def _saved(compound) -> list[str]:
    return windows_said(windows_of(compound))


@pytest.mark.django_db
def test_the_head_sets_a_compound_s_windows_in_the_order_of_the_day_and_it_is_audited(head_a, station_a):
    compound = compound_of(station_a)
    windows_set(actor=head_a, compound=compound, windows=[(T(17, 30), T(20, 30)), (T(6, 30), T(8, 30))])
    assert _saved(compound) == ["06:30–08:30", "17:30–20:30"]
    event = AuditEvent.objects.get(object_type="civic.dropoffwindow")
    assert (event.actor_id, event.action, event.object_id, event.station_id) == (
        head_a.pk, "update", str(compound.pk), station_a.pk
    )  # fmt: skip


@pytest.mark.django_db
def test_an_officer_of_the_station_may_set_them_and_a_new_list_replaces_the_old(officer_a, station_a):
    compound = compound_of(station_a)
    set_windows(compound, "07:00-09:00", "18:00-20:00")
    windows_set(actor=officer_a, compound=compound, windows=[(T(6, 30), T(8, 30))])
    assert _saved(compound) == ["06:30–08:30"]
    windows_set(actor=officer_a, compound=compound, windows=[])
    assert _saved(compound) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("windows", "message"),
    [
        ([(T(8, 30), T(6, 30))], "A window closes after it opens: 08:30–06:30 is not a window."),
        ([(T(8, 0), T(8, 0))], "A window closes after it opens"),
        ([(T(6, 30), T(9, 0)), (T(8, 30), T(10, 0))], "The windows 06:30–09:00 and 08:30–10:00 overlap"),
        ([(T(h), T(h, 30)) for h in range(6, 11)], "A compound has at most 4 drop-off windows."),
        ([("06:30", "08:30")], "Please give each window's opening and closing time."),
    ],
)
def test_bad_windows_are_refused_with_a_message_and_nothing_changes(head_a, station_a, windows, message):
    compound = compound_of(station_a)
    set_windows(compound, "07:00-09:00")
    with pytest.raises(ValidationError) as refusal:
        windows_set(actor=head_a, compound=compound, windows=windows)
    assert message in " ".join(refusal.value.messages)
    assert _saved(compound) == ["07:00–09:00"]
    assert not AuditEvent.objects.filter(object_type="civic.dropoffwindow").exists()


@pytest.mark.django_db
def test_windows_that_touch_are_not_an_overlap(head_a, station_a):
    compound = compound_of(station_a)
    windows_set(actor=head_a, compound=compound, windows=[(T(6), T(8)), (T(8), T(9))])
    assert _saved(compound) == ["06:00–08:00", "08:00–09:00"]


@pytest.mark.django_db
def test_staff_of_another_station_a_resident_and_a_district_administrator_are_refused(
    station_a, officer_b, resident_user, district_admin
):
    compound = compound_of(station_a)
    for actor in (officer_b, resident_user, district_admin, make_staff(station_a, "police_liaison")):
        with pytest.raises(ValidationError, match="Only the station's officers can do this."):
            windows_set(actor=actor, compound=compound, windows=[(T(6, 30), T(8, 30))])
    assert not DropOffWindow.objects.exists()


@pytest.mark.django_db
def test_a_station_s_windows_are_read_in_one_query(station_a, station_b, django_assert_num_queries):
    compound = compound_of(station_a)
    second = Compound.objects.create(area=compound.area, name="第二小区", name_en="Second Garden", street_address="x")
    set_windows(compound, "17:30-20:30", "06:30-08:30")
    set_windows(second, "07:00-09:00")
    set_windows(compound_of(station_b), "05:00-06:00")
    with django_assert_num_queries(1):
        found = station_windows(station_a.pk)
    assert {pk: windows_said(windows) for pk, windows in found.items()} == {
        compound.pk: ["06:30–08:30", "17:30–20:30"],
        second.pk: ["07:00–09:00"],
    }


# --- The staff pages ----------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_officer_sees_every_compound_with_its_windows_or_not_set_yet_and_its_posters(
    client_for, officer_a, station_a, station_b
):
    compound = compound_of(station_a)
    bare = Compound.objects.create(area=compound.area, name="空小区", name_en="Bare Garden", street_address="x")
    set_windows(compound, "06:30-08:30", "17:30-20:30")
    body = client_for(officer_a).get(PAGE).content.decode()
    assert "06:30–08:30, 17:30–20:30" in body
    assert bare.name_en in body and "Not set yet: ask the property management." in body
    assert compound_of(station_b).name_en not in body
    for language in ("en", "zh-hans", "ja", "ar"):
        assert f'href="/{language}/waste/poster/{compound.pk}/"' in body
    assert reverse("civic:windows_edit", args=[compound.pk]) not in body  # the head edits


@pytest.mark.django_db
def test_the_head_edits_a_compound_s_windows_on_the_page(client_for, head_a, station_a):
    compound = compound_of(station_a)
    client = client_for(head_a)
    url = reverse("civic:windows_edit", args=[compound.pk])
    assert url in client.get(PAGE).content.decode()
    response = client.post(url, {"opens_1": "17:30", "closes_1": "20:30", "opens_2": "06:30", "closes_2": "08:30"})
    assert response.status_code == 302 and response.url == PAGE
    assert _saved(compound) == ["06:30–08:30", "17:30–20:30"]
    form = client.get(url).content.decode()
    assert 'value="06:30"' in form and 'value="20:30"' in form


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"opens_1": "20:30", "closes_1": "17:30"}, "A window closes after it opens"),
        ({"opens_1": "06:30"}, "Please give both the opening and the closing time, or leave the row empty."),
        ({"opens_1": "6:30", "closes_1": "9:00", "opens_2": "8:00", "closes_2": "10:00"}, "overlap"),
        ({"opens_1": "x" * 5000, "closes_1": "08:30"}, "Enter a valid time."),
        ({"opens_1": "25:00", "closes_1": "\x00"}, "Enter a valid time."),
    ],
)
def test_bad_windows_on_the_page_are_a_400_with_the_message_and_nothing_changes(
    client_for, head_a, station_a, data, message
):
    compound = compound_of(station_a)
    set_windows(compound, "07:00-09:00")
    response = client_for(head_a).post(reverse("civic:windows_edit", args=[compound.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _saved(compound) == ["07:00–09:00"]


@pytest.mark.django_db
def test_an_officer_cannot_edit_and_another_station_s_compound_is_not_found(
    client_for, officer_a, head_a, station_a, station_b
):
    url = reverse("civic:windows_edit", args=[compound_of(station_a).pk])
    assert client_for(officer_a).get(url).status_code == 403
    other = reverse("civic:windows_edit", args=[compound_of(station_b).pk])
    client = client_for(head_a)
    assert client.get(other).status_code == 404
    assert client.post(other, {"opens_1": "06:30", "closes_1": "08:30"}).status_code == 404
    assert not DropOffWindow.objects.exists()


@pytest.mark.django_db
def test_residents_and_visitors_do_not_reach_the_staff_pages(client, resident_a):
    assert client.get(PAGE).status_code == 302
    client.force_login(make_portal_account(resident_a, "waste@example.com"))
    assert client.get(PAGE).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [5, 50])
def test_the_list_takes_the_same_queries_for_5_and_50_compounds(
    client_for, officer_a, station_a, django_assert_max_num_queries, rows
):
    area = compound_of(station_a).area
    for index in range(rows - 1):
        extra = Compound.objects.create(area=area, name=f"小区{index}", name_en=f"Garden {index}", street_address="x")
        set_windows(extra, "06:30-08:30")
    client = client_for(officer_a)
    client.get(PAGE)
    with django_assert_max_num_queries(QUERIES) as captured:
        response = client.get(PAGE)
    assert response.status_code == 200
    assert f"Garden {rows - 2}" in response.content.decode()
    assert len(captured) == QUERIES, [query["sql"] for query in captured]
