"""The pairing pages: officers review and send the matcher's proposals; a host (in Chinese) and a resident answer,
log sessions and end on the portal; outsiders get 404 and bad input a message, with nothing changed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lianyang.activities.models import ExchangeOffer, Pairing, PairingSession
from tests.factories import make_portal_account, make_resident

from .pairing_factories import host_fixture, make_active_pairing, make_host, make_offer, make_wish, silva_fixture  # noqa: F401 (the host and silva fixtures)

pytestmark = pytest.mark.django_db


def test_officer_runs_the_matcher_and_sends_a_proposal(client_for, officer_a, host, silva):
    make_offer(host)
    make_wish(silva)
    client = client_for(officer_a)
    response = client.post("/staff/activities/pairing/match/", follow=True)
    assert "The matcher proposed 1 pair." in response.text
    assert "Common languages: English" in response.text and "Same compound" in response.text
    pairing = Pairing.objects.get()
    client.post(f"/staff/activities/pairing/pairings/{pairing.pk}/send/")
    pairing.refresh_from_db()
    assert pairing.status == "sent"


def test_proposal_by_hand_without_consent_is_refused_on_the_page(client_for, officer_a, host, silva):
    offer, wish = make_offer(host), make_wish(silva, consent=False)
    response = client_for(officer_a).post("/staff/activities/pairing/propose/", {"wish": wish.pk, "offer": offer.pk})
    assert response.status_code == 400
    assert "Pairing with a local family" in response.text
    assert not Pairing.objects.exists()


def test_an_officer_of_another_station_sees_no_pairing(client_for, officer_a, officer_b, host, silva):
    pairing = make_active_pairing(officer_a, make_offer(host), make_wish(silva))
    client = client_for(officer_b)
    assert client.get(f"/staff/activities/pairing/pairings/{pairing.pk}/").status_code == 404
    assert client.post(f"/staff/activities/pairing/pairings/{pairing.pk}/send/").status_code == 404
    assert silva.passport_name not in client.get("/staff/activities/pairing/pairings/").text


@pytest.mark.parametrize("page", ["pairings/", "offers/", "wishes/"])
def test_list_pages_cost_the_same_for_5_and_50_rows(client_for, officer_a, station_a, page):
    def add(count):
        for _index in range(count):
            host = make_host(station_a)
            resident = make_resident(station_a, 3)
            make_portal_account(resident, f"r{resident.pk}@example.com")
            make_active_pairing(officer_a, make_offer(host), make_wish(resident))

    client = client_for(officer_a)
    add(5)
    with CaptureQueriesContext(connection) as few:
        assert client.get(f"/staff/activities/pairing/{page}").status_code == 200
    add(45)
    with CaptureQueriesContext(connection) as many:
        assert client.get(f"/staff/activities/pairing/{page}").status_code == 200
    assert len(many) == len(few), "\n".join(query["sql"] for query in many.captured_queries)


def test_a_host_logs_in_with_a_password_and_lands_on_exchanges(client, host):
    response = client.post(
        "/zh-hans/login/", {"password-email": host.user.email, "password-password": "host-pass-2026"}
    )
    assert response.status_code == 302 and response["Location"] == "/zh-hans/exchange/"
    assert "我的结对" in client.get("/zh-hans/exchange/").text


def test_a_slot_that_ends_before_it_starts_is_refused_on_the_portal(client_for, host):
    data = {"topic": "tea", "languages": ["zh-hans"], "capacity": "1", "weekday_0": "2", "start_0": "18:00",
            "end_0": "17:00"}  # fmt: skip
    response = client_for(host.user).post("/zh-hans/exchange/offers/new/", data)
    assert response.status_code == 400
    assert "结束时间必须晚于开始时间" in response.text
    assert not ExchangeOffer.objects.exists()


def test_host_accepts_and_logs_a_session_and_an_outsider_gets_404(client_for, officer_a, host, silva, station_a):
    from lianyang.activities.pairing import services

    pairing = services.pairing_propose(actor=officer_a, wish=make_wish(silva), offer=make_offer(host))
    services.pairing_send(actor=officer_a, pairing=pairing)
    client = client_for(host.user)
    client.post(f"/zh-hans/exchange/pairings/{pairing.pk}/answer/", {"answer": "accept"})
    client_for(silva.user).post(f"/pt-br/exchange/pairings/{pairing.pk}/answer/", {"answer": "accept"})
    pairing.refresh_from_db()
    assert pairing.status == "active"
    client = client_for(host.user)
    today = timezone.localdate().isoformat()
    client.post(f"/zh-hans/exchange/pairings/{pairing.pk}/sessions/", {"date": today, "what_they_did": "红烧肉"})
    assert PairingSession.objects.get().what_they_did == "红烧肉"
    outsider = make_host(station_a, "张先生")
    client = client_for(outsider.user)
    response = client.post(f"/zh-hans/exchange/pairings/{pairing.pk}/sessions/", {"date": today, "what_they_did": "x"})
    assert response.status_code == 404
    assert PairingSession.objects.count() == 1


def test_resident_withdraws_consent_on_the_portal_and_the_pairing_ends(client_for, officer_a, host, silva):
    pairing = make_active_pairing(officer_a, make_offer(host), make_wish(silva))
    client_for(silva.user).post("/pt-br/exchange/consent/", {"given": "no"})
    pairing.refresh_from_db()
    assert (pairing.status, pairing.ended_reason) == ("ended", "consent_withdrawn")


def test_a_host_closes_their_offer_and_nobody_else_can(client_for, host, silva):
    offer = make_offer(host)
    assert client_for(silva.user).post(f"/pt-br/exchange/offers/{offer.pk}/close/").status_code == 404
    offer.refresh_from_db()
    assert offer.active
    client_for(host.user).post(f"/zh-hans/exchange/offers/{offer.pk}/close/")
    offer.refresh_from_db()
    assert not offer.active


def _offer_state(offer) -> tuple:
    offer.refresh_from_db()
    slots = sorted(offer.slots.values_list("weekday", "start", "end"))
    return offer.topic, offer.languages, offer.capacity, offer.note, offer.active, slots


def test_an_offer_is_its_own_host_s_and_no_other_host_s(client_for, host, station_a, station_b):
    """The access matrix has no local host among its roles: here the host who owns the offer opens and saves it,
    and another host of the same station or of another station gets 404 on every page of it, with nothing changed."""
    offer = make_offer(host)
    before = _offer_state(offer)
    edit = {"topic": "cooking", "languages": ["zh-hans"], "capacity": "3", "note": "饺子", "weekday_0": "6",
            "start_0": "14:00", "end_0": "16:00"}  # fmt: skip
    for outsider in (make_host(station_a, "张先生"), make_host(station_b, "李叔叔")):
        client = client_for(outsider.user)
        assert client.get(f"/zh-hans/exchange/offers/{offer.pk}/").status_code == 404
        assert client.post(f"/zh-hans/exchange/offers/{offer.pk}/", edit).status_code == 404
        assert client.post(f"/zh-hans/exchange/offers/{offer.pk}/close/").status_code == 404
        assert host.name not in client.get("/zh-hans/exchange/").text
        assert _offer_state(offer) == before
    client = client_for(host.user)
    assert "红烧肉" in client.get(f"/zh-hans/exchange/offers/{offer.pk}/").text
    assert client.post(f"/zh-hans/exchange/offers/{offer.pk}/", edit).status_code == 302
    assert _offer_state(offer)[2:4] == (3, "饺子")
