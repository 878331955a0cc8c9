"""The bench's activities at a tiny scale: a year of monthly activities and a series in ten languages (one coming
activity missing two), rosters of consenting residents with attendance and ratings, the coming weeks open with
seats and one full with its waiting list and an offer; the same rows from the same seed; a kept build without
activities is found; the sign-ups' plans, residents and clean-up; and their report line judges the rate, the errors
and the capacity."""

import datetime

import pytest
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from bench import report
from bench.activities import LANGUAGES, activities_write, stations_without_activities
from bench.context import session_for
from bench.signups import _clean, _linked, _signers, plans_for
from lianyang.activities.events.services import enrolment_signup
from lianyang.activities.models import SEAT_HOLDING, Activity, ActivitySeries, Enrolment
from lianyang.core.models import Weekday
from lianyang.notify.models import Notification
from lianyang.people.models import Consent, Resident
from tests.bench_build import bench_station, built_once
from tests.factories import make_portal_account, make_speaker, make_station

Status = Enrolment.Status
Translation = Activity._parler_meta.root_model
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    with built_once(django_db_blocker, _build) as build:
        yield build


def _build():
    station, head, korean, _households = bench_station()
    make_speaker(station, {"en": "native", "fr": "fluent"})
    residents = list(Resident.objects.filter(station=station).order_by("pk"))
    now = timezone.now()
    consenting = residents[: len(residents) * 2 // 3]  # a third never agreed
    Consent.objects.bulk_create(Consent(resident=r, purpose="activities", given_at=now) for r in consenting)
    make_portal_account(consenting[0], "walker@example.com")
    written = activities_write(station, seed=7)
    return station, head, korean, {r.pk for r in consenting}, written


def _signature(station) -> list:
    activities = Activity.objects.filter(station=station).order_by("starts_at", "id").prefetch_related("translations")
    return [
        (a.starts_at, a.capacity, sorted(t.language_code for t in a.translations.all()),
         list(a.enrolments.order_by("id").values_list("resident_id", "status", "rating", "check_in_code")))
        for a in activities
    ]  # fmt: skip


def test_a_year_of_monthly_activities_and_a_series_in_ten_languages(built):
    station, head, korean, _consenting, written = built
    activities = Activity.objects.filter(station=station)
    assert written["activities"] == activities.count()
    series = ActivitySeries.objects.get(station=station)
    assert (series.ordinal, series.weekday) == (ActivitySeries.Ordinal.SECOND, Weekday.SATURDAY)
    assert list(series.activities.order_by("starts_at").values_list("starts_at__date", flat=True)) == series.days()
    now = timezone.now()
    monthly = activities.filter(series__isnull=True, starts_at__lte=now)
    assert monthly.count() == 12
    assert now - monthly.order_by("starts_at").first().starts_at > datetime.timedelta(days=300)
    assert all(a.starts_at.date().weekday() == Weekday.SUNDAY for a in monthly)
    rows = Translation.objects.filter(master__station=station)
    assert written["translations"] == rows.count() == 10 * activities.count() - 2
    assert not rows.filter(translator=F("reviewer")).exists()  # four eyes
    assert set(rows.filter(language_code="ko").values_list("translator_id", flat=True)) == {korean.pk}
    assert set(rows.filter(language_code="zh-hans").values_list("translator_id", flat=True)) == {head.pk}
    missing = activities.annotate(n=Count("translations")).filter(n__lt=len(LANGUAGES)).get()
    assert missing.starts_at > now
    assert set(missing.translations.values_list("language_code", flat=True)) == set(LANGUAGES) - {"ko", "ar"}


def test_past_rosters_have_attendance_and_ratings_of_consenting_residents(built):
    station, _head, _korean, consenting, _written = built
    now = timezone.now()
    past = Enrolment.objects.filter(activity__station=station, activity__starts_at__lte=now)
    assert {Status.ATTENDED, Status.NO_SHOW, Status.CANCELLED} <= set(past.values_list("status", flat=True))
    assert set(past.values_list("resident_id", flat=True)) <= consenting
    rated = past.filter(rating__isnull=False)
    assert rated.exists() and not rated.exclude(status=Status.ATTENDED).exists()
    assert all(row.rated_at > row.activity.ends_at for row in rated.select_related("activity"))
    assert not past.filter(status__in=(Status.CONFIRMED, Status.WAITLISTED, Status.OFFERED)).exists()


def test_the_coming_weeks_are_open_with_seats_and_one_is_full_with_an_offer(built):
    station, _head, _korean, consenting, written = built
    now = timezone.now()
    coming = Activity.objects.filter(station=station, starts_at__gt=now).annotate(
        seats=Count("enrolments", filter=Q(enrolments__status__in=SEAT_HOLDING)),
        waiting=Count("enrolments", filter=Q(enrolments__status=Status.WAITLISTED)),
    )
    open_ = coming.filter(signup_opens_at__lte=now, signup_closes_at__gt=now)
    assert open_.count() >= 3
    assert all(a.seats <= a.capacity for a in coming)
    full = coming.get(waiting__gt=0)
    assert full.seats == full.capacity and full.waiting == 2
    offered = full.enrolments.get(status=Status.OFFERED)
    assert now < offered.offered_until <= full.starts_at
    assert full.enrolments.filter(status=Status.CANCELLED, cancelled_at__lte=now).count() == 1
    assert any(a.seats < a.capacity for a in open_)
    signed = Enrolment.objects.filter(activity__in=coming)
    assert set(signed.values_list("resident_id", flat=True)) <= consenting
    assert not signed.filter(resident__user__isnull=False).exists()  # taken at the desk
    assert written["enrolments"] == Enrolment.objects.filter(activity__station=station).count()
    assert (
        Enrolment.objects.filter(activity__station=station).values("check_in_code").distinct().count()
        == (written["enrolments"])
    )


def test_the_same_seed_writes_the_same_rows(built):
    station = built[0]
    before = _signature(station)
    with transaction.atomic():
        Activity.objects.filter(station=station).delete()
        ActivitySeries.objects.filter(station=station).delete()
        activities_write(station, seed=7)
        assert _signature(station) == before
        transaction.set_rollback(True)


def test_a_kept_build_without_activities_is_found(built):
    station = built[0]
    bare = make_station()
    Station = type(station)  # noqa: N806
    assert list(stations_without_activities(Station.objects.filter(pk__in=[station.pk, bare.pk]))) == [bare]


@pytest.mark.parametrize(
    ("per_second", "errors", "kept", "verdict"),
    [(142.5, 0, True, "(met)"), (87.0, 0, True, "(**missed**)"), (150.0, 3, True, "(**missed**)"),
     (150.0, 0, False, "(**missed**)")],
)  # fmt: skip
def test_the_sign_ups_line_judges_rate_errors_and_capacity(per_second, errors, kept, verdict):
    signed = {"clients": 8, "activities": 4, "residents": 758, "seconds": 10.02, "attempted": 1430, "succeeded": 1427,
              "errors": errors, "confirmed": 58, "waitlisted": 1369, "per_second": per_second, "p50_ms": 48.0,
              "p95_ms": 95.1, "capacity_kept": kept}  # fmt: skip
    line = report._operations({"signups": signed})[2]
    assert line.endswith(f"| ≥ 100/s, no error {verdict} |")
    assert f"{per_second}/s (1,427 in 10.02 s: 58 seats, 1,369 waitlisted; {errors} errors" in line
    assert report._signups_line({"skipped": "no activity is open"}).startswith("| sign-ups on the portal over HTTP |")


def test_each_client_signs_up_its_own_residents_for_every_activity_starting_apart():
    plans = plans_for([f"s{n}" for n in range(6)], [10, 20, 30], clients=3)
    assert [plan[0] for plan in plans] == [("s0", 10), ("s1", 20), ("s2", 30)]
    residents = [{session for session, _activity in plan} for plan in plans]
    assert residents == [{"s0", "s3"}, {"s1", "s4"}, {"s2", "s5"}]
    for plan in plans:
        for session in {session for session, _activity in plan}:
            assert sorted(a for s, a in plan if s == session) == [10, 20, 30]


def test_the_signers_are_consenting_unenrolled_residents_and_the_run_leaves_nothing_behind(built):
    station, _head, _korean, consenting, _written = built
    now = timezone.now()
    open_ = list(Activity.objects.filter(station=station, starts_at__gt=now, signup_opens_at__lte=now))
    residents = _signers(station.pk, open_, 1000)
    assert residents and {r.pk for r in residents} <= consenting
    assert not Enrolment.objects.filter(activity__in=open_, resident__in=residents).exists()
    assert not any(r.user_id for r in residents)
    enrolment_mark = Enrolment.objects.order_by("-pk").values_list("pk", flat=True).first()
    notification_mark = Notification.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    since = timezone.now()
    users = _linked(residents[:3])
    assert _linked(residents[:3]) == users  # the accounts of an earlier run are used again
    sessions = [session_for(user, staff=False) for user in users]
    for user in users:
        enrolment_signup(actor=user, activity=open_[0])  # as the form does, with its notifications
    assert Notification.objects.filter(pk__gt=notification_mark).exists()
    _clean(residents[:3], enrolment_mark, notification_mark, since, sessions)
    assert Enrolment.objects.order_by("-pk").values_list("pk", flat=True).first() == enrolment_mark
    assert not Notification.objects.filter(pk__gt=notification_mark).exists()
    assert not Session.objects.filter(session_key__in=sessions).exists()
    assert not Resident.objects.filter(pk__in=[r.pk for r in residents[:3]], user__isnull=False).exists()
