import os
import subprocess
import sys

import pytest
from django.db import connection


@pytest.mark.django_db
def test_sqlite_runs_with_wal_immediate_transactions_and_a_busy_timeout():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only: this run uses PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] == 20000
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def _settings_in_subprocess(**env):
    environment = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEMO_SKIP_TOTP", "DEMO_OUTBOX", "DEBUG"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import django; from django.conf import settings; django.setup()"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _settings_in_subprocess(LIANYANG_MODE="production", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY is required in production" in result.stderr


@pytest.mark.parametrize("switch", ["DEMO_SKIP_TOTP", "DEMO_OUTBOX"])
def test_production_refuses_the_demo_switches(switch):
    result = _settings_in_subprocess(
        LIANYANG_MODE="production",
        ALLOWED_HOSTS="example.org",
        SECRET_KEY="x" * 50,
        FIELD_ENCRYPTION_KEYS="ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=",
        BLIND_INDEX_KEY="y" * 32,
        **{switch: "true"},
    )
    assert result.returncode != 0
    assert f"{switch} cannot be on in production" in result.stderr


def test_booleans_are_parsed_strictly():
    result = _settings_in_subprocess(DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr
