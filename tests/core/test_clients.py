"""The sender of a request behind the station's reverse proxy, for the login lockout and the audit log."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from lianyang.audit.models import AuditEvent
from lianyang.core.clients import client_ip

PROXY = "10.0.0.2"


def _request(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


@pytest.mark.parametrize(
    ("remote", "forwarded", "sender"),
    [
        ("203.0.113.5", None, "203.0.113.5"),
        ("203.0.113.5", "198.51.100.1", "203.0.113.5"),  # no proxy is trusted: the header is the sender's word
        (PROXY, "203.0.113.5", "203.0.113.5"),
        (PROXY, "198.51.100.1, 203.0.113.5", "203.0.113.5"),  # what stands before the proxy's hop may be forged
        (PROXY, "203.0.113.5, 10.0.0.7", "203.0.113.5"),  # two trusted proxies (a network)
        (PROXY, "2001:db8::1", "2001:db8::1"),
        (PROXY, "not-an-address", PROXY),
        (PROXY, None, PROXY),
    ],
)
def test_the_sender_is_the_last_hop_no_trusted_proxy_added(settings, remote, forwarded, sender):
    settings.TRUSTED_PROXIES = [PROXY, "10.0.0.0/29"] if remote == PROXY else []
    assert client_ip(_request(remote, forwarded)) == sender


@pytest.mark.django_db
def test_behind_the_proxy_one_sender_s_wrong_passwords_lock_out_only_that_sender(client, officer_a, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    login = reverse("accounts:staff_login")
    for _ in range(5):
        client.post(login, {"username": officer_a.username, "password": "wrong"}, REMOTE_ADDR=PROXY,
                    HTTP_X_FORWARDED_FOR="198.51.100.66")  # fmt: skip
    attacker = client.post(login, {"username": officer_a.username, "password": "wrong"}, REMOTE_ADDR=PROXY,
                           HTTP_X_FORWARDED_FOR="198.51.100.66")  # fmt: skip
    assert attacker.status_code == 429
    # The officer, from another address behind the same proxy, still gets to the second factor.
    officer = client.post(login, {"username": officer_a.username, "password": "correct-horse-battery"},
                          REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.9")  # fmt: skip
    assert officer.status_code != 429


@pytest.mark.django_db
def test_the_audit_log_names_the_sender_not_the_proxy(client_for, officer_a, resident_a, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    client_for(officer_a).get(
        reverse("people:resident_detail", args=[resident_a.pk]), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.9"
    )
    assert AuditEvent.objects.filter(action="view", object_id=str(resident_a.pk)).latest("id").ip == "203.0.113.9"
