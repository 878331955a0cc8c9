"""The officer's queue: open registrations by deadline, overdue ones in red, countdowns, filters, paging."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lianyang.audit.models import AuditEvent
from lianyang.community.models import Address, Building, Compound
from lianyang.registration import selectors
from lianyang.registration.services import registration_step
from lianyang.registration.views.countdown import deadline_countdown
from tests.factories import make_passport, make_resident, make_staff, station_address
from tests.registration.factories import filed_batch, make_registration, verified_registration

QUEUE = reverse("registration:queue")
NOW = datetime.datetime(2026, 3, 10, 15, 0, tzinfo=datetime.UTC)


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def _page(client, params=None) -> str:
    response = client.get(QUEUE, params or {})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("minutes", "text", "overdue"),
    [
        (5 * 60 + 20, "5 h 20 min left", False),
        (1 * 60, "1 h 0 min left", False),
        (45, "45 min left", False),
        (72 * 60, "3 days left", False),
        (-(3 * 60 + 5), "Overdue by 3 h 5 min", True),
        (0, "Overdue by 1 min", True),
        (-(50 * 60), "Overdue by 2 days", True),
    ],
)
def test_countdown_reads_as_the_station_says_it(minutes, text, overdue):
    countdown = deadline_countdown(NOW + datetime.timedelta(minutes=minutes), NOW)
    assert countdown.text == text
    assert countdown.overdue is overdue


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_a", "head_a"])
def test_caseworkers_open_the_queue(request, client_for, role):
    assert client_for(request.getfixturevalue(role)).get(QUEUE).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin", "resident_user"])
def test_roles_without_casework_are_refused_the_queue(request, client_for, role):
    assert client_for(request.getfixturevalue(role)).get(QUEUE).status_code == 403


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get(QUEUE)
    assert response.status_code == 302 and "/staff/login/" in response["Location"]


@pytest.mark.django_db
def test_officer_sees_only_own_station_registrations(client_for, officer_b, resident_a):
    registration = make_registration(resident_a)
    assert registration.reference not in _page(client_for(officer_b))


@pytest.mark.django_db
def test_queue_shows_open_registrations_nearest_deadline_first(client_for, officer_a, station_a, frozen):
    later = make_registration(make_resident(station_a, 1), hours_ago=2)
    sooner = make_registration(make_resident(station_a, 2), hours_ago=18)
    withdrawn = make_registration(make_resident(station_a, 3), hours_ago=5)
    registration_step(actor=officer_a, registration=withdrawn, kind="withdraw")
    page = _page(client_for(officer_a))
    assert page.index(sooner.reference) < page.index(later.reference)
    assert withdrawn.reference not in page
    assert "22 h 0 min left" in page and "6 h 0 min left" in page


@pytest.mark.django_db
def test_overdue_registration_is_marked_in_red_with_words(client_for, officer_a, station_a, frozen):
    overdue = make_registration(make_resident(station_a, 1), hours_ago=27.5)
    page = _page(client_for(officer_a))
    row = page[page.rindex("<tr", 0, page.index(overdue.reference)) :]
    assert row.startswith('<tr class="overdue">')
    assert "Overdue by 3 h 30 min" in page


def _row(page: str, reference: str) -> str:
    """The opening tag of the table row that holds `reference`."""
    start = page.rindex("<tr", 0, page.index(reference))
    return page[start : page.index(">", start) + 1]


@pytest.mark.django_db
def test_deadline_at_risk_comes_first_and_in_red(client_for, officer_a, station_a, frozen):
    calm = make_registration(make_resident(station_a, 1), hours_ago=2)
    at_risk = make_registration(make_resident(station_a, 2), hours_ago=20)
    page = _page(client_for(officer_a))
    assert page.index(at_risk.reference) < page.index(calm.reference)
    assert _row(page, at_risk.reference) == '<tr class="at-risk">'
    assert _row(page, calm.reference) == "<tr>"


@pytest.mark.django_db
def test_every_page_of_the_queue_keeps_the_urgent_first_order(officer_a, station_a, frozen):
    # Slices that end inside the urgent rows, span their end, or start after it (then they are counted).
    made = [
        make_registration(make_resident(station_a, i), hours_ago=hours) for i, hours in enumerate((23, 2, 20, 5, 19))
    ]
    expected = [made[i].pk for i in (0, 2, 4, 3, 1)]  # at risk (18 hours or more ago), then by deadline
    rows = selectors.registration_queue(actor=officer_a)
    for start, stop in [(0, 2), (1, 4), (3, 5), (4, 9), (6, 8)]:
        assert [row["pk"] for row in rows[start:stop]] == expected[start:stop], (start, stop)


@pytest.mark.django_db
def test_registrations_out_of_the_station_s_hands_are_never_red(client_for, officer_a, station_a, frozen):
    filed = verified_registration(make_resident(station_a, 1), officer_a, hours_ago=30)
    filed_batch(officer_a, [filed])
    returned = make_registration(make_resident(station_a, 2), hours_ago=23)
    registration_step(actor=officer_a, registration=returned, kind="return", reason_code="photo")
    held = make_registration(make_resident(station_a, 3), hours_ago=1)
    page = _page(client_for(officer_a))
    assert _row(page, filed.reference) == "<tr>" and _row(page, returned.reference) == "<tr>"
    assert "tag-danger" not in page
    assert _row(page, held.reference) == "<tr>"


@pytest.mark.django_db
def test_queue_finds_a_registration_by_reference(client_for, officer_a, station_a):
    wanted = make_registration(make_resident(station_a, 1))
    other = make_registration(make_resident(station_a, 2))
    page = _page(client_for(officer_a), {"q": wanted.reference})
    assert wanted.reference in page and other.reference not in page


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["Tanaka", "田中", "tanaka hiroshi"])
def test_queue_finds_a_registration_by_name(client_for, officer_a, station_a, query):
    tanaka = make_registration(make_resident(station_a, 0))
    kim = make_registration(make_resident(station_a, 1))
    page = _page(client_for(officer_a), {"q": query})
    assert tanaka.reference in page and kim.reference not in page


@pytest.mark.django_db
def test_queue_finds_a_registration_by_passport_number_and_audits_the_search(client_for, officer_a, station_a):
    holder = make_resident(station_a, 1)
    make_passport(holder, number="M98765432")
    wanted = make_registration(holder)
    other = make_registration(make_resident(station_a, 2))
    before = AuditEvent.objects.filter(action=AuditEvent.Action.SEARCH).count()
    page = _page(client_for(officer_a), {"q": "m9876 5432"})
    assert wanted.reference in page and other.reference not in page
    search = AuditEvent.objects.filter(action=AuditEvent.Action.SEARCH).order_by("-id")
    assert search.count() == before + 1
    assert search[0].actor == officer_a and search[0].fields == ["number"]
    assert search[0].object_id == str(holder.pk)
    assert "M98765432" not in str(search[0].fields) + search[0].object_id


@pytest.mark.django_db
def test_queue_search_by_number_never_finds_another_station_s_holder(client_for, officer_a, station_b):
    theirs = make_resident(station_b, 1)
    make_passport(theirs, number="M98765432")
    registration = make_registration(theirs)
    page = _page(client_for(officer_a), {"q": "M98765432"})
    assert registration.reference not in page and "No registration matches" in page


@pytest.mark.django_db
def test_search_is_kept_by_the_status_tabs(client_for, officer_a, station_a):
    make_registration(make_resident(station_a, 1))
    page = _page(client_for(officer_a), {"q": "Kim"})
    assert 'href="?q=Kim&amp;status=verified"' in page


@pytest.mark.django_db
def test_officer_takes_a_registration_from_the_queue(client_for, officer_a, station_a):
    registration = make_registration(make_resident(station_a, 1))
    client = client_for(officer_a)
    page = _page(client)
    assert "Assign to me" in page
    response = client.post(
        reverse("registration:assign", args=[registration.pk]), {"officer": officer_a.pk, "next": QUEUE + "?q=Kim"}
    )
    assert response.status_code == 302 and response["Location"] == QUEUE + "?q=Kim"
    registration.refresh_from_db()
    assert registration.assigned_to == officer_a
    event = AuditEvent.objects.filter(action=AuditEvent.Action.UPDATE, object_id=str(registration.pk)).get()
    assert event.actor == officer_a and event.fields == ["assigned_to"]
    assert f'formaction="/staff/registrations/{registration.pk}/assign/"' not in _page(client)


@pytest.mark.django_db
def test_head_assigns_a_registration_to_an_officer(client_for, head_a, officer_a, station_a):
    registration = make_registration(make_resident(station_a, 1))
    client = client_for(head_a)
    response = client.post(reverse("registration:assign", args=[registration.pk]), {"officer": officer_a.pk})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.assigned_to == officer_a
    assert "is assigned to" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["officer_b", "liaison_a", "nobody", "nonsense"])
def test_assigning_to_someone_outside_the_station_s_caseworkers_changes_nothing(
    request, client_for, officer_a, officer_b, liaison_a, station_a, who
):
    registration = make_registration(make_resident(station_a, 1), assigned_to=officer_a)
    officer = {"officer_b": officer_b.pk, "liaison_a": liaison_a.pk, "nobody": 99999999999999999999, "nonsense": "x"}
    events = AuditEvent.objects.count()
    client = client_for(officer_a)
    response = client.post(reverse("registration:assign", args=[registration.pk]), {"officer": officer[who]})
    assert response.status_code == 302
    assert "Choose an officer of this station." in client.get(response["Location"]).content.decode()
    registration.refresh_from_db()
    assert registration.assigned_to == officer_a
    assert AuditEvent.objects.filter(action=AuditEvent.Action.UPDATE).count() == 0
    assert AuditEvent.objects.count() == events + 1  # only the detail page's own view


@pytest.mark.django_db
def test_assigning_another_station_s_registration_is_a_404(client_for, officer_b, resident_a):
    registration = make_registration(resident_a)
    response = client_for(officer_b).post(
        reverse("registration:assign", args=[registration.pk]), {"officer": officer_b.pk}
    )
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.assigned_to is None


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["liaison_a", "district_admin", "resident_user"])
def test_roles_without_casework_cannot_assign(request, client_for, officer_a, resident_a, role):
    registration = make_registration(resident_a)
    response = client_for(request.getfixturevalue(role)).post(
        reverse("registration:assign", args=[registration.pk]), {"officer": officer_a.pk}
    )
    assert response.status_code == 403
    registration.refresh_from_db()
    assert registration.assigned_to is None


@pytest.mark.django_db
def test_assignment_is_refused_by_get(client_for, officer_a, resident_a):
    registration = make_registration(resident_a)
    assert client_for(officer_a).get(reverse("registration:assign", args=[registration.pk])).status_code == 405


@pytest.mark.django_db
def test_assignment_never_sends_the_officer_to_another_site(client_for, officer_a, resident_a):
    registration = make_registration(resident_a)
    response = client_for(officer_a).post(
        reverse("registration:assign", args=[registration.pk]),
        {"officer": officer_a.pk, "next": "https://example.com/"},
    )
    assert response["Location"] == reverse("registration:detail", args=[registration.pk])


@pytest.mark.django_db
def test_status_tab_shows_that_status_only(client_for, officer_a, station_a):
    submitted = make_registration(make_resident(station_a, 1))
    verified = registration_step(
        actor=officer_a, registration=make_registration(make_resident(station_a, 2)), kind="verify"
    )
    page = _page(client_for(officer_a), {"status": "verified"})
    assert verified.reference in page and submitted.reference not in page
    assert 'aria-current="page">Verified by the station' in page


@pytest.mark.django_db
def test_finished_registrations_show_no_countdown(client_for, officer_a, station_a):
    rejected = make_registration(make_resident(station_a, 1), hours_ago=30)
    registration_step(actor=officer_a, registration=rejected, kind="reject", reason_code="hotel")
    page = _page(client_for(officer_a), {"status": "rejected"})
    assert rejected.reference in page and "Overdue" not in page and "left" not in page


@pytest.mark.django_db
def test_filter_by_compound(client_for, officer_a, station_a):
    area = station_a.areas.get()
    other = Compound.objects.create(area=area, name="东园", name_en="East Garden", street_address="芳甸路 3 号")
    room = Address.objects.create(building=Building.objects.create(compound=other, number="7"), room="701")
    here = make_registration(make_resident(station_a, 1))
    there = make_registration(make_resident(station_a, 2), address=room)
    page = _page(client_for(officer_a), {"compound": other.pk})
    assert there.reference in page and here.reference not in page


@pytest.mark.django_db
def test_filter_by_assigned_officer(client_for, officer_a, head_a, station_a):
    mine = make_registration(make_resident(station_a, 1), assigned_to=officer_a)
    theirs = make_registration(make_resident(station_a, 2), assigned_to=head_a)
    page = _page(client_for(officer_a), {"officer": officer_a.pk})
    assert mine.reference in page and theirs.reference not in page


@pytest.mark.django_db
def test_officer_of_another_station_is_not_a_filter_choice(client_for, officer_a, officer_b, station_a):
    theirs = make_registration(make_resident(station_a, 1))
    page = _page(client_for(officer_a), {"officer": officer_b.pk})
    assert "Select a valid choice" in page
    assert theirs.reference in page  # an invalid filter falls back to the open queue


@pytest.mark.django_db
def test_search_without_a_match_says_so(client_for, officer_a, resident_a):
    make_registration(resident_a)
    assert "No registration matches these filters." in _page(client_for(officer_a), {"q": "Nobody-Here"})


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"status": "nonsense"},
        {"compound": "abc"},
        {"compound": "99999999999999999999999"},
        {"officer": "-1"},
        {"page": "abc"},
        {"page": "-5"},
        {"page": "99999999"},
        {"q": "x" * 500},
        {"q": "%_'\"<>"},
    ],
)
def test_bad_filters_never_break_the_queue(client_for, officer_a, resident_a, params):
    make_registration(resident_a)
    assert client_for(officer_a).get(QUEUE, params).status_code == 200


@pytest.mark.django_db
def test_queue_pages_without_counting(client_for, officer_a, station_a):
    for i in range(51):
        make_registration(make_resident(station_a, i), hours_ago=i / 10)
    client = client_for(officer_a)
    first = _page(client)
    assert "Next page" in first and "Previous page" not in first
    second = _page(client, {"page": 2})
    assert second.count('class="mono" href="/staff/registrations/') == 1 and "Next page" not in second


@pytest.mark.django_db
def test_only_verified_rows_can_be_chosen_for_filing(client_for, officer_a, station_a):
    submitted = make_registration(make_resident(station_a, 1))
    verified = registration_step(
        actor=officer_a, registration=make_registration(make_resident(station_a, 2)), kind="verify"
    )
    page = _page(client_for(officer_a))
    assert f'name="registrations" value="{verified.pk}"' in page
    assert f'name="registrations" value="{submitted.pk}"' not in page
    assert 'name="filing_key"' in page


def _queries(client, params):
    with CaptureQueriesContext(connection) as context:
        response = client.get(QUEUE, params)
    assert response.status_code == 200
    return len(context.captured_queries), context


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [{}, {"status": "verified"}, {"compound": "first"}, {"officer": "me"}, {"q": "Kim"}, {"q": "E12345689"}],
)
def test_queue_query_count_is_independent_of_size(client_for, officer_a, station_a, params):
    client = client_for(officer_a)
    other_officer = make_staff(station_a, "officer")
    compound = station_address(station_a).building.compound
    params = {
        **params,
        **({"compound": compound.pk} if "compound" in params else {}),
        **({"officer": officer_a.pk} if "officer" in params else {}),
    }

    def add(start, stop):
        for i in range(start, stop):
            registration = make_registration(
                make_resident(station_a, i),
                hours_ago=i % 30,
                assigned_to=officer_a if i % 2 else other_officer,
            )
            if i % 3 == 0:
                registration_step(actor=officer_a, registration=registration, kind="verify")

    add(0, 5)
    small, _ = _queries(client, params)
    add(5, 50)
    large, context = _queries(client, params)
    assert small == large, "\n".join(q["sql"] for q in context.captured_queries)
    # The queue reads its rows at risk and the rest as two parts (UrgentFirst); a document search adds its own.
    assert large <= 13, "\n".join(q["sql"] for q in context.captured_queries)


@pytest.mark.django_db
def test_deadline_is_shown_in_the_station_time_zone(client_for, officer_a, resident_a, frozen):
    registration = make_registration(resident_a, arrival_at=NOW - datetime.timedelta(hours=1))
    local = timezone.localtime(registration.deadline_at).strftime("%Y-%m-%d %H:%M")
    assert local == "2026-03-11 22:00"
    assert local in _page(client_for(officer_a))
