"""The throttle on e-mailed login codes, their guesses, new portal accounts and `/verify/` (accounts/throttle.py).

Each limit lets its requests through, refuses the next one with the translated 429 page before anything is sent,
created or recorded, logs the refusal, and leaves another address and another sender alone.
"""

import logging
import os
import re
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation

from lianyang.audit.models import AuditEvent
from lianyang.people.services import resident_update

RATES = {
    "code_emails_per_address": "5/h",
    "code_emails_per_client": "20/h",
    "code_guesses_per_address": "10/10m",
    "code_guesses_per_client": "30/10m",
    "accounts_per_client": "10/h",
    "slip_checks_per_client": "30/m",
}
SENDER, OTHER_SENDER = "203.0.113.7", "198.51.100.23"
LOGGER = "lianyang.accounts.throttle"


@pytest.fixture(autouse=True)
def documented_rates(settings):
    """The defaults of docs/operations.md, whatever the environment overrides."""
    settings.THROTTLE_RATES = RATES


def limit(rule: str) -> int:
    return int(RATES[rule].split("/")[0])


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Posts whose on-commit e-mails are sent at once, as after a real request."""

    def post(client, url, data, sender=SENDER):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, REMOTE_ADDR=sender)

    return post


@pytest.fixture
def other_resident_user(resident_b):
    user = get_user_model().objects.create_user(
        username="lea.muller@example.com", email="lea.muller@example.com", password=None, language="de"
    )
    resident_update(actor=None, resident=resident_b, email=user.email)
    resident_b.user = user
    resident_b.save(update_fields=["user"])
    return user


def assert_refused(response, caplog, rule: str, *, sender: str = SENDER, secret: str = ""):
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert "Too many requests" in page
    assert "Please wait a while, then try again." in page
    (record,) = [r for r in caplog.records if r.name == LOGGER]
    assert record.levelno == logging.WARNING
    assert rule in record.getMessage() and sender in record.getMessage()
    if secret:
        assert secret not in record.getMessage()  # the log names the sender, never the address asked for
    caplog.clear()


def ask_code(post, client, email, sender=SENDER):
    return post(client, reverse("portal:login"), {"code-email": email}, sender)


def code_in(message) -> str:
    return re.search(r"(?<!\d)(\d{6})(?!\d)", message.body).group(1)


def wrong(code: str) -> str:
    return "000000" if code != "000000" else "111111"


@pytest.mark.django_db
def test_code_emails_per_address(client, resident_user, other_resident_user, mailoutbox, run_on_commit, caplog):
    for _ in range(limit("code_emails_per_address")):
        assert ask_code(run_on_commit, client, resident_user.email)["Location"] == reverse("portal:login_code")
    assert len(mailoutbox) == 5

    response = ask_code(run_on_commit, client, resident_user.email.upper(), sender=OTHER_SENDER)
    assert_refused(response, caplog, "code_emails_per_address", sender=OTHER_SENDER, secret="minjun")
    assert len(mailoutbox) == 5

    assert ask_code(run_on_commit, client, other_resident_user.email).status_code == 302
    assert [m.to for m in mailoutbox[5:]] == [[other_resident_user.email]]


@pytest.mark.django_db
def test_code_emails_per_client(client, resident_user, mailoutbox, run_on_commit, caplog):
    for n in range(limit("code_emails_per_client")):
        assert ask_code(run_on_commit, client, f"visitor{n}@example.com").status_code == 302

    assert_refused(ask_code(run_on_commit, client, resident_user.email), caplog, "code_emails_per_client")
    assert mailoutbox == []

    assert ask_code(run_on_commit, Client(), resident_user.email, sender=OTHER_SENDER).status_code == 302
    assert [m.to for m in mailoutbox] == [[resident_user.email]]


@pytest.mark.django_db
def test_a_guess_over_the_limit_is_refused_even_when_the_code_is_right(
    client, resident_user, mailoutbox, run_on_commit, caplog
):
    """Each code dies after five wrong tries, so the attacker asks for a new one every four guesses."""
    guesses = 0
    while guesses < limit("code_guesses_per_address"):
        ask_code(run_on_commit, client, resident_user.email)
        for _ in range(min(4, limit("code_guesses_per_address") - guesses)):
            response = client.post(reverse("portal:login_code"), {"code": wrong(code_in(mailoutbox[-1]))})
            assert "not correct" in response.content.decode()
            guesses += 1

    response = client.post(reverse("portal:login_code"), {"code": code_in(mailoutbox[-1])}, REMOTE_ADDR=OTHER_SENDER)
    assert_refused(response, caplog, "code_guesses_per_address", sender=OTHER_SENDER, secret="minjun")
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("portal:my_data"))["Location"].startswith(reverse("portal:login"))


@pytest.mark.django_db
def test_guesses_per_client_and_another_client_logs_in(
    client, resident_user, other_resident_user, mailoutbox, run_on_commit, caplog
):
    """One sender spreads its guesses over many addresses; another sender logs in as usual."""
    guesses = 0
    for n in range(10):
        ask_code(run_on_commit, client, f"visitor{n}@example.com")
        for _ in range(8):
            if guesses < limit("code_guesses_per_client"):
                assert (
                    client.post(reverse("portal:login_code"), {"code": "123456"}, REMOTE_ADDR=SENDER).status_code == 200
                )
                guesses += 1
    ask_code(run_on_commit, client, resident_user.email)
    response = client.post(reverse("portal:login_code"), {"code": code_in(mailoutbox[-1])}, REMOTE_ADDR=SENDER)
    assert_refused(response, caplog, "code_guesses_per_client")
    assert "_auth_user_id" not in client.session

    other = Client()
    ask_code(run_on_commit, other, other_resident_user.email, sender=OTHER_SENDER)
    response = other.post(reverse("portal:login_code"), {"code": code_in(mailoutbox[-1])}, REMOTE_ADDR=OTHER_SENDER)
    assert response["Location"] == reverse("portal:my_data")


@pytest.mark.django_db
def test_accounts_per_client(client, mailoutbox, run_on_commit, caplog):
    url = reverse("stay:email")
    for n in range(limit("accounts_per_client")):
        assert run_on_commit(client, url, {"stay-email": f"arrival{n}@example.com"})["Location"] == reverse("stay:code")
    users = get_user_model().objects
    assert users.count() == 10 and len(mailoutbox) == 10

    response = run_on_commit(client, url, {"stay-email": "one.more@example.com"})
    assert_refused(response, caplog, "accounts_per_client", secret="one.more")
    assert not users.filter(email="one.more@example.com").exists()
    assert len(mailoutbox) == 10

    response = run_on_commit(Client(), url, {"stay-email": "one.more@example.com"}, sender=OTHER_SENDER)
    assert response["Location"] == reverse("stay:code")
    assert users.filter(email="one.more@example.com").exists()
    assert mailoutbox[-1].to == ["one.more@example.com"]


@pytest.mark.django_db
def test_new_arrival_guesses_are_throttled_too(client, mailoutbox, run_on_commit, caplog):
    run_on_commit(client, reverse("stay:email"), {"stay-email": "joao.silva@example.com"})
    code = code_in(mailoutbox[-1])
    for _ in range(limit("code_guesses_per_address")):
        client.post(reverse("stay:code"), {"code": wrong(code)}, REMOTE_ADDR=SENDER)
    response = client.post(reverse("stay:code"), {"code": code}, REMOTE_ADDR=SENDER)
    assert_refused(response, caplog, "code_guesses_per_")
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_slip_checks_per_client(client, caplog):
    token = "A" * 43
    for _ in range(limit("slip_checks_per_client")):
        assert client.get(f"/verify/{token}", REMOTE_ADDR=SENDER).status_code == 404
    events = AuditEvent.objects.count()

    assert_refused(client.get(f"/verify/{token}", REMOTE_ADDR=SENDER), caplog, "slip_checks_per_client")
    assert AuditEvent.objects.count() == events  # a refused look-up writes no audit event

    assert client.get(f"/verify/{token}", REMOTE_ADDR=OTHER_SENDER).status_code == 404
    assert AuditEvent.objects.count() == events + 1


REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_cache(settings):
    """The deployment's shared cache: the Redis server of this machine, a database of its own for the test."""
    redis = pytest.importorskip("redis")
    server = redis.Redis.from_url(REDIS)
    try:
        server.flushdb()
    except redis.ConnectionError:
        if os.environ.get("REQUIRE_REDIS"):
            raise
        pytest.skip(f"no Redis at {REDIS}")
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS}}
    yield server
    server.flushdb()


