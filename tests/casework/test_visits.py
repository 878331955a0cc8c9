"""The visit log and plans by hand, through the services: another station's household refused with a translated
message, a day already passed refused, an unknown outcome refused, and nothing changed by any refusal."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from lianyang.audit.models import AuditEvent
from lianyang.casework.models import Visit
from lianyang.casework.visits import services
from tests.factories import make_household, make_visit


@pytest.fixture
def household_a(station_a):
    return make_household(station_a, 0)


@pytest.fixture
def household_b(station_b):
    return make_household(station_b, 0)


def _today(days: int = 0) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.mark.django_db
def test_visit_for_another_station_household_is_refused_in_the_officer_language(officer_a, household_b):
    with translation.override("de"), pytest.raises(ValidationError) as refusal:
        services.visit_plan(actor=officer_a, household=household_b, planned_on=_today(1), purpose="routine")
    assert "Dieser Haushalt gehört zu einer anderen Servicestelle." in refusal.value.messages
    assert not Visit.objects.exists()


@pytest.mark.django_db
def test_recording_a_visit_of_another_station_household_is_refused_and_changes_nothing(
    officer_a, officer_b, household_b
):
    visit = make_visit(household_b, officer_b, outcome="")
    events = AuditEvent.objects.count()
    with translation.override("zh-hans"), pytest.raises(ValidationError) as refusal:
        services.visit_record(actor=officer_a, visit=visit, outcome="met", notes="去过了")
    assert "该住户属于其他服务站。" in refusal.value.messages
    visit.refresh_from_db()
    assert (visit.outcome, visit.notes, visit.visited_at) == ("", "", None)
    assert AuditEvent.objects.count() == events


@pytest.mark.django_db
def test_new_plan_for_a_day_already_passed_is_refused(officer_a, household_a):
    with pytest.raises(ValidationError) as refusal:
        services.visit_plan(actor=officer_a, household=household_a, planned_on=_today(-1), purpose="follow_up")
    assert refusal.value.message_dict == {"planned_on": ["A visit cannot be planned for a day that has passed."]}
    assert not Visit.objects.exists()


@pytest.mark.django_db
def test_unknown_outcome_is_refused_and_changes_nothing(officer_a, household_a):
    visit = make_visit(household_a, officer_a, outcome="")
    with pytest.raises(ValidationError) as refusal:
        services.visit_record(actor=officer_a, visit=visit, outcome="abducted", notes="?")
    assert refusal.value.message_dict == {"outcome": ["Unknown outcome of a visit."]}
    visit.refresh_from_db()
    assert (visit.outcome, visit.notes) == ("", "")


@pytest.mark.django_db
def test_household_is_never_planned_twice(officer_a, household_a):
    make_visit(household_a, officer_a, outcome="")
    with pytest.raises(ValidationError, match="already planned"):
        services.visit_plan(actor=officer_a, household=household_a, planned_on=_today(2), purpose="follow_up")
    assert Visit.objects.count() == 1


@pytest.mark.django_db
def test_unknown_purpose_and_another_station_officer_are_refused(officer_a, officer_b, household_a):
    with pytest.raises(ValidationError, match="Unknown purpose"):
        services.visit_plan(actor=officer_a, household=household_a, planned_on=_today(), purpose="party")
    with pytest.raises(ValidationError, match="officer of this station"):
        services.visit_plan(
            actor=officer_a,
            household=household_a,
            planned_on=_today(),
            purpose="routine",
            staff=officer_b.staff_profile,
        )
    assert not Visit.objects.exists()


@pytest.mark.django_db
def test_police_liaison_cannot_plan_or_record(liaison_a, officer_a, household_a):
    with pytest.raises(ValidationError, match="officers and head"):
        services.visit_plan(actor=liaison_a, household=household_a, planned_on=_today(), purpose="routine")
    visit = make_visit(household_a, officer_a, outcome="")
    with pytest.raises(ValidationError, match="officers and head"):
        services.visit_record(actor=liaison_a, visit=visit, outcome="met")
    visit.refresh_from_db()
    assert visit.outcome == ""


@pytest.mark.django_db
def test_only_the_head_sets_policies_within_a_year(officer_a, head_a):
    with pytest.raises(ValidationError, match="Only the station head"):
        services.visit_policy_set(actor=officer_a, intervals={"routine": 60})
    with pytest.raises(ValidationError):
        services.visit_policy_set(actor=head_a, intervals={"routine": 400})
    with pytest.raises(ValidationError, match="Unknown household type"):
        services.visit_policy_set(actor=head_a, intervals={"vip": 3})
    assert not head_a.staff_profile.station.visit_policies.exists()


@pytest.mark.django_db
def test_recorded_visit_is_audited_with_the_fields_changed(officer_a, household_a):
    visit = make_visit(household_a, officer_a, outcome="")
    services.visit_record(actor=officer_a, visit=visit, outcome="declined", notes="Busy with a newborn.")
    event = AuditEvent.objects.filter(object_type="casework.visit", object_id=str(visit.pk), action="update").get()
    assert event.fields == ["notes", "outcome", "visited_at"] and event.actor == officer_a
