"""The demo outbox: in a demo every e-mail is kept and shown on one page; outside a demo there is no such page
(production refuses the switch: tests/core/test_settings.py)."""

import pytest
from django.core import mail
from django.test import override_settings

from lianyang.demo.models import OutboxMessage

OUTBOX = "lianyang.demo.outbox.OutboxBackend"


@pytest.mark.django_db
@override_settings(DEMO_OUTBOX=True, EMAIL_BACKEND=OUTBOX)
def test_a_sent_email_is_kept_in_the_outbox_and_shown_to_a_newcomer(client):
    mail.send_mail("Ihr Anmeldecode", "Ihr Anmeldecode lautet 482913.", "station@example.org", ["meta@example.com"])
    mail.send_mail("Other", "Someone else's message.", "station@example.org", ["other@example.com"])
    assert OutboxMessage.objects.count() == 2
    page = client.get("/demo/outbox/?to=META@example.com").content.decode()
    assert "Ihr Anmeldecode lautet 482913." in page and "meta@example.com" in page
    assert "Someone else" not in page
    assert "Someone else" in client.get("/demo/outbox/").content.decode()


@pytest.mark.django_db
@override_settings(DEMO_OUTBOX=True, EMAIL_BACKEND=OUTBOX)
def test_every_page_shows_the_demo_banner_in_the_readers_language(client):
    assert 'href="/demo/outbox/"' in client.get("/en/").content.decode()
    assert 'href="/demo/outbox/"' in client.get("/staff/login/").content.decode()
    russian = client.get("/ru/").content.decode()
    assert "Это демоверсия" in russian and '<a href="/demo/outbox/">' in russian


@pytest.mark.django_db
@override_settings(DEMO_OUTBOX=True, EMAIL_BACKEND=OUTBOX)
def test_an_empty_outbox_says_how_to_fill_it(client):
    assert "Ask for a login code on the portal" in client.get("/demo/outbox/").content.decode()
    assert client.get("/demo/outbox/?page=x&to=" + "a" * 400).status_code == 200


@pytest.mark.django_db
def test_outside_a_demo_there_is_no_outbox_and_no_banner(client):
    assert client.get("/demo/outbox/").status_code == 404
    assert "demo-banner" not in client.get("/en/").content.decode()
