"""The demo's activities and exchanges: a year of monthly activities with attendance and ratings, a series, the
coming weeks open for sign-up (one full with a waiting list and an offer pending), translations with one visible
gap, local hosts with portal logins, pairings active and ended (the seed's cooking pair among them) and proposals
left for an officer."""

import datetime
import json
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from lianyang.activities.models import Activity, Enrolment
from lianyang.activities.models.pairing import Pairing, PairingSession
from lianyang.demo.build import DEMO_PASSWORD
from lianyang.people.models import Consent

Status = Enrolment.Status
pytestmark = pytest.mark.django_db


def test_a_year_of_monthly_activities_and_a_series_every_second_saturday(demo):
    now = timezone.now()
    past = Activity.objects.filter(starts_at__lte=now)
    assert now - past.order_by("starts_at").first().starts_at > datetime.timedelta(days=330)
    months = {(a.starts_at.year, a.starts_at.month) for a in past.filter(series__isnull=True)}
    assert len(months) == 12
    corners = Activity.objects.filter(series__isnull=False)
    assert corners.filter(starts_at__lte=now).count() >= 11 and corners.filter(starts_at__gt=now).exists()
    assert {a.starts_at.weekday() for a in corners} == {5}
    assert demo.activities == Activity.objects.count()


def test_past_activities_were_attended_rated_and_commented(demo):
    past = Enrolment.objects.filter(activity__ends_at__lte=timezone.now())
    statuses = set(past.values_list("status", flat=True))
    assert {Status.ATTENDED, Status.NO_SHOW} <= statuses
    assert not past.filter(status__in=[Status.CONFIRMED, Status.WAITLISTED, Status.OFFERED]).exists()
    assert past.filter(rating__isnull=False).exclude(comment="").exists()
    assert not past.filter(rating__isnull=False).exclude(status=Status.ATTENDED).exists()


def test_only_residents_who_consented_to_activities_enrol(demo):
    consenting = Consent.objects.filter(purpose=Consent.Purpose.ACTIVITIES, withdrawn_at__isnull=True)
    assert not Enrolment.objects.exclude(resident__in=consenting.values("resident")).exists()


def test_coming_weeks_are_open_one_full_with_a_waiting_list_and_an_offer(demo):
    now = timezone.now()
    coming = Activity.objects.filter(starts_at__gt=now, starts_at__lte=now + datetime.timedelta(days=35))
    assert coming.filter(signup_opens_at__lte=now, signup_closes_at__gt=now).count() >= 3
    offered = Enrolment.objects.get(status=Status.OFFERED)
    walk = offered.activity
    assert walk.enrolments.filter(status=Status.WAITLISTED).exists()
    assert walk.enrolments.filter(status__in=[Status.CONFIRMED, Status.OFFERED]).count() == walk.capacity
    assert Enrolment.objects.filter(
        activity__starts_at__gt=now, status=Status.CONFIRMED, resident__user__isnull=False
    ).exists()


def test_texts_are_in_ten_languages_reviewed_and_one_activity_shows_the_fallback(demo):
    activity = Activity.objects.filter(starts_at__lte=timezone.now()).first()
    assert activity.translations.count() == 10
    assert set(activity.translations.values_list("status", flat=True)) == {"reviewed"}
    for row in activity.translations.all():
        assert row.reviewer_id and row.reviewer_id != row.translator_id
    gaps = [a for a in Activity.objects.all() if a.translations.count() < 10]
    assert len(gaps) == 1
    assert set(gaps[0].translations.values_list("language_code", flat=True)).isdisjoint({"ko", "ar"})


def test_the_cooking_pair_and_other_pairings(demo):
    pair = Pairing.objects.get(resident__nationality="BR", offer__host__name_pinyin="Zhou Guifang")
    assert pair.status == Pairing.Status.ACTIVE and pair.topic == "cooking"
    assert pair.sessions.filter(what_they_did__startswith="Hong Shao Rou").exists()
    assert pair.sessions.count() >= 10
    assert {"host", "resident"} == set(pair.sessions.values_list("logged_by", flat=True))
    statuses = set(Pairing.objects.values_list("status", flat=True))
    assert {Pairing.Status.ACTIVE, Pairing.Status.ENDED, Pairing.Status.PROPOSED} <= statuses
    ended = Pairing.objects.filter(status=Pairing.Status.ENDED).first()
    assert ended.host_feedback and ended.resident_feedback and ended.sessions.exists()
    consenting = Consent.objects.filter(purpose=Consent.Purpose.PAIRING, withdrawn_at__isnull=True)
    assert not Pairing.objects.exclude(resident__in=consenting.values("resident")).exists()
    assert PairingSession.objects.filter(date__gt=timezone.localdate()).count() == 0


def test_hosts_log_into_the_portal_with_the_demo_password(demo):
    assert demo.hosts and demo.hosts[0].name.startswith("周桂芳")
    for login in demo.hosts:
        user = get_user_model().objects.get(username=login.username)
        assert user.check_password(DEMO_PASSWORD)
        assert user.local_host.offers


def test_stats_json_counts_activities_enrolments_and_pairings(demo):
    out = StringIO()
    call_command("stats", "--json", stdout=out)
    figures = json.loads(out.getvalue())
    assert figures["activities"]["count"] == Activity.objects.count()
    assert figures["activities"]["upcoming"] + figures["activities"]["past"] == Activity.objects.count()
    assert figures["activities"]["upcoming"] >= 4
    assert sum(figures["enrolments_by_status"].values()) == Enrolment.objects.count()
    assert set(figures["enrolments_by_status"]) == set(Status.values)
    assert figures["pairings_by_status"]["active"] >= 1
    assert set(figures["pairings_by_status"]) == set(Pairing.Status.values)
