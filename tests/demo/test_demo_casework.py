"""The demo's casework: a year of requests in every state, routed to speakers and timed by the working clock, and
a visit history near the policies, built into the test database as `lianyang demo` builds it."""

import datetime
import json
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import F
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lianyang.accounts.models import Role, StaffLanguage
from lianyang.audit.models import AuditEvent
from lianyang.casework.models import CannedReply, Message, ServiceRequest, Visit
from lianyang.casework.requests.routing import language_matches
from lianyang.casework.visits.selectors import week_of
from lianyang.demo.build import DEMO_PASSWORD
from lianyang.demo.casetexts import CANNED, REQUESTS
from tests.conftest import login_staff

Status = ServiceRequest.Status
pytestmark = pytest.mark.django_db


def lianyang_requests():
    return ServiceRequest.objects.filter(station__name_en__startswith="Lianyang")


def test_a_year_of_requests_in_every_state(demo):
    statuses = set(lianyang_requests().values_list("status", flat=True))
    assert statuses == set(Status.values)
    oldest = lianyang_requests().order_by("created_at").first().created_at
    assert timezone.now() - oldest > datetime.timedelta(days=300)
    assert demo.requests == ServiceRequest.objects.count()
    history = AuditEvent.objects.filter(object_id="demo history", object_type__startswith="casework.")
    assert set(history.values_list("object_type", flat=True)) == {"casework.request", "casework.visit"}


def test_most_closed_requests_met_their_targets_and_some_did_not(demo):
    closed = lianyang_requests().filter(status=Status.CLOSED)
    late = closed.filter(closed_at__gt=F("resolution_due")) | closed.filter(
        first_responded_at__gt=F("first_response_due")
    )
    assert 0 < late.count() < closed.count() * 0.3
    assert not closed.filter(first_responded_at__isnull=True).exists()
    assert closed.filter(rating__isnull=False).exists()


def test_every_request_is_routed_to_a_caseworker_who_speaks_its_language(demo):
    """As the routing service routes: a speaker of the language, else (no speaker at the station) the head."""
    requests = ServiceRequest.objects.exclude(language="zh-hans").select_related("assignee__staff_profile")
    for request in requests:
        speakers = StaffLanguage.objects.filter(language_matches(request.language), staff__station=request.station_id)
        if speakers.exists():
            assert speakers.filter(staff__user=request.assignee_id).exists(), (request.language, request.assignee)
        else:
            assert request.assignee.staff_profile.role == Role.HEAD
        assert request.text in [text for _subject, text in REQUESTS[request.language][request.category]]
    assert requests.filter(station__name_en__startswith="Gubei", assignee__username="gubei.officer").exists()


def test_threads_hold_replies_notes_and_the_residents_words(demo):
    kinds = set(Message.objects.values_list("kind", flat=True))
    assert kinds == set(Message.Kind.values)
    waiting = lianyang_requests().filter(status=Status.WAITING)
    assert not waiting.filter(paused_at__isnull=True).exists()
    for merged in lianyang_requests().filter(status=Status.MERGED).select_related("merged_into"):
        assert merged.merged_into.resident_id == merged.resident_id


def test_canned_replies_in_each_language_the_station_speaks(demo):
    languages = set(
        CannedReply.objects.filter(station__name_en__startswith="Lianyang").values_list("language", flat=True)
    )
    assert languages == set(CANNED)  # Lianyang's officers between them speak all ten


def test_visits_over_the_year_cover_most_households_and_this_week_is_planned(demo):
    out = StringIO()
    call_command("stats", "--json", stdout=out)

    counts = json.loads(out.getvalue())
    assert 60 <= counts["visit_coverage"] < 100
    assert counts["visits_by_outcome"]["met"] > counts["visits_by_outcome"]["not_home"] > 0
    today = timezone.localdate()
    planned = Visit.objects.filter(outcome="", planned_on__gte=week_of(today))
    assert planned.exists()
    assert Visit.objects.filter(outcome="met", visited_at__date__lt=today - datetime.timedelta(days=300)).exists()


def test_a_newcomer_officer_sees_requests_in_the_inbox(demo):
    officer = get_user_model().objects.get(username="officer.ja")
    assert officer.check_password(DEMO_PASSWORD)  # the login the demo prints
    client = login_staff(Client(), officer)
    mine = ServiceRequest.objects.filter(assignee__username="officer.ja", status__in=["new", "open", "waiting"])
    assert mine.exists()
    page = client.get(reverse("casework:requests:inbox") + "?tab=mine")
    assert page.status_code == 200
    assert mine.first().subject in page.content.decode()
    this_week = Visit.objects.filter(staff__user=officer, outcome="", planned_on__gte=week_of(timezone.localdate()))
    assert this_week.exists()
