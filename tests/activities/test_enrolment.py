"""Signing up, the waiting list and its offers, cancelling, check-in, no-shows, reminders and ratings: the rules of
activities/events/services.py, each refusal checked to change nothing."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from lianyang.activities.events import services
from lianyang.activities.events.planning import activity_update
from lianyang.activities.models import Enrolment
from lianyang.notify.messages import render
from lianyang.notify.models import Notification
from lianyang.people.models import Consent
from lianyang.people.services import household_create
from tests.activities.activity_factories import make_activity, make_participant
from tests.factories import make_resident, make_staff, station_address

Status = Enrolment.Status
pytestmark = pytest.mark.django_db


def _signup(user, activity, **kwargs):
    return services.enrolment_signup(actor=user, activity=activity, **kwargs)


def _refused(code, call):
    before = list(Enrolment.objects.values_list("pk", "status"))
    with pytest.raises(ValidationError) as refusal:
        call()
    assert getattr(refusal.value, "code", None) == code or code in str(refusal.value)
    assert list(Enrolment.objects.values_list("pk", "status")) == before
    return refusal.value


def test_thirty_first_signup_goes_to_waitlist(station_a):
    activity = make_activity(station_a, capacity=3)
    users = [make_participant(station_a, i) for i in range(4)]
    statuses = [_signup(user, activity)[0].status for user in users]
    assert statuses == [Status.CONFIRMED] * 3 + [Status.WAITLISTED]
    waiting = Notification.objects.get(template="enrolment_waitlisted", channel="email")
    assert "waiting list" in render(waiting.template, waiting.payload, "en")[1]


def test_family_members_each_take_a_seat_the_rest_wait(station_a):
    activity = make_activity(station_a, capacity=2)
    user = make_participant(station_a, 0)
    me = user.resident
    child, partner = make_resident(station_a, 3), make_resident(station_a, 4)
    household_create(actor=None, station=station_a, address=station_address(station_a), members=[me, child, partner])
    enrolments = _signup(user, activity, people=[me, child, partner])
    assert [e.status for e in enrolments] == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED]
    assert {e.signed_up_by_id for e in enrolments} == {me.pk}


def test_refusals_change_nothing(station_a, station_b):
    user = make_participant(station_a, 0)
    activity = make_activity(station_a, capacity=5)
    other = make_activity(station_b, title="Tea ceremony")
    past = make_activity(station_a, days_ahead=-1, signup_opens_at=timezone.now() - datetime.timedelta(days=5))
    closed = make_activity(station_a, signup_closes_at=timezone.now() - datetime.timedelta(minutes=1))
    later = make_activity(station_a, signup_opens_at=timezone.now() + datetime.timedelta(days=1))
    _refused("other_station", lambda: _signup(user, other))
    _refused("past", lambda: _signup(user, past))
    _refused("closed", lambda: _signup(user, closed))
    _refused("not_open", lambda: _signup(user, later))
    stranger = make_resident(station_a, 2)
    _refused("not_household", lambda: _signup(user, activity, people=[user.resident, stranger]))
    members = [make_resident(station_a, i) for i in range(3)]
    household_create(
        actor=None, station=station_a, address=station_address(station_a), members=[user.resident, *members]
    )
    _refused("too_many", lambda: _signup(user, activity, people=[user.resident, *members]))
    _signup(user, activity)
    _refused("twice", lambda: _signup(user, activity))
    assert Enrolment.objects.count() == 1


def test_signup_needs_consent_or_gives_it(station_a):
    user = make_participant(station_a, 0, consent=False)
    activity = make_activity(station_a)
    error = _refused("no_consent", lambda: _signup(user, activity))
    assert "agree" in error.messages[0]
    assert not Consent.objects.filter(resident=user.resident).exists()
    _signup(user, activity, give_consent=True)
    assert services.has_consent(user.resident)


def test_refusal_is_in_the_residents_language(station_a):
    from django.utils import translation

    user = make_participant(station_a, 0)
    activity = make_activity(station_a, signup_closes_at=timezone.now() - datetime.timedelta(minutes=1))
    with translation.override("pt-br"):
        error = _refused("closed", lambda: _signup(user, activity))
    assert "inscrições" in error.messages[0].lower()


def test_cancel_offers_the_seat_to_the_first_waiting_only(station_a):
    activity = make_activity(station_a, capacity=1)
    first, second, third = (make_participant(station_a, i) for i in range(3))
    seat = _signup(first, activity)[0]
    _signup(second, activity)
    _signup(third, activity)
    services.enrolment_cancel(actor=first, enrolment=seat)
    statuses = dict(Enrolment.objects.values_list("resident", "status"))
    assert statuses == {
        first.resident.pk: Status.CANCELLED,
        second.resident.pk: Status.OFFERED,
        third.resident.pk: Status.WAITLISTED,
    }
    offer = Enrolment.objects.get(resident=second.resident)
    assert offer.offered_until == pytest.approx(
        timezone.now() + datetime.timedelta(hours=24), abs=datetime.timedelta(minutes=1)
    )
    assert Notification.objects.filter(template="enrolment_offered", resident=second.resident).count() == 2
    services.enrolment_accept(actor=second, enrolment=offer)
    assert Enrolment.objects.get(pk=offer.pk).status == Status.CONFIRMED


def test_offer_expires_and_passes_on_with_time_frozen(station_a):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        activity = make_activity(station_a, capacity=1, offer_hours=6)
        first, second, third = (make_participant(station_a, i) for i in range(3))
        seat = _signup(first, activity)[0]
        _signup(second, activity)
        _signup(third, activity)
        services.enrolment_cancel(actor=first, enrolment=seat)
        clock.shift(datetime.timedelta(hours=5, minutes=59))
        assert services.offers_expire() == 0
        clock.shift(datetime.timedelta(minutes=2))
        assert services.offers_expire() == 1
        late = Enrolment.objects.get(resident=second.resident)
        assert late.status == Status.CANCELLED
        with pytest.raises(ValidationError):
            services.enrolment_accept(actor=second, enrolment=late)
        passed = Enrolment.objects.get(resident=third.resident)
        assert passed.status == Status.OFFERED
        assert passed.offered_until == timezone.now() + datetime.timedelta(hours=6)
        assert services.offers_expire() == 0


def test_offer_never_runs_past_the_start(station_a):
    starts_at = timezone.now() + datetime.timedelta(hours=3)
    activity = make_activity(
        station_a,
        capacity=1,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        signup_closes_at=starts_at,
    )
    first, second = make_participant(station_a, 0), make_participant(station_a, 1)
    seat = _signup(first, activity)[0]
    _signup(second, activity)
    services.enrolment_cancel(actor=first, enrolment=seat)
    assert Enrolment.objects.get(resident=second.resident).offered_until == activity.starts_at


def test_check_in_by_code_and_its_refusals(station_a):
    officer = make_staff(station_a, "officer")
    activity = make_activity(station_a, officer=officer)
    other = make_activity(station_a, officer=officer, title="Calligraphy")
    user = make_participant(station_a, 0)
    enrolment = _signup(user, activity)[0]
    elsewhere = _signup(user, other)[0]
    _refused("wrong_code", lambda: services.enrolment_check_in(actor=officer, activity=activity, code="ZZZZ2222"))
    _refused("wrong_code", lambda: services.enrolment_check_in(actor=officer, activity=activity, code=""))
    _refused(
        "other_activity",
        lambda: services.enrolment_check_in(actor=officer, activity=activity, code=elsewhere.check_in_code),
    )
    typed = f" {enrolment.check_in_code[:4].lower()}-{enrolment.check_in_code[4:]} "
    assert services.enrolment_check_in(actor=officer, activity=activity, code=typed).status == Status.ATTENDED
    _refused("twice", lambda: services.enrolment_check_in(actor=officer, activity=activity, code=typed))


def test_other_station_officer_cannot_check_in(station_a, station_b):
    activity = make_activity(station_a)
    enrolment = _signup(make_participant(station_a, 0), activity)[0]
    outsider = make_staff(station_b, "officer")
    _refused(
        "not_allowed",
        lambda: services.enrolment_check_in(actor=outsider, activity=activity, code=enrolment.check_in_code),
    )


def test_codes_are_unguessable_and_distinct(station_a):
    activity = make_activity(station_a, capacity=30)
    codes = [_signup(make_participant(station_a, i), activity)[0].check_in_code for i in range(20)]
    assert len(set(codes)) == 20
    assert all(len(code) == 8 and set(code) <= set(services.CODE_ALPHABET) for code in codes)


def test_reminder_the_day_before_once(station_a):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        activity = make_activity(station_a, days_ahead=3)
        user = make_participant(station_a, 0)
        _signup(user, activity)
        assert services.reminders_send() == 0
        clock.move_to(activity.starts_at - datetime.timedelta(hours=20))
        assert services.reminders_send() == 1
        assert services.reminders_send() == 0
        reminder = Notification.objects.get(template="enrolment_reminder", channel="email")
        assert reminder.payload["code"] in render(reminder.template, reminder.payload, "en")[1]


def test_no_shows_after_the_end_and_rating_by_attendee_only(station_a):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        officer = make_staff(station_a, "officer")
        activity = make_activity(station_a, officer=officer, days_ahead=2)
        came, stayed_home = make_participant(station_a, 0), make_participant(station_a, 1)
        mine = _signup(came, activity)[0]
        theirs = _signup(stayed_home, activity)[0]
        _refused("not_attended", lambda: services.enrolment_rate(actor=came, enrolment=mine, rating=5))
        clock.move_to(activity.starts_at)
        services.enrolment_check_in(actor=officer, activity=activity, code=mine.check_in_code)
        assert services.no_shows_mark() == 0
        clock.move_to(activity.ends_at)
        assert services.no_shows_mark() == 1
        assert Enrolment.objects.get(pk=theirs.pk).status == Status.NO_SHOW
        mine.refresh_from_db()
        _refused("not_yours", lambda: services.enrolment_rate(actor=stayed_home, enrolment=mine, rating=5))
        _refused("rating", lambda: services.enrolment_rate(actor=came, enrolment=mine, rating=9))
        services.enrolment_rate(actor=came, enrolment=mine, rating=4, comment="Delicious hong shao rou")
        assert Enrolment.objects.get(pk=mine.pk).rating == 4


def test_confirmation_email_carries_the_qr_code(station_a, mailoutbox, django_capture_on_commit_callbacks):
    activity = make_activity(station_a)
    user = make_participant(station_a, 2, language="pt-br")
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = _signup(user, activity)[0]
    [email] = [message for message in mailoutbox if enrolment.check_in_code in message.body]
    assert "Sua vaga em “Cooking class” está confirmada." in email.body
    [(name, content, content_type)] = email.attachments
    assert name == f"check-in-{enrolment.check_in_code}.png"
    assert content_type == "image/png" and content.startswith(b"\x89PNG")


def test_more_seats_are_offered_to_the_waiting_list_at_once(station_a):
    officer = make_staff(station_a, "officer")
    activity = make_activity(station_a, officer=officer, capacity=1)
    for i in range(4):
        _signup(make_participant(station_a, i), activity)
    activity_update(actor=officer, activity=activity, capacity=3)
    assert Enrolment.objects.filter(status=Status.OFFERED).count() == 2
    _refused("capacity", lambda: activity_update(actor=officer, activity=activity, capacity=2))


def test_a_signer_who_is_not_the_actors_own_resident_is_refused(station_a):
    activity = make_activity(station_a)
    actor, other = make_participant(station_a, 0), make_participant(station_a, 1)
    with pytest.raises(ValidationError):
        services.enrolment_signup(actor=actor, activity=activity, people=[other.resident], signer=other.resident)
    assert not Enrolment.objects.exists() and not Notification.objects.exists()
    (own,) = services.enrolment_signup(actor=actor, activity=activity, signer=actor.resident)
    assert own.resident == actor.resident and Notification.objects.filter(resident=actor.resident).count() == 2
