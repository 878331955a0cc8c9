"""The visit planner, with the clock frozen on a Monday: the right households come due, none twice, each with an
officer who speaks its language, the week's work spread evenly."""

import datetime
from collections import Counter
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError

from lianyang.casework.models import Visit
from lianyang.casework.visits import selectors, services
from lianyang.casework.visits.planner import HouseholdFacts, OfficerFacts, choose_officer, due_of, propose
from lianyang.people.services import resident_update
from tests.factories import make_household, make_resident, make_staff, make_station, make_visit

MONDAY = datetime.date(2027, 3, 1)
INTERVALS = {"new_arrival": 7, "routine": 90, "attention": 30}


@pytest.fixture
def frozen_monday():
    with time_machine.travel(datetime.datetime(2027, 3, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")), tick=False):
        yield MONDAY


def days(n: int) -> datetime.date:
    return MONDAY + datetime.timedelta(days=n)


# The rules, on facts alone.


def test_new_arrival_is_due_seven_days_after_arriving():
    due = due_of(HouseholdFacts(pk=1, newest_arrival=days(-3)), INTERVALS, MONDAY)
    assert (due.date, due.purpose) == (days(4), "new_arrival")


def test_household_needing_attention_is_due_thirty_days_after_last_met():
    facts = HouseholdFacts(pk=1, newest_arrival=days(-400), last_met=days(-25), attention=("illness",))
    due = due_of(facts, INTERVALS, MONDAY)
    assert (due.date, due.purpose) == (days(5), "attention")


def test_routine_household_is_due_ninety_days_after_last_met():
    due = due_of(HouseholdFacts(pk=1, newest_arrival=days(-400), last_met=days(-85)), INTERVALS, MONDAY)
    assert (due.date, due.purpose) == (days(5), "routine")


def test_member_arriving_after_the_last_visit_makes_the_household_a_new_arrival_again():
    facts = HouseholdFacts(pk=1, newest_arrival=days(-2), last_met=days(-10))
    assert due_of(facts, INTERVALS, MONDAY).purpose == "new_arrival"


def test_household_never_met_and_without_arrival_date_is_due_now():
    assert due_of(HouseholdFacts(pk=1), INTERVALS, MONDAY).date == MONDAY


def test_officer_speaking_the_language_goes_before_a_less_loaded_one():
    korean, english = OfficerFacts(1, "A", {"ko": "fluent"}), OfficerFacts(2, "B", {"en": "native"})
    officer, matched = choose_officer([korean, english], ("ko",), Counter({1: 5}))
    assert officer == korean and matched


def test_among_speakers_the_fewest_visits_that_week_wins_then_the_better_speaker():
    basic, native, busy = (
        OfficerFacts(1, "A", {"ja": "basic"}),
        OfficerFacts(2, "B", {"ja": "native"}),
        OfficerFacts(3, "C", {"ja": "native"}),
    )
    assert choose_officer([basic, native, busy], ("ja",), Counter({3: 1}))[0] == native
    assert choose_officer([basic, native, busy], ("ja",), Counter({2: 1, 3: 1}))[0] == basic


def test_nobody_speaking_it_the_least_loaded_officer_goes_unmatched():
    officers = [OfficerFacts(1, "A", {"en": "native"}), OfficerFacts(2, "B", {"en": "native"})]
    assert choose_officer(officers, ("ar",), Counter({1: 2})) == (officers[1], False)


def test_proposal_spreads_the_week_evenly_and_lists_each_household_once():
    households = [HouseholdFacts(pk=pk, compound="A", building="1", room=str(pk), languages=("en",)) for pk in range(9)]
    officers = [OfficerFacts(1, "A", {"en": "native"}), OfficerFacts(2, "B", {"en": "working"})]
    load = Counter()
    proposal = propose(
        households=households + households[:3], intervals=INTERVALS, officers=officers, load=load,
        week_start=MONDAY, today=MONDAY,
    )  # fmt: skip
    assert len({row.household.pk for row in proposal}) == len(proposal) == 9
    assert sorted(load.values()) == [4, 5]


# The planner over a station's database.


@pytest.fixture
def street(frozen_monday):
    """A station with a household of every kind, an officer for Korean and one for English, and another station."""
    station = make_station("Planner", rooms=12)
    korean = make_staff(station, "officer", languages={"ko": "native"})
    english = make_staff(station, "officer", languages={"en": "fluent", "ja": "working"})
    h = {}
    h["arrived"] = make_household(station, 0, arrival_date=days(-3))
    h["arrived_long_ago_never_met"] = make_household(station, 1, arrival_date=days(-20), preferred_language="ko")
    h["attention"] = make_household(station, 2, arrival_date=days(-400), attention_reasons=["elderly", "living_alone"])
    make_visit(h["attention"], english, days_ago=25)
    h["routine_due"] = make_household(station, 3, arrival_date=days(-400))
    make_visit(h["routine_due"], english, days_ago=85)
    h["overdue"] = make_household(station, 4, arrival_date=days(-400))
    make_visit(h["overdue"], korean, days_ago=100)
    h["visited_recently"] = make_household(station, 5, arrival_date=days(-400))
    make_visit(h["visited_recently"], english, days_ago=10)
    h["not_home_recently"] = make_household(station, 6, arrival_date=days(-400))
    make_visit(h["not_home_recently"], english, days_ago=95)
    make_visit(h["not_home_recently"], english, days_ago=3, outcome="not_home")
    h["attention_not_yet"] = make_household(station, 7, arrival_date=days(-400), attention_reasons=["new_baby"])
    make_visit(h["attention_not_yet"], english, days_ago=12)
    h["already_planned"] = make_household(station, 8, arrival_date=days(-400))
    make_visit(h["already_planned"], english, outcome="")
    h["new_member"] = make_household(station, 9, arrival_date=days(-400))
    make_visit(h["new_member"], english, days_ago=10)
    h["moved_away"] = make_household(station, 10, arrival_date=days(-400), status="moved_away")
    other = make_station("Elsewhere")
    make_household(other, 0, arrival_date=days(-3))
    return station, korean, english, h


def _due(actor, week=MONDAY):
    return {row.household.pk: row for row in selectors.visit_proposal(actor=actor, week_start=week)}


@pytest.mark.django_db
def test_the_right_households_come_due_with_the_strictest_policy(street):
    station, korean, english, h = street
    newcomer = make_resident(station, 3, address=h["new_member"].address, arrival_date=days(-2))
    resident_update(actor=None, resident=newcomer, household=h["new_member"])
    due = _due(english)
    expected = {
        "arrived": ("new_arrival", days(4)),
        "arrived_long_ago_never_met": ("new_arrival", days(-13)),
        "attention": ("attention", days(5)),
        "routine_due": ("routine", days(5)),
        "overdue": ("routine", days(-10)),
        "not_home_recently": ("routine", days(-5)),
        "new_member": ("new_arrival", days(5)),
    }
    assert {h[name].pk: value for name, value in expected.items()} == {
        pk: (row.purpose, row.due) for pk, row in due.items()
    }
    assert due[h["overdue"].pk].planned_on == MONDAY
    assert due[h["arrived"].pk].planned_on == days(4)


@pytest.mark.django_db
def test_each_household_goes_to_an_officer_who_speaks_its_language(street):
    station, korean, english, h = street
    due = _due(english)
    assert due[h["arrived_long_ago_never_met"].pk].officer.pk == korean.staff_profile.pk
    assert due[h["arrived_long_ago_never_met"].pk].language_match
    assert due[h["routine_due"].pk].officer.pk == english.staff_profile.pk


@pytest.mark.django_db
def test_accepted_plan_is_not_proposed_again_and_nobody_is_planned_twice(street):
    station, korean, english, h = street
    planned = services.visit_plan_accept(actor=korean, week_start=days(2))
    households = [visit.household_id for visit in planned]
    assert len(households) == len(set(households)) == 6
    assert _due(english) == {}
    assert Visit.objects.filter(outcome="").count() == 7  # and the one planned before


@pytest.mark.django_db
def test_proposal_is_grouped_by_compound_and_building_in_walking_order(frozen_monday):
    station = make_station("Order", rooms=3)
    officer = make_staff(station, "officer", languages={"en": "native"})
    for index in (2, 0, 1):
        make_household(station, index, arrival_date=days(-3))
    rooms = [row.household.room for row in selectors.visit_proposal(actor=officer, week_start=MONDAY)]
    assert rooms == ["101", "102", "103"]


@pytest.mark.django_db
def test_head_policy_changes_when_households_come_due(street):
    station, korean, english, h = street
    head = make_staff(station, "head", languages={"en": "native"})
    services.visit_policy_set(actor=head, intervals={"routine": 10})
    due = _due(english)
    assert h["visited_recently"].pk in due and due[h["visited_recently"].pk].due == MONDAY


@pytest.mark.django_db
def test_plan_for_a_week_already_over_is_refused_and_nothing_is_planned(street):
    station, korean, english, h = street
    before = Visit.objects.count()
    with pytest.raises(ValidationError) as refusal:
        services.visit_plan_accept(actor=english, week_start=days(-7))
    assert "passed" in str(refusal.value)
    assert Visit.objects.count() == before


@pytest.mark.django_db
def test_officers_come_with_all_their_languages_in_one_query_and_the_head_stays_home(street, django_assert_num_queries):
    station, korean, english, h = street
    make_staff(station, "head", languages={"zh": "native", "en": "native"})
    with django_assert_num_queries(1):
        officers = selectors.station_officers(station=station.pk)
    assert [(officer.pk, officer.languages) for officer in officers] == [
        (korean.staff_profile.pk, {"ko": "native"}),
        (english.staff_profile.pk, {"en": "fluent", "ja": "working"}),
    ]


@pytest.mark.django_db
def test_station_without_officers_sends_its_head_with_the_head_languages(db):
    station = make_station("Small")
    head = make_staff(station, "head", languages={"fr": "fluent", "de": "basic"})
    officers = selectors.station_officers(station=station.pk)
    assert [(officer.pk, officer.languages) for officer in officers] == [
        (head.staff_profile.pk, {"de": "basic", "fr": "fluent"})
    ]
