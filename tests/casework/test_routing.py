"""Routing a new request to an officer who speaks its language: examples, then properties over random stations."""

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lianyang.accounts.models import StaffLanguage
from lianyang.casework.models import ServiceRequest
from lianyang.casework.requests.routing import PROFICIENCY_RANK, assignee_for
from tests.factories import make_resident, make_service_request, make_speaker, make_station

LANGUAGES = ["ko", "ja", "ru", "fr", "ar"]
LEVELS = list(PROFICIENCY_RANK)


def _open(resident, language: str) -> ServiceRequest:
    """A new request as the intake opens it, routed by `assignee_for` (the intake's other steps play no part)."""
    now = timezone.now()
    return ServiceRequest.objects.create(
        station=resident.station,
        resident=resident,
        category="other",
        language=language,
        channel="portal",
        subject="?",
        text="?",
        assignee_id=assignee_for(station=resident.station, language=language),
        first_response_due=now,
        resolution_due=now,
        first_response_warn_at=now,
        resolution_warn_at=now,
    )


@pytest.mark.django_db
def test_the_best_proficiency_wins_then_the_fewest_open_requests(station_a):
    fluent = make_speaker(station_a, {"ko": "fluent"})
    native = make_speaker(station_a, {"ko": "native"})
    other_native = make_speaker(station_a, {"ko": "native", "ja": "native"})
    resident = make_resident(station_a, 1)
    assignees = [_open(resident, "ko").assignee for _ in range(4)]
    assert sorted(u.pk for u in assignees) == sorted([native.pk, other_native.pk] * 2)
    assert fluent not in assignees


@pytest.mark.django_db
def test_a_closed_request_no_longer_counts_as_load(station_a):
    first, second = make_speaker(station_a, {"ja": "native"}), make_speaker(station_a, {"ja": "native"})
    resident = make_resident(station_a, 0)
    a, b = _open(resident, "ja"), _open(resident, "ja")
    assert {a.assignee, b.assignee} == {first, second}
    ServiceRequest.objects.filter(pk=a.pk).update(status=ServiceRequest.Status.CLOSED)
    assert _open(resident, "ja").assignee == a.assignee


@pytest.mark.django_db
def test_a_language_with_its_region_finds_its_speakers(station_a):
    brazilian = make_speaker(station_a, {"pt": "native"})
    chinese = make_speaker(station_a, {"zh-hans": "native"})
    resident = make_resident(station_a, 6)
    assert _open(resident, "pt-br").assignee == brazilian
    assert _open(resident, "zh-hans").assignee == chinese


@pytest.mark.django_db
def test_inactive_staff_and_other_stations_get_nothing(station_a, station_b, head_a):
    leaver = make_speaker(station_a, {"ar": "native"})
    leaver.is_active = False
    leaver.save()
    make_speaker(station_b, {"ar": "native"})
    assert _open(make_resident(station_a, 4), "ar").assignee == head_a


@pytest.mark.django_db
def test_without_a_head_or_a_speaker_the_request_is_unassigned(station_a):
    make_speaker(station_a, {"en": "native"})
    service_request = make_service_request(make_resident(station_a, 3), language="ru", actor=None)
    # make_service_request makes an officer who speaks English and Japanese: still nobody for Russian.
    assert service_request.assignee is None


staff_languages = st.dictionaries(st.sampled_from(LANGUAGES), st.sampled_from(LEVELS), max_size=3)


@pytest.mark.django_db
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    staff=st.lists(staff_languages, min_size=1, max_size=6),
    requests=st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=25),
)
def test_never_to_someone_without_the_language_when_someone_has_it(staff, requests):
    with transaction.atomic():
        station = make_station("Routing")
        head = make_speaker(station, {}, role="head")
        speakers = [make_speaker(station, languages) for languages in staff]
        resident = make_resident(station, 1)
        for language in requests:
            levels = {
                user.pk: langs[language] for user, langs in zip(speakers, staff, strict=True) if language in langs
            }
            assignee = _open(resident, language).assignee_id
            if levels:
                best = min(PROFICIENCY_RANK[level] for level in levels.values())
                assert assignee in levels, "a speaker of the language exists, yet someone else got it"
                assert PROFICIENCY_RANK[levels[assignee]] == best
            else:
                assert assignee == head.pk
        transaction.set_rollback(True)


@pytest.mark.django_db
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    team=st.lists(st.tuples(st.sampled_from(LANGUAGES[:3]), st.sampled_from(LEVELS)), min_size=2, max_size=8),
    seed=st.randoms(use_true_random=False),
)
def test_over_a_thousand_requests_same_language_officers_differ_by_at_most_one(team, seed):
    with transaction.atomic():
        station = make_station("Load")
        make_speaker(station, {}, role="head")
        # Each officer speaks one language; all speakers of a language at the same proficiency, so they are equals.
        level_of = {}
        for language, level in team:
            level_of.setdefault(language, level)
        officers = [make_speaker(station, {language: level_of[language]}) for language, _ in team]
        resident = make_resident(station, 1)
        for _ in range(1000):
            _open(resident, seed.choice(LANGUAGES))
        for language in level_of:
            speakers = StaffLanguage.objects.filter(staff__user__in=officers, language=language).values_list(
                "staff__user_id", flat=True
            )
            loads = [
                ServiceRequest.objects.filter(assignee_id=pk, status__in=["new", "open", "waiting"]).count()
                for pk in speakers
            ]
            assert max(loads) - min(loads) <= 1, f"{language}: {loads}"
            assert sum(loads) > 0
        transaction.set_rollback(True)
