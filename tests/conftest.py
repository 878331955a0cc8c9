"""The test base of every page test: an officer of station A, an officer of station B, and a resident of A.

Each staff client is logged in with a confirmed TOTP device, as staff always are outside the demo.
"""

import datetime
import email
import email.policy
import os
import socket

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import make_passport, make_permit, make_portal_account, make_resident, make_staff, make_station


def pytest_configure(config):
    """`TEST_CLOCK_DAYS_AHEAD=400` runs the whole suite with the clock moved that many days ahead.

    CI runs the SQLite suite once so, to prove no test depends on the day it runs: every date in a test is
    relative to a frozen or computed today. The clock keeps ticking; tests that freeze time travel from there.
    """
    days = int(os.environ.get("TEST_CLOCK_DAYS_AHEAD") or 0)
    if days:
        ahead = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=days)
        config._lianyang_clock = time_machine.travel(ahead, tick=True)
        config._lianyang_clock.start()


def pytest_unconfigure(config):
    clock = getattr(config, "_lianyang_clock", None)
    if clock is not None:
        clock.stop()


def pytest_report_header(config):
    days = int(os.environ.get("TEST_CLOCK_DAYS_AHEAD") or 0)
    return f"clock moved {days} days ahead: {datetime.date.today()}" if days else None


@pytest.fixture(scope="session", autouse=True)
def quick_password_hashing():
    """A deployment hashes passwords with PBKDF2's million rounds, which is the point there and costs a second a
    password on a small machine; tests make thousands of accounts, so they hash with one round. Logins still check
    the password for real. Session-wide, so the module-wide builds (the demo, the access matrix) use it too."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(autouse=True)
def english_between_tests():
    """A page in Arabic leaves Arabic active in the thread; each test starts in English."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached filter lists belong to one test's database: each test starts with an empty cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def audit_checkpoints_of_this_test(settings, tmp_path):
    """The audit chain's checkpoints belong to one test's database, never to the demo's var/ directory."""
    settings.AUDIT_CHECKPOINT_DIR = tmp_path / "audit-checkpoints"


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings):
    """Background tasks run where they are enqueued, so a test sees their effect; `make test` sets the same."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def station_a(db):
    return make_station("Lianyang")


@pytest.fixture
def station_b(db):
    return make_station("Gubei")


@pytest.fixture
def officer_a(station_a):
    return make_staff(station_a, "officer", "officer_a")


@pytest.fixture
def officer_b(station_b):
    return make_staff(station_b, "officer", "officer_b")


@pytest.fixture
def head_a(station_a):
    return make_staff(station_a, "head", "head_a")


@pytest.fixture
def liaison_a(station_a):
    return make_staff(station_a, "police_liaison", "liaison_a")


@pytest.fixture
def district_admin(db):
    return make_staff(None, "district_admin", "district_admin")


@pytest.fixture
def resident_a(station_a):
    resident = make_resident(station_a, 1)
    make_passport(resident)
    make_permit(resident)
    return resident


@pytest.fixture
def resident_b(station_b):
    return make_resident(station_b, 0)


@pytest.fixture
def resident_user(resident_a):
    return make_portal_account(resident_a, "minjun.kim@example.com", language="ko")


def login_staff(client, user):
    """Log `user` in with a verified second factor, as the login page would leave them."""
    device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def client_for(client):
    def make(user):
        if hasattr(user, "staff_profile"):
            return login_staff(client, user)
        client.force_login(user)
        return client

    return make


class _Mailbox:
    """aiosmtpd's handler: keeps every message it is given, parsed (headers and parts decoded)."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on a free local port, with Django's SMTP backend pointed at it; `.messages` holds what
    it received, as parsed e-mail messages."""
    mailbox = _Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    yield mailbox
    controller.stop()
