"""The local host hears of their pairings as the resident does: in Chinese, in the portal inbox and by e-mail, with
the resident's first name only; of the proposal waiting for them, the start, the resident's refusal and every end
they did not make themselves, never the reason a resident withdrew their consent."""

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from lianyang.activities.models import Pairing
from lianyang.activities.pairing import services
from lianyang.activities.pairing.messages import first_name, tell_host
from lianyang.notify.models import Notification
from lianyang.people.services import consent_set

from .pairing_factories import (  # noqa: F401 (the host and silva fixtures)
    host_fixture,
    make_active_pairing,
    make_offer,
    make_wish,
    silva_fixture,
)

pytestmark = pytest.mark.django_db


def _sent(officer, host, resident) -> Pairing:
    pairing = services.pairing_propose(actor=officer, wish=make_wish(resident), offer=make_offer(host))
    return services.pairing_send(actor=officer, pairing=pairing)


def _host_templates(host) -> list[str]:
    """What the host was told, once per message (the portal copy)."""
    return list(
        Notification.objects.filter(host=host, channel=Notification.Channel.PORTAL)
        .order_by("id")
        .values_list("template", flat=True)
    )


def test_the_host_reads_the_proposal_in_chinese_in_the_inbox_and_by_email(
    client, officer_a, host, silva, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pairing = _sent(officer_a, host, silva)
    link = f"{settings.SITE_URL}/zh-hans/exchange/pairings/{pairing.pk}/"
    told = Notification.objects.get(host=host, channel=Notification.Channel.PORTAL)
    assert told.resident is None and told.language == "zh-hans"
    assert told.payload == {"topic": "烹饪", "resident": "Olga", "link": link}
    assert told.idempotency_key == f"pairing:{pairing.pk}:sent:host:portal"
    assert told.subject == "“烹饪”结对建议"
    assert "外籍居民Olga" in told.body and link in told.body and "IVANOVA" not in told.body

    (email,) = [message for message in mail.outbox if message.to == [host.user.email]]
    assert email.subject == "“烹饪”结对建议" and link in email.body

    client.force_login(host.user)
    inbox = client.get(reverse("stay:inbox")).content.decode()
    assert "“烹饪”结对建议" in inbox and "stay-unread" in inbox
    page = client.get(reverse("stay:message", args=[told.pk])).content.decode()
    assert "请在门户网站的“交流”栏目中接受或拒绝" in page and 'lang="zh-hans"' in page
    # The resident still hears in Portuguese, under the key they always had.
    residents = Notification.objects.filter(resident=silva, template="pairing_sent", language="pt-br")
    assert sorted(residents.values_list("idempotency_key", flat=True)) == [
        f"pairing:{pairing.pk}:sent:email",
        f"pairing:{pairing.pk}:sent:portal",
    ]


def test_the_host_is_told_when_the_pairing_begins_and_not_of_their_own_acceptance(officer_a, host, silva):
    pairing = _sent(officer_a, host, silva)
    services.pairing_answer(actor=host.user, pairing=pairing, accept=True)
    assert _host_templates(host) == ["pairing_host_sent"]
    services.pairing_answer(actor=silva.user, pairing=pairing, accept=True)
    assert _host_templates(host) == ["pairing_host_sent", "pairing_host_active"]
    active = Notification.objects.get(host=host, template="pairing_host_active", channel="portal")
    assert active.payload["resident"] == "Olga"


def test_the_host_is_told_when_the_resident_declines(officer_a, host, silva):
    pairing = _sent(officer_a, host, silva)
    services.pairing_answer(actor=silva.user, pairing=pairing, accept=False)
    assert _host_templates(host) == ["pairing_host_sent", "pairing_host_declined"]
    assert not Notification.objects.filter(resident=silva, template="pairing_declined").exists()


def test_a_hosts_own_decline_tells_the_resident_and_not_the_host(officer_a, host, silva):
    pairing = _sent(officer_a, host, silva)
    services.pairing_answer(actor=host.user, pairing=pairing, accept=False)
    assert _host_templates(host) == ["pairing_host_sent"]
    assert Notification.objects.filter(resident=silva, template="pairing_declined").count() == 2


def test_the_host_is_told_when_the_resident_ends_the_pairing(officer_a, host, silva):
    pairing = make_active_pairing(officer_a, make_offer(host), make_wish(silva))
    services.pairing_end(actor=silva.user, pairing=pairing, reason="moved_away", feedback="Obrigado!")
    assert _host_templates(host)[-1] == "pairing_host_ended"
    assert not Notification.objects.filter(resident=silva, template="pairing_ended").exists()


def test_an_end_by_the_host_tells_only_the_resident(officer_a, host, silva):
    pairing = make_active_pairing(officer_a, make_offer(host), make_wish(silva))
    services.pairing_end(actor=host.user, pairing=pairing, reason="finished")
    assert "pairing_host_ended" not in _host_templates(host)
    assert Notification.objects.filter(resident=silva, template="pairing_ended").count() == 2


def test_an_end_by_an_officer_tells_both_sides(officer_a, host, silva):
    pairing = make_active_pairing(officer_a, make_offer(host), make_wish(silva))
    services.pairing_end(actor=officer_a, pairing=pairing, reason="moved_away")
    assert _host_templates(host)[-1] == "pairing_host_ended"
    assert Notification.objects.filter(resident=silva, template="pairing_ended").count() == 2


def test_a_withdrawn_consent_tells_the_host_of_the_end_but_not_why(
    officer_a, host, silva, django_capture_on_commit_callbacks
):
    pairing = make_active_pairing(officer_a, make_offer(host), make_wish(silva))
    with django_capture_on_commit_callbacks(execute=True):
        consent_set(actor=silva.user, resident=silva, purpose="pairing", given=False)
    ended = Notification.objects.get(host=host, template="pairing_host_ended", channel="portal")
    assert ended.idempotency_key == f"pairing:{pairing.pk}:ended:host:portal"
    assert "结对已结束" in ended.body
    for word in ("同意", "撤回", "consent", "Consent"):
        assert word not in ended.subject + ended.body + str(ended.payload)


def test_a_withdrawn_consent_withdraws_the_proposal_sent_and_says_nothing_of_one_never_sent(
    officer_a, host, silva, station_a, django_capture_on_commit_callbacks
):
    _sent(officer_a, host, silva)
    tea = services.pairing_propose(actor=officer_a, wish=make_wish(silva, "tea"), offer=make_offer(host, "tea"))
    with django_capture_on_commit_callbacks(execute=True):
        consent_set(actor=silva.user, resident=silva, purpose="pairing", given=False)
    assert _host_templates(host) == ["pairing_host_sent", "pairing_host_withdrawn"]
    withdrawn = Notification.objects.get(host=host, template="pairing_host_withdrawn", channel="portal")
    assert withdrawn.subject == "“烹饪”结对建议已撤回" and "您无需答复" in withdrawn.body
    assert not Notification.objects.filter(idempotency_key__startswith=f"pairing:{tea.pk}:").exists()


def test_telling_the_host_twice_creates_nothing_twice(officer_a, host, silva):
    pairing = _sent(officer_a, host, silva)
    tell_host(pairing, "pairing_host_sent", "sent")
    assert Notification.objects.filter(host=host).count() == 2  # portal and e-mail, once each


def test_the_first_name_is_the_first_given_name_or_else_the_surname(silva):
    assert first_name(silva) == "Olga"
    silva.given_names = "ANNA MARIA"
    assert first_name(silva) == "Anna"
    silva.given_names = ""
    assert first_name(silva) == "Ivanova"
