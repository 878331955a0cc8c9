"""The head's service levels page: targets per category, the station's week, its calendar days."""

import datetime

import chinese_calendar
import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from lianyang.audit.models import AuditEvent
from lianyang.casework.levels import services
from lianyang.casework.levels.calendar import year_known
from lianyang.casework.levels.clock import clock_for
from lianyang.casework.models import CalendarDay, OpeningHours, ServiceLevel
from tests.factories import days_from_today

PAGE = reverse("casework:levels:page")
HOURS = reverse("casework:levels:hours")
DAYS = reverse("casework:levels:day_add")
T = datetime.time


def _levels_form(**overrides) -> dict:
    """The page's form as it comes filled in (the defaults), with `overrides` ("visas-warn_percent": 50…)."""
    from lianyang.casework.categories import Category

    data = {}
    for category in Category.values:
        data[f"{category}-first_response_hours"] = "8"
        data[f"{category}-resolution_hours"] = "40"
        data[f"{category}-warn_percent"] = "75"
    return {**data, **overrides}


def in_chinese(user):
    """The head reads the back office in Chinese (the refusals must come translated)."""
    user.language = "zh-hans"
    user.save(update_fields=["language"])
    return user


def _state(station) -> tuple:
    return (
        list(ServiceLevel.objects.filter(station=station).values_list("category", "first_response_minutes")),
        list(OpeningHours.objects.filter(station=station).values_list("weekday", "opens", "closes")),
        list(CalendarDay.objects.filter(station=station).values_list("date", "kind", "name")),
        AuditEvent.objects.count(),
    )


# Who may open it


@pytest.mark.django_db
def test_head_opens_the_page_with_defaults(client_for, head_a):
    response = client_for(head_a).get(PAGE)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="visas-first_response_hours"' in body and 'value="8"' in body and 'value="40"' in body
    assert "09:00-12:00, 13:00-17:30" in body


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["officer_a", "liaison_a", "district_admin"])
def test_other_staff_are_refused_every_page_and_change_nothing(request, client_for, station_a, who):
    client = client_for(request.getfixturevalue(who))
    day = CalendarDay.objects.create(station=station_a, date=days_from_today(10), kind="holiday", name="Local day")
    before = _state(station_a)
    remove = reverse("casework:levels:day_remove", args=[day.pk])
    assert client.get(PAGE).status_code == 403
    assert client.post(PAGE, _levels_form(**{"visas-first_response_hours": "2"})).status_code == 403
    assert client.post(HOURS, {"day_0": "08:00-10:00"}).status_code == 403
    assert (
        client.post(DAYS, {"date": days_from_today(20).isoformat(), "kind": "holiday", "name": "X"}).status_code == 403
    )
    assert client.get(remove).status_code == 403
    assert client.post(remove).status_code == 403
    assert _state(station_a) == before


@pytest.mark.django_db
def test_anonymous_is_sent_to_the_login_page(client):
    response = client.get(PAGE)
    assert response.status_code == 302 and response.url.startswith("/staff/login/")


@pytest.mark.django_db
def test_head_of_another_station_cannot_remove_this_stations_day(client_for, station_a, station_b):
    from tests.factories import make_staff

    day = CalendarDay.objects.create(station=station_a, date=days_from_today(10), kind="holiday", name="Local day")
    client = client_for(make_staff(station_b, "head", "head_b"))
    remove = reverse("casework:levels:day_remove", args=[day.pk])
    assert client.get(remove).status_code == 404
    assert client.post(remove).status_code == 404
    assert CalendarDay.objects.filter(pk=day.pk).exists()


@pytest.mark.django_db
def test_navigation_links_the_page_for_the_head_only(client_for, head_a, officer_a):
    assert PAGE in client_for(head_a).get(reverse("reports:home")).content.decode()
    assert PAGE not in client_for(officer_a).get(reverse("reports:home")).content.decode()


# Targets


