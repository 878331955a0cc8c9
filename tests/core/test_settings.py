import os
import subprocess
import sys

import pytest
from django.db import connection

from lianyang.community.models import Station


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


@pytest.mark.django_db
def test_postgresql_prepares_a_query_run_five_times_on_a_connection():
    """Decision 0014: parameters bound by the server, and a repeated query planned once per connection."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: this run uses SQLite")
    for _ in range(6):
        list(Station.objects.filter(pk=-1))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s", ['%FROM "community_station"%']
        )
        assert cursor.fetchone()[0] >= 1


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
        **STRONG_KEYS,
        **{switch: "true"},
    )
    assert result.returncode != 0
    assert f"{switch} cannot be on in production" in result.stderr


STRONG_KEYS = {
    "SECRET_KEY": "Jq3v9ZrT1cXw7bLm5nKp2sHd8fGy4uEa6oIt0RzQxVbNcMlWe4Rt7Yu1Io",
    "FIELD_ENCRYPTION_KEYS": "ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=",
    "BLIND_INDEX_KEY": "b7Yk2Qw9Lp4Xr6Tz1Vn8Mc3Hs5Gd0FaPe2Wq",
    "AUDIT_KEYS": "Xc4Vb8Nm2Lk6Jh0Gf3Ds7Aq1Wz5Ex9Rt4Yu8Io",
}


@pytest.mark.parametrize(
    ("name", "weak"),
    [("SECRET_KEY", "x" * 60), ("SECRET_KEY", "short-but-varied-key"),
     ("SECRET_KEY", "django-insecure-" + "a1b2c3" * 9), ("BLIND_INDEX_KEY", "y" * 40),
     ("BLIND_INDEX_KEY", "ci-dummy-blind-index-key"), ("AUDIT_KEYS", "z" * 40),
     ("AUDIT_KEYS", "Xc4Vb8Nm2Lk6Jh0Gf3Ds7Aq1Wz5Ex9Rt4Yu8Io,old-short-key")],
)  # fmt: skip
def test_production_refuses_a_guessable_key(name, weak):
    result = _settings_in_subprocess(
        LIANYANG_MODE="production", ALLOWED_HOSTS="example.org", **{**STRONG_KEYS, name: weak}
    )
    assert result.returncode != 0
    assert f"{name} is too weak for production" in result.stderr


def test_production_starts_with_strong_keys():
    result = _settings_in_subprocess(
        LIANYANG_MODE="production", ALLOWED_HOSTS="example.org", SITE_URL="https://example.org", **STRONG_KEYS
    )
    assert result.returncode == 0, result.stderr


def test_serving_without_collected_static_files_says_what_to_run(settings, tmp_path):
    from django.core.management import CommandError, call_command

    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with pytest.raises(CommandError, match="run `lianyang collectstatic`"):
        call_command("serve")


def test_booleans_are_parsed_strictly():
    result = _settings_in_subprocess(DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_a_development_machine_gains_a_new_secret_and_keeps_its_old_ones(tmp_path, monkeypatch):
    import json

    from lianyang import settings as module

    monkeypatch.setattr(module, "VAR_DIR", tmp_path)
    older = {"SECRET_KEY": "s" * 50, "FIELD_ENCRYPTION_KEYS": "f", "BLIND_INDEX_KEY": "b" * 32}
    (tmp_path / "development-secrets.json").write_text(json.dumps(older))
    values = module._development_secrets()
    assert {k: values[k] for k in older} == older
    assert len(values["AUDIT_KEYS"]) >= 32
    assert json.loads((tmp_path / "development-secrets.json").read_text()) == values
