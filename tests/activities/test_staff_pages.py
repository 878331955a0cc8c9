"""The officers' activity pages: the list with seats and waiting lists counted (same queries for 5 and 50), creating
with translations, a series, the roster and attendance, the check-in page with its refusals, and the head's
figures; another station's activity does not exist here."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lianyang.activities.events import services
from lianyang.activities.models import Activity, ActivitySeries, Enrolment
from tests.activities.activity_factories import make_activity, make_participant
from tests.factories import make_staff

Status = Enrolment.Status
pytestmark = pytest.mark.django_db


def _moment(days: int, hour: int = 10) -> str:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return f"{day.isoformat()}T{hour:02d}:00"


def test_list_counts_seats_and_waiting_with_the_same_queries_for_5_and_50(client_for, station_a, officer_a):
    client = client_for(officer_a)
    counts = []
    for total in (5, 50):
        for i in range(total - (5 if total == 50 else 0)):
            make_activity(station_a, officer=officer_a, capacity=1, title=f"Activity {i}", days_ahead=2 + i % 30)
        with CaptureQueriesContext(connection) as queries:
            page = client.get("/staff/activities/")
        assert page.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
    full = Activity.objects.first()
    services.enrolment_signup(actor=make_participant(station_a, 0), activity=full)
    services.enrolment_signup(actor=make_participant(station_a, 1), activity=full)
    page = client.get("/staff/activities/").content.decode()
    assert "1 / 1" in page


def test_officer_creates_translates_and_reviews(client_for, station_a, officer_a):
    client = client_for(officer_a)
    data = {
        "language": "en",
        "title": "Dumpling workshop",
        "description": "Learn to fold jiaozi.",
        "theme": "cooking",
        "venue": "Station kitchen",
        "starts_at": _moment(10, 10),
        "ends_at": _moment(10, 12),
        "capacity": 12,
        "signup_opens_at": _moment(0, 0),
        "signup_closes_at": _moment(9, 18),
        "languages": ["en", "zh-hans"],
        "seats_per_signup": 3,
        "offer_hours": 24,
    }
    response = client.post("/staff/activities/new/", data)
    assert response.status_code == 302
    activity = Activity.objects.get()
    assert activity.safe_translation_getter("title", language_code="en") == "Dumpling workshop"
    bad = client.post("/staff/activities/new/", {**data, "ends_at": _moment(10, 9)})
    assert bad.status_code == 400 and Activity.objects.count() == 1
    translated = {"language": "pt-br", "title": "Oficina de jiaozi", "description": "Aprenda a dobrar jiaozi."}
    client.post(f"/staff/activities/{activity.pk}/translate/", translated)
    own_review = client.post(f"/staff/activities/{activity.pk}/translate/", {**translated, "reviewed": "on"})
    assert own_review.status_code == 400
    reviewer = client_for(make_staff(station_a, "officer"))
    reviewer.post(f"/staff/activities/{activity.pk}/translate/", {**translated, "reviewed": "on"})
    activity = Activity.objects.get()
    activity.set_current_language("pt-br")
    assert activity.status == "reviewed" and activity.title == "Oficina de jiaozi"


def test_series_every_second_saturday(client_for, station_a, officer_a):
    client = client_for(officer_a)
    first = timezone.localdate() + datetime.timedelta(days=1)
    last = first + datetime.timedelta(days=120)
    data = {
        "language": "en",
        "title": "Mandarin corner",
        "theme": "mandarin",
        "venue": "Room 2",
        "capacity": 20,
        "languages": ["zh-hans"],
        "seats_per_signup": 2,
        "offer_hours": 24,
        "ordinal": 2,
        "weekday": 5,
        "start_time": "10:00",
        "duration_minutes": 90,
        "first_day": first.isoformat(),
        "last_day": last.isoformat(),
        "signup_days_before": 14,
    }
    assert client.post("/staff/activities/series/new/", data).status_code == 302
    series = ActivitySeries.objects.get()
    days = [timezone.localtime(a.starts_at).date() for a in series.activities.order_by("starts_at")]
    assert days and all(day.weekday() == 5 and 8 <= day.day <= 14 for day in days)
    assert len(days) in (3, 4, 5)


def test_check_in_page_and_its_refusals(client_for, station_a, officer_a):
    activity = make_activity(station_a, officer=officer_a)
    other = make_activity(station_a, officer=officer_a, title="Calligraphy")
    ana = make_participant(station_a, 2, language="pt-br")
    mine = services.enrolment_signup(actor=ana, activity=activity)[0]
    elsewhere = services.enrolment_signup(actor=ana, activity=other)[0]
    client = client_for(officer_a)
    page = client.get(f"/staff/activities/{activity.pk}/check-in/").content.decode()
    assert "check_in.js" in page and "jsQR.js" in page and "<script>" not in page
    wrong = client.post(f"/staff/activities/{activity.pk}/check-in/", {"code": "ZZZZ2222"})
    assert wrong.status_code == 400 and "No sign-up has this code" in wrong.content.decode()
    another = client.post(f"/staff/activities/{activity.pk}/check-in/", {"code": elsewhere.check_in_code})
    assert another.status_code == 400 and "Calligraphy" in another.content.decode()
    assert Enrolment.objects.get(pk=mine.pk).status == Status.CONFIRMED
    done = client.post(f"/staff/activities/{activity.pk}/check-in/", {"code": mine.check_in_code.lower()})
    assert done.status_code == 200 and "is checked in" in done.content.decode()
    assert Enrolment.objects.get(pk=mine.pk).status == Status.ATTENDED


def test_roster_attendance_buttons(client_for, station_a, officer_a):
    activity = make_activity(station_a, officer=officer_a)
    mine = services.enrolment_signup(actor=make_participant(station_a, 0), activity=activity)[0]
    client = client_for(officer_a)
    assert mine.resident.surname in client.get(f"/staff/activities/{activity.pk}/").content.decode()
    client.post(f"/staff/activities/{activity.pk}/attendance/{mine.pk}/", {"attended": "yes"})
    assert Enrolment.objects.get(pk=mine.pk).status == Status.ATTENDED


def test_other_station_activity_does_not_exist(client_for, station_a, station_b, officer_b):
    activity = make_activity(station_a)
    client = client_for(officer_b)
    for path in ("", "edit/", "check-in/"):
        assert client.get(f"/staff/activities/{activity.pk}/{path}").status_code == 404


def test_head_sees_figures_as_charts(client_for, station_a, head_a, officer_a):
    with_seats = make_activity(station_a, officer=officer_a, days_ahead=1)
    user = make_participant(station_a, 0, nationality="BR")
    mine = services.enrolment_signup(actor=user, activity=with_seats)[0]
    services.enrolment_check_in(actor=officer_a, activity=with_seats, code=mine.check_in_code)
    Activity.objects.filter(pk=with_seats.pk).update(
        starts_at=timezone.now() - datetime.timedelta(days=3),
        ends_at=timezone.now() - datetime.timedelta(days=3, hours=-2),
    )
    services.enrolment_rate(actor=user, enrolment=Enrolment.objects.get(pk=mine.pk), rating=4)
    page = client_for(head_a).get("/staff/activities/figures/")
    body = page.content.decode()
    assert page.status_code == 200 and body.count("<svg") == 6
    assert "Brazil" in body and "Cooking" in body
    assert client_for(officer_a).get("/staff/activities/figures/").status_code == 403