@pytest.mark.django_db
def test_with_redis_every_process_shares_the_counts(client, redis_cache, caplog):
    # The counter lives in Redis, where every `lianyang serve` process and machine reads the same number.
    token = "A" * 43
    for _ in range(limit("slip_checks_per_client")):
        assert client.get(f"/verify/{token}", REMOTE_ADDR=SENDER).status_code == 404
    assert any(int(redis_cache.get(key) or 0) == limit("slip_checks_per_client") for key in redis_cache.keys("*"))
    assert_refused(client.get(f"/verify/{token}", REMOTE_ADDR=SENDER), caplog, "slip_checks_per_client")


@pytest.mark.django_db
def test_behind_the_proxy_each_sender_counts_apart(client, settings, caplog):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    token = "A" * 43
    for _ in range(limit("slip_checks_per_client")):
        client.get(f"/verify/{token}", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=SENDER)
    refused = client.get(f"/verify/{token}", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"{OTHER_SENDER}, {SENDER}")
    assert_refused(refused, caplog, "slip_checks_per_client")
    assert client.get(f"/verify/{token}", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=OTHER_SENDER).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title", "message"),
    [
        ("ja", "リクエストが多すぎます", "しばらく待ってから、もう一度お試しください。"),
        ("ar", "طلبات كثيرة جدًا", "يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى."),
    ],
)
def test_the_refusal_speaks_the_visitors_language(client, resident_user, run_on_commit, language, title, message):
    with translation.override(language):
        url = reverse("portal:login")
    assert url.startswith(f"/{language}/")
    for _ in range(limit("code_emails_per_address")):
        run_on_commit(client, url, {"code-email": resident_user.email})
    response = run_on_commit(client, url, {"code-email": resident_user.email})
    assert response.status_code == 429
    page = response.content.decode()
    assert f'lang="{language}"' in page
    assert title in page and message in page
    assert "Too many requests" not in page


def _rates_with(**env):
    """The rates as settings reads them from `env`, in a fresh interpreter."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; django.setup(); "
            "print(settings.THROTTLE_RATES['code_emails_per_address'])",
        ],  # fmt: skip
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_rate_is_set_from_the_environment():
    result = _rates_with(RATE_CODE_EMAILS_PER_ADDRESS="3/30m")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3/30m"


@pytest.mark.parametrize("rate", ["five per hour", "5", "0/h", "5/0m", "5/hour"])
def test_a_rate_that_is_not_one_stops_start_up(rate):
    result = _rates_with(RATE_CODE_EMAILS_PER_ADDRESS=rate)
    assert result.returncode != 0
    assert "RATE_CODE_EMAILS_PER_ADDRESS must be a rate such as 5/h or 10/10m" in result.stderr
