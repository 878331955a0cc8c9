"""The pairing's rules, as the station tells them: consent first, the host's capacity, one pairing per topic, the
two sides' answers, sessions by the pair only, the end with feedback, and withdrawing consent ends it all."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from lianyang.activities.models import AvailabilitySlot, ExchangeOffer, Pairing, PairingSession
from lianyang.activities.pairing import services
from lianyang.notify.models import Notification
from lianyang.people.services import consent_set
from tests.factories import make_portal_account, make_resident

from .pairing_factories import (  # noqa: F401 (the host and silva fixtures)
    SATURDAY_MORNING,
    host_fixture,
    make_active_pairing,
    make_host,
    make_offer,
    make_wish,
    silva_fixture,
)

pytestmark = pytest.mark.django_db


def test_a_slot_that_ends_before_it_starts_is_refused_and_nothing_is_saved(host):
    with pytest.raises(ValidationError) as refused:
        make_offer(host, slots=[(2, datetime.time(18, 0), datetime.time(17, 0))])
    assert "must end after it starts" in str(refused.value)
    assert not ExchangeOffer.objects.exists() and not AvailabilitySlot.objects.exists()


def test_the_matcher_proposes_the_consenting_resident_and_leaves_out_the_other(officer_a, host, silva, station_a):
    make_offer(host)
    wish = make_wish(silva)
    other = make_resident(station_a, 2)
    make_portal_account(other, "claire@example.com", language="fr")
    make_wish(other, consent=False)
    [pairing] = services.pairings_match(actor=officer_a, station=station_a)
    assert pairing.wish == wish and pairing.status == Pairing.Status.PROPOSED
    assert pairing.reasons == {"languages": ["en"], "overlap_minutes": 180, "near": "compound"}
    assert pairing.score == 40 + 30 + 20
    # Run again: the unsent proposal is replaced, not doubled.
    services.pairings_match(actor=officer_a, station=station_a)
    assert Pairing.objects.count() == 1


def test_proposal_for_a_resident_without_consent_names_the_consent_and_changes_nothing(officer_a, host, silva):
    offer = make_offer(host)
    wish = make_wish(silva, consent=False)
    with pytest.raises(ValidationError) as refused:
        services.pairing_propose(actor=officer_a, wish=wish, offer=offer)
    assert "Pairing with a local family" in refused.value.messages[0]
    assert not Pairing.objects.exists()


def test_capacity_exceeded_is_refused(officer_a, host, silva, station_a):
    offer = make_offer(host, capacity=1)
    make_active_pairing(officer_a, offer, make_wish(silva))
    other = make_resident(station_a, 2)
    make_portal_account(other, "claire@example.com", language="fr")
    with pytest.raises(ValidationError) as refused:
        services.pairing_propose(actor=officer_a, wish=make_wish(other), offer=offer)
    assert "no place left" in refused.value.messages[0]
    assert Pairing.objects.count() == 1
    assert services.pairings_match(actor=officer_a, station=station_a) == []


def test_one_open_pairing_per_topic_per_resident(officer_a, host, silva, station_a):
    wish = make_wish(silva)
    services.pairing_propose(actor=officer_a, wish=wish, offer=make_offer(host))
    second_host = make_host(station_a, "李叔叔")
    with pytest.raises(ValidationError):
        services.pairing_propose(actor=officer_a, wish=wish, offer=make_offer(second_host))
    assert Pairing.objects.count() == 1


def test_both_accept_then_active_and_the_resident_is_told_in_portuguese(officer_a, host, silva):
    pairing = services.pairing_propose(actor=officer_a, wish=make_wish(silva), offer=make_offer(host))
    services.pairing_send(actor=officer_a, pairing=pairing)
    services.pairing_answer(actor=host.user, pairing=pairing, accept=True)
    pairing.refresh_from_db()
    assert pairing.status == Pairing.Status.ACCEPTED
    services.pairing_answer(actor=silva.user, pairing=pairing, accept=True)
    pairing.refresh_from_db()
    assert pairing.status == Pairing.Status.ACTIVE
    told = Notification.objects.filter(resident=silva, channel="portal", template="pairing_active").get()
    assert told.language == "pt-br" and told.payload == {"topic": "Culinária", "host": "王阿姨"}


def test_a_session_logged_by_someone_outside_the_pairing_is_refused(officer_a, host, silva, station_a):
    pairing = make_active_pairing(officer_a, make_offer(host), make_wish(silva))
    outsider = make_host(station_a, "张先生")
    for actor in (outsider.user, officer_a):
        with pytest.raises(ValidationError):
            services.session_log(actor=actor, pairing=pairing, date=timezone.localdate(), what_they_did="Hong Shao Rou")
    assert not PairingSession.objects.exists()
    services.session_log(actor=host.user, pairing=pairing, date=timezone.localdate(), what_they_did="Hong Shao Rou")
    services.session_log(actor=silva.user, pairing=pairing, date=timezone.localdate(), what_they_did="Jiaozi")
    assert sorted(PairingSession.objects.values_list("logged_by", flat=True)) == ["host", "resident"]


def test_a_session_in_the_future_is_refused(officer_a, host, silva):
    pairing = make_active_pairing(officer_a, make_offer(host), make_wish(silva))
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        services.session_log(actor=host.user, pairing=pairing, date=tomorrow, what_they_did="Tea")
    assert not PairingSession.objects.exists()


def test_ending_with_feedback_from_both(officer_a, host, silva):
    pairing = make_active_pairing(officer_a, make_offer(host), make_wish(silva))
    services.pairing_end(actor=host.user, pairing=pairing, reason="finished", feedback="她学得很快。")
    services.pairing_feedback(actor=silva.user, pairing=pairing, feedback="Adorei!")
    pairing.refresh_from_db()
    assert (pairing.status, pairing.ended_reason) == ("ended", "finished")
    assert (pairing.host_feedback, pairing.resident_feedback) == ("她学得很快。", "Adorei!")
    with pytest.raises(ValidationError):
        services.pairing_feedback(actor=silva.user, pairing=pairing, feedback="Again")


def test_a_decline_frees_the_hosts_place(officer_a, host, silva):
    offer = make_offer(host)
    pairing = services.pairing_propose(actor=officer_a, wish=make_wish(silva), offer=offer)
    services.pairing_send(actor=officer_a, pairing=pairing)
    services.pairing_answer(actor=silva.user, pairing=pairing, accept=False)
    pairing.refresh_from_db()
    assert (pairing.status, pairing.ended_reason) == ("declined", "declined")
    with pytest.raises(ValidationError):
        services.pairing_answer(actor=host.user, pairing=pairing, accept=True)


def test_withdrawing_consent_ends_the_pairing(officer_a, host, silva):
    pairing = make_active_pairing(officer_a, make_offer(host), make_wish(silva))
    consent_set(actor=silva.user, resident=silva, purpose="pairing", given=False)
    pairing.refresh_from_db()
    assert (pairing.status, pairing.ended_reason) == ("ended", "consent_withdrawn")


def test_capacity_cannot_fall_below_the_pairings_held(officer_a, host, silva):
    offer = make_offer(host, capacity=1)
    make_active_pairing(officer_a, offer, make_wish(silva))
    other_offer = make_offer(host, topic="tea")
    with pytest.raises(ValidationError):
        services.offer_save(
            actor=host.user, host=host, topic="cooking", languages=["zh-hans"], compound=None, capacity=0,
            slots=SATURDAY_MORNING, offer=offer,
        )  # fmt: skip
    assert other_offer.capacity == 1
    offer.refresh_from_db()
    assert offer.capacity == 1 and offer.languages == ["zh-hans", "en"]


def test_an_officer_of_another_station_cannot_propose(officer_b, host, silva):
    with pytest.raises(ValidationError):
        services.pairing_propose(actor=officer_b, wish=make_wish(silva), offer=make_offer(host))
    assert not Pairing.objects.exists()


def test_a_closed_offer_drops_its_proposals_and_takes_no_more(officer_a, host, silva, station_a):
    offer = make_offer(host)
    make_wish(silva)
    services.pairings_match(actor=officer_a, station=station_a)
    with pytest.raises(ValidationError):
        services.exchange_close(actor=silva.user, item=offer)
    services.exchange_close(actor=host.user, item=offer)
    assert not Pairing.objects.exists()
    assert services.pairings_match(actor=officer_a, station=station_a) == []
