"""The resident's activity pages: in their language with a visible fallback, sign-up, the waiting list and its
offer, cancelling with a confirmation, calendar files and the private feed, the QR code, the rating; refusals
translated and changing nothing; another resident's sign-up does not exist."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from lianyang.activities.events import services
from lianyang.activities.events.planning import activity_translate
from lianyang.activities.models import Enrolment
from lianyang.people.services import household_create
from tests.activities.activity_factories import make_activity, make_participant
from tests.factories import make_resident, make_staff, station_address

Status = Enrolment.Status
pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(station_a):
    return make_staff(station_a, "officer")


@pytest.fixture
def ana(station_a):
    return make_participant(station_a, 2, email="ana@example.com", language="pt-br")


def test_list_in_portuguese_falls_back_to_english_visibly(client, station_a, officer, ana):
    make_activity(station_a, officer=officer, title="Dumpling workshop")
    translated = make_activity(station_a, officer=officer, title="Tea tasting")
    activity_translate(actor=officer, activity=translated, language="pt-br", title="Degustação de chá")
    client.force_login(ana)
    page = client.get("/pt-br/activities/").content.decode()
    assert "Degustação de chá" in page
    assert "Dumpling workshop" in page
    assert page.count("Ainda não traduzida") == 1


def test_list_query_count_holds_for_five_and_fifty(client, station_a, officer, ana):
    client.force_login(ana)
    counts = []
    for total in (5, 50):
        for i in range(total - (5 if total == 50 else 0)):
            make_activity(station_a, officer=officer, title=f"Activity {i}", days_ahead=3 + i % 20)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/pt-br/activities/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_signup_when_full_waitlists_then_offer_accept_and_ics(client, station_a, officer, ana):
    activity = make_activity(station_a, officer=officer, capacity=1, title="Cooking class")
    holder = make_participant(station_a, 0)
    seat = services.enrolment_signup(actor=holder, activity=activity)[0]
    client.force_login(ana)
    response = client.post(f"/pt-br/activities/{activity.pk}/signup/", {"people": ["me"]})
    assert response.status_code == 302
    mine = Enrolment.objects.get(resident=ana.resident)
    assert mine.status == Status.WAITLISTED
    services.enrolment_cancel(actor=holder, enrolment=seat)
    page = client.get(f"/pt-br/activities/mine/{mine.pk}/").content.decode()
    assert "Aceitar a vaga" in page
    client.post(f"/pt-br/activities/mine/{mine.pk}/accept/")
    mine.refresh_from_db()
    assert mine.status == Status.CONFIRMED
    page = client.get(f"/pt-br/activities/mine/{mine.pk}/").content.decode()
    assert "data:image/svg+xml" in page and mine.check_in_code in page
    ics = client.get(f"/pt-br/activities/mine/{mine.pk}/calendar.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    event = Calendar.from_ical(ics.content).walk("VEVENT")[0]
    assert str(event["summary"]) == "Cooking class"
    assert event.decoded("dtstart") == activity.starts_at


def test_signup_refusals_are_translated_and_change_nothing(client, station_a, station_b, officer, ana):
    closed = make_activity(station_a, officer=officer, signup_closes_at=timezone.now() - datetime.timedelta(hours=1))
    other = make_activity(station_b)
    client.force_login(ana)
    response = client.post(f"/pt-br/activities/{closed.pk}/signup/", {"people": ["me"]})
    assert response.status_code == 400
    assert "As inscrições para esta atividade estão encerradas." in response.content.decode()
    assert client.post(f"/pt-br/activities/{other.pk}/signup/", {"people": ["me"]}).status_code == 404
    open_one = make_activity(station_a, officer=officer)
    stranger = make_resident(station_a, 4)
    response = client.post(f"/pt-br/activities/{open_one.pk}/signup/", {"people": [stranger.pk]})
    assert response.status_code == 400
    response = client.post(f"/pt-br/activities/{open_one.pk}/signup/", {"people": ["x"]})
    assert response.status_code == 400
    assert not Enrolment.objects.exists()


def test_family_signup_and_too_many(client, station_a, officer, ana):
    activity = make_activity(station_a, officer=officer, seats_per_signup=2)
    kids = [make_resident(station_a, 5), make_resident(station_a, 6)]
    household_create(actor=None, station=station_a, address=station_address(station_a), members=[ana.resident, *kids])
    client.force_login(ana)
    everyone = ["me", *(kid.pk for kid in kids)]
    response = client.post(f"/pt-br/activities/{activity.pk}/signup/", {"people": everyone})
    assert response.status_code == 400
    assert "no máximo 2 vagas" in response.content.decode()
    assert not Enrolment.objects.exists()
    client.post(f"/pt-br/activities/{activity.pk}/signup/", {"people": everyone[:2]})
    assert Enrolment.objects.filter(status=Status.CONFIRMED).count() == 2


def test_consent_box_on_the_form_records_consent(client, station_a, officer):
    user = make_participant(station_a, 3, consent=False, language="pt-br")
    activity = make_activity(station_a, officer=officer)
    client.force_login(user)
    page = client.get(f"/pt-br/activities/{activity.pk}/").content.decode()
    assert 'name="consent"' in page
    assert client.post(f"/pt-br/activities/{activity.pk}/signup/", {"people": ["me"]}).status_code == 400
    client.post(f"/pt-br/activities/{activity.pk}/signup/", {"people": ["me"], "consent": "on"})
    assert services.has_consent(user.resident)
    assert Enrolment.objects.filter(resident=user.resident).exists()


def test_cancel_asks_first_then_frees_the_seat(client, station_a, officer, ana):
    activity = make_activity(station_a, officer=officer)
    mine = services.enrolment_signup(actor=ana, activity=activity)[0]
    client.force_login(ana)
    assert "Sim, cancelar" in client.get(f"/pt-br/activities/mine/{mine.pk}/cancel/").content.decode()
    assert Enrolment.objects.get(pk=mine.pk).status == Status.CONFIRMED
    client.post(f"/pt-br/activities/mine/{mine.pk}/cancel/")
    assert Enrolment.objects.get(pk=mine.pk).status == Status.CANCELLED


def test_another_residents_sign_up_does_not_exist_for_me(client, station_a, officer, ana):
    activity = make_activity(station_a, officer=officer)
    theirs = services.enrolment_signup(actor=make_participant(station_a, 0), activity=activity)[0]
    client.force_login(ana)
    for path in ("", "cancel/", "calendar.ics"):
        assert client.get(f"/pt-br/activities/mine/{theirs.pk}/{path}").status_code == 404
    assert client.post(f"/pt-br/activities/mine/{theirs.pk}/cancel/").status_code == 404
    assert Enrolment.objects.get(pk=theirs.pk).status == Status.CONFIRMED


def test_private_feed_works_without_login_and_can_be_revoked(client, station_a, officer, ana):
    activity = make_activity(station_a, officer=officer, title="Calligraphy")
    services.enrolment_signup(actor=ana, activity=activity)
    client.force_login(ana)
    client.post("/pt-br/activities/calendar/", {"action": "renew"})
    token = ana.resident.calendar_feed.token
    client.logout()
    feed = client.get(f"/pt-br/activities/calendar/{token}.ics")
    assert feed.status_code == 200 and b"Calligraphy" in feed.content
    client.force_login(ana)
    client.post("/pt-br/activities/calendar/", {"action": "revoke"})
    client.logout()
    assert client.get(f"/pt-br/activities/calendar/{token}.ics").status_code == 404
    assert client.get("/pt-br/activities/calendar/guess.ics").status_code == 404


def test_rating_after_attendance(client, station_a, officer, ana):
    activity = make_activity(station_a, officer=officer)
    mine = services.enrolment_signup(actor=ana, activity=activity)[0]
    client.force_login(ana)
    assert client.post(f"/pt-br/activities/mine/{mine.pk}/rate/", {"rating": "5"}).status_code == 400
    services.enrolment_check_in(actor=officer, activity=activity, code=mine.check_in_code)
    assert client.post(f"/pt-br/activities/mine/{mine.pk}/rate/", {"rating": "7"}).status_code == 400
    client.post(f"/pt-br/activities/mine/{mine.pk}/rate/", {"rating": "5", "comment": "Ótima aula"})
    assert Enrolment.objects.get(pk=mine.pk).rating == 5


def test_pages_need_a_resident(client, station_a, officer):
    assert client.get("/pt-br/activities/").status_code == 302
    client.force_login(officer)
    assert client.get("/pt-br/activities/").status_code == 404


def test_a_sign_up_reads_the_consent_once_in_a_bounded_number_of_queries(client, station_a, officer):
    """The form (whether to show the box) and the service (the rule) ask the same question of the same record: one
    query answers both. Sign-ups come in bursts when an activity opens; each query counts."""
    user = make_participant(station_a, 3, language="pt-br")
    activity = make_activity(station_a, officer=officer)
    client.force_login(user)
    with CaptureQueriesContext(connection) as captured:
        response = client.post(f"/pt-br/activities/{activity.pk}/signup/", {"people": ["me"]})
    assert response.status_code == 302
    assert sum('"people_consent"' in query["sql"] for query in captured) == 1
    assert len(captured) <= 20, [query["sql"][:80] for query in captured]
