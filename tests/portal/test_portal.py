"""The portal: language in the URL, login by e-mailed code (through a real SMTP server) or password, my data."""

import re
import socket

import pytest
from aiosmtpd.controller import Controller
from django.urls import reverse

from lianyang.audit.models import AuditEvent


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.messages.append(envelope)
        return "250 OK"


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh-hans", "ja", "ko", "fr", "de", "es", "pt-br", "ru", "ar"])
def test_portal_home_speaks_every_language(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


@pytest.mark.django_db
def test_portal_home_in_japanese_is_translated(client):
    page = client.get("/ja/").content.decode()
    assert "Welcome to the Lianyang" not in page


@pytest.mark.django_db
def test_arabic_portal_is_right_to_left(client):
    assert 'dir="rtl"' in client.get("/ar/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_resident_logs_in_with_a_code_sent_by_email(
    client, resident_user, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("portal:login"), {"code-email": resident_user.email})
    assert response["Location"] == reverse("portal:login_code")
    (message,) = smtp_server.messages
    assert message.rcpt_tos == [resident_user.email]
    body = message.content.decode()
    code = re.search(r"(?<!\d)(\d{6})(?!\d)", body).group(1)
    assert "로그인" in body  # the resident's language is Korean
    response = client.post(reverse("portal:login_code"), {"code": code})
    assert response["Location"] == reverse("portal:my_data")
    assert "KIM" in client.get(reverse("portal:my_data")).content.decode()


@pytest.mark.django_db
def test_unknown_address_gets_the_same_answer_and_no_mail(client, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("portal:login"), {"code-email": "nobody@example.com"})
    assert response["Location"] == reverse("portal:login_code")
    assert mailoutbox == []


@pytest.mark.django_db
def test_wrong_code_five_times_spends_it(client, resident_user, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("portal:login"), {"code-email": resident_user.email})
    code = re.search(r"(?<!\d)(\d{6})(?!\d)", mailoutbox[0].body).group(1)
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(5):
        assert "not correct" in client.post(reverse("portal:login_code"), {"code": wrong}).content.decode()
    assert "not correct" in client.post(reverse("portal:login_code"), {"code": code}).content.decode()


@pytest.mark.django_db
def test_resident_logs_in_with_password_and_sees_only_own_data(client, resident_user, resident_b):
    response = client.post(
        reverse("portal:login"), {"password-email": resident_user.email, "password-password": "portal-pass-2026"}
    )
    assert response["Location"] == reverse("portal:my_data")
    page = client.get(reverse("portal:my_data")).content.decode()
    # Their own numbers in full, to catch a typo against the passport; left to right even in Arabic.
    assert "KIM" in page and '<bdi dir="ltr">E12345689</bdi>' in page and '<bdi dir="ltr">RP0012345</bdi>' in page
    assert resident_b.surname not in page
    assert AuditEvent.objects.filter(actor=resident_user, action="view").exists()


@pytest.mark.django_db
def test_wrong_password_is_refused(client, resident_user):
    response = client.post(reverse("portal:login"), {"password-email": resident_user.email, "password-password": "x"})
    assert "not correct" in response.content.decode()


@pytest.mark.django_db
def test_my_data_needs_a_login(client):
    response = client.get(reverse("portal:my_data"))
    assert response.status_code == 302 and reverse("portal:login") in response["Location"]


@pytest.mark.django_db
def test_staff_user_has_no_resident_record_on_the_portal(client_for, officer_a, resident_a):
    """Not the first resident of the officer's station either: "my data" is only ever one's own record."""
    page = client_for(officer_a).get(reverse("portal:my_data")).content.decode()
    assert "not linked to a resident" in page
    assert resident_a.surname not in page


@pytest.mark.django_db
def test_language_switcher_moves_the_page_to_the_chosen_language(client):
    response = client.post("/i18n/setlang/", {"language": "ja", "next": "/en/login/"})
    assert response.status_code == 302 and response["Location"] == "/ja/login/"