@pytest.mark.django_db
def test_head_sets_a_categorys_targets_and_it_is_audited(client_for, head_a, station_a):
    response = client_for(head_a).post(
        PAGE,
        _levels_form(
            **{"visas-first_response_hours": "2.5", "visas-resolution_hours": "16", "visas-warn_percent": "60"}
        ),
    )
    assert response.status_code == 302
    level = ServiceLevel.objects.get(station=station_a, category="visas")
    assert (level.first_response_minutes, level.resolution_minutes, level.warn_percent) == (150, 960, 60)
    assert ServiceLevel.objects.filter(station=station_a).count() == 1  # the rest stay on the defaults
    event = AuditEvent.objects.get(object_type="casework.servicelevel")
    assert (event.action, event.station_id, event.fields) == ("update", station_a.pk, ["visas"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"pets-first_response_hours": "-4"}, "目标必须大于零个工作小时"),
        ({"pets-resolution_hours": "2"}, "解决时限不能短于首次答复时限"),
        ({"pets-warn_percent": "100"}, "预警点必须在目标时长的百分之一到百分之九十九之间"),
        ({"pets-warn_percent": "abc"}, "整数"),
    ],
)
def test_bad_targets_get_a_translated_message_and_change_nothing(client_for, head_a, station_a, overrides, message):
    client = client_for(in_chinese(head_a))
    before = _state(station_a)
    response = client.post(PAGE, _levels_form(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _state(station_a) == before


@pytest.mark.django_db
def test_only_the_head_of_the_station_may_set_targets(officer_a, station_a, station_b):
    from tests.factories import make_staff

    with pytest.raises(PermissionDenied):
        services.service_levels_set(actor=officer_a, station=station_a, levels={"visas": (60, 120, 50)})
    with pytest.raises(PermissionDenied):
        services.service_levels_set(
            actor=make_staff(station_b, "head", "head_b"), station=station_a, levels={"visas": (60, 120, 50)}
        )
    assert not ServiceLevel.objects.exists()


# Opening hours


@pytest.mark.django_db
def test_head_sets_the_week_with_a_lunch_break_and_the_clock_follows(client_for, head_a, station_a):
    week = {f"day_{weekday}": "08:30-11:30，13:30～17:00" for weekday in range(5)}
    response = client_for(head_a).post(HOURS, {**week, "day_5": "09:00-12:00", "day_6": ""})
    assert response.status_code == 302
    assert OpeningHours.objects.filter(station=station_a).count() == 11
    clock = clock_for(station_a)
    assert (
        clock.between(
            datetime.datetime(2025, 9, 24, 11, tzinfo=timezone.get_default_timezone()),
            datetime.datetime(2025, 9, 24, 14, tzinfo=timezone.get_default_timezone()),
        )
        == 60
    )
    assert clock.is_working_day(datetime.date(2025, 9, 27))  # the station opens on Saturdays now
    assert AuditEvent.objects.filter(object_type="casework.openinghours", action="update").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("week", "message"),
    [
        ({"day_0": "12:00-09:00"}, "星期一：12:00–09:00 的关门时间早于开门时间"),
        ({"day_2": "09:00-12:00, 11:00-13:00"}, "星期三：两个开放时段重叠"),
        ({"day_0": "nine to five"}, "请按 09:00-12:00 的格式填写开放时间"),
        ({"day_0": "25:00-26:00"}, "不是一天中的时间"),
        ({}, "服务站每周至少要开放一次"),
    ],
)
def test_bad_hours_get_a_translated_message_and_change_nothing(client_for, head_a, station_a, week, message):
    OpeningHours.objects.create(station=station_a, weekday=0, opens=T(9), closes=T(17))
    client = client_for(in_chinese(head_a))
    before = _state(station_a)
    response = client.post(HOURS, week)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _state(station_a) == before


# Calendar days


@pytest.mark.django_db
def test_head_adds_and_removes_a_day_after_confirming(client_for, head_a, station_a):
    client = client_for(head_a)
    date = days_from_today(40)
    response = client.post(DAYS, {"date": date.isoformat(), "kind": "holiday", "name": "Station anniversary"})
    assert response.status_code == 302
    day = CalendarDay.objects.get(station=station_a, date=date)
    assert not clock_for(station_a).is_working_day(date)
    remove = reverse("casework:levels:day_remove", args=[day.pk])
    confirm = client.get(remove)
    assert confirm.status_code == 200 and "Station anniversary" in confirm.content.decode()
    assert CalendarDay.objects.filter(pk=day.pk).exists()  # asking is not removing
    assert client.post(remove).status_code == 302
    assert not CalendarDay.objects.filter(pk=day.pk).exists()
    assert list(
        AuditEvent.objects.filter(object_type="casework.calendarday").order_by("pk").values_list("action", flat=True)
    ) == [
        "create",
        "delete",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "holiday", "name": "Again"}, "已有一条记录"),
        ({"kind": "holiday", "name": "   "}, "这个字段是必填项"),
        ({"kind": "closed", "name": "X"}, "选择一个有效的选项"),
    ],
)
def test_bad_days_get_a_translated_message_and_change_nothing(client_for, head_a, station_a, data, message):
    date = days_from_today(40)
    CalendarDay.objects.create(station=station_a, date=date, kind="working", name="Campaign day")
    client = client_for(in_chinese(head_a))
    before = _state(station_a)
    response = client.post(DAYS, {"date": date.isoformat(), **data})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _state(station_a) == before


