"""Hosts, offers, wishes and pairings for the pairing tests, made through the real services."""

import datetime
import itertools

import pytest
from django.contrib.auth import get_user_model

from lianyang.activities.pairing import services
from lianyang.community.models import Compound
from lianyang.people.models import LocalHost
from lianyang.people.services import consent_set
from tests.factories import make_portal_account, make_resident

_counter = itertools.count(1)
SATURDAY_MORNING = [(5, datetime.time(9, 0), datetime.time(12, 0))]


def compound_of(station) -> Compound:
    return Compound.objects.filter(area__station=station).order_by("id").first()


def make_host(station, name="王阿姨", *, email=None, language="zh-hans") -> LocalHost:
    """A local host with a portal account (e-mail login, Chinese)."""
    email = email or f"host{next(_counter)}@example.cn"
    user = get_user_model().objects.create_user(
        username=email, email=email, password="host-pass-2026", language=language
    )
    return LocalHost.objects.create(
        station=station, user=user, name=name, name_pinyin="Wang Ayi", phone="+8613800000000",
        compound=compound_of(station), languages=["zh-hans", "en"],
    )  # fmt: skip


def make_offer(host, topic="cooking", *, capacity=1, languages=("zh-hans", "en"), slots=SATURDAY_MORNING):
    return services.offer_save(
        actor=host.user, host=host, topic=topic, languages=list(languages), compound=host.compound,
        capacity=capacity, note="红烧肉", slots=slots,
    )  # fmt: skip


def make_wish(resident, topic="cooking", *, languages=("pt-br", "en"), consent=True, slots=SATURDAY_MORNING):
    if consent:
        consent_set(actor=None, resident=resident, purpose="pairing", given=True)
    return services.wish_save(
        actor=resident.user, resident=resident, topic=topic, languages=list(languages),
        compound=compound_of(resident.station), slots=slots,
    )  # fmt: skip


def make_active_pairing(officer, host_offer, wish):
    pairing = services.pairing_propose(actor=officer, wish=wish, offer=host_offer)
    services.pairing_send(actor=officer, pairing=pairing)
    services.pairing_answer(actor=host_offer.host.user, pairing=pairing, accept=True)
    return services.pairing_answer(actor=wish.resident.user, pairing=pairing, accept=True)


@pytest.fixture(name="host")
def host_fixture(station_a):
    return make_host(station_a)


@pytest.fixture(name="silva")
def silva_fixture(station_a):
    resident = make_resident(station_a, 3, preferred_language="pt-br")
    make_portal_account(resident, "joao.silva@example.com", language="pt-br")
    return resident