@pytest.mark.django_db
def test_a_day_already_set_is_refused_by_the_service(head_a, station_a):
    date = days_from_today(5)
    services.calendar_day_add(actor=head_a, station=station_a, date=date, kind="holiday", name="One")
    with pytest.raises(ValidationError):
        services.calendar_day_add(actor=head_a, station=station_a, date=date, kind="working", name="Two")
    assert CalendarDay.objects.get(station=station_a, date=date).name == "One"


@pytest.mark.django_db
def test_the_page_warns_of_a_year_the_official_calendar_does_not_know(client_for, head_a, station_a):
    year = max(day.year for day in chinese_calendar.holidays) + 1
    assert not year_known(year)
    with time_machine.travel(datetime.datetime(year, 2, 1, 10, tzinfo=timezone.get_default_timezone()), tick=False):
        client = client_for(head_a)  # logged in on that day, so the session is fresh
        body = client.get(PAGE).content.decode()
        assert f"The official calendar for {year} is not known yet; add its holidays." in body
        services.calendar_day_add(
            actor=head_a, station=station_a, date=datetime.date(year, 1, 1), kind="holiday", name="New Year's Day"
        )
        assert f"The official calendar for {year} is not known yet" not in client.get(PAGE).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [5, 50])
def test_the_page_takes_the_same_queries_for_5_and_50_days(
    client_for, head_a, station_a, django_assert_max_num_queries, rows
):
    CalendarDay.objects.bulk_create(
        CalendarDay(station=station_a, date=days_from_today(index + 1), kind="holiday", name=f"Day {index}")
        for index in range(rows)
    )
    for weekday in range(rows % 7):
        OpeningHours.objects.create(station=station_a, weekday=weekday, opens=T(9), closes=T(12))
    client = client_for(head_a)
    with django_assert_max_num_queries(QUERIES) as captured:
        response = client.get(PAGE)
    assert response.status_code == 200
    assert f"Day {rows - 1}" in response.content.decode()
    assert len(captured) == QUERIES, [query["sql"] for query in captured]


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "name"), [("holiday", "  "), ("closed", "Local day")])
def test_a_day_without_a_name_or_kind_is_refused_by_the_service(head_a, station_a, kind, name):
    with pytest.raises(ValidationError):
        services.calendar_day_add(actor=head_a, station=station_a, date=days_from_today(5), kind=kind, name=name)
    assert not CalendarDay.objects.exists()


NASTY = ("99999999999999999999999", "²", "１２", "-1", "\x00", "x" * 10_000, "1e309", "NaN", "<script>", "9:99-10:00")


@pytest.mark.django_db
@pytest.mark.parametrize("value", NASTY)
def test_nasty_values_in_every_form_are_refused_without_a_500_or_a_change(client_for, head_a, station_a, value):
    client = client_for(head_a)
    before = _state(station_a)
    posts = [
        (PAGE, _levels_form(**{"visas-first_response_hours": value, "pets-warn_percent": value})),
        (HOURS, {"day_0": value, "day_3": "09:00-12:00"}),
        (DAYS, {"date": value, "kind": "holiday", "name": "Day"}),
        (DAYS, {"date": days_from_today(3).isoformat(), "kind": value, "name": value}),
    ]
    for path, data in posts:
        assert client.post(path, data).status_code in (400, 302), (path, value)
    if value == "１２":  # full-width digits, as a Chinese input method types them: twelve, and saved as such
        assert ServiceLevel.objects.get(station=station_a, category="visas").first_response_minutes == 720
    else:
        assert _state(station_a) == before


# session, user with staff profile and station, OTP device; levels; opening hours; calendar days
QUERIES = 6
