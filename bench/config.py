"""Scales, the bench database of each, and Django set up against it (DATABASE_URL is set before django.setup)."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PG_SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")


@dataclass(frozen=True)
class Scale:
    name: str
    stations: int  # stations of 5,000 residents each (Lianyang, Gubei, then generated ones)
    open_registrations: int  # submitted, returned, verified or filed
    closed_registrations: int  # registered, rejected, withdrawn, superseded
    requests: int  # service requests over the last year, in every status (7,500 a station)

    @property
    def residents(self) -> int:
        return self.stations * 5000


SCALES = {
    "community": Scale("community", 1, 1250, 500, 7_500),
    "district": Scale("district", 10, 12_500, 5_000, 75_000),
    "city": Scale("city", 40, 50_000, 20_000, 300_000),
    "nation": Scale("nation", 200, 250_000, 100_000, 1_500_000),
}


def database_url(scale: str) -> str:
    return f"{PG_SERVER}/lianyang_bench_{scale}"


def setup(url: str | None = None, settings: str = "bench.settings") -> None:
    """Point Django at `url` (or the DATABASE_URL already set) and set it up; call once, before any model import."""
    if url:
        os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = settings
    os.environ.pop("DEMO_SKIP_TOTP", None)  # real sessions with a confirmed TOTP device, never the demo switch
    os.environ.setdefault("TASK_BACKEND", "immediate")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def pg_exists(scale: str) -> bool:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [f"lianyang_bench_{scale}"]).fetchone()
    return row is not None


def pg_create(scale: str, *, drop: bool) -> None:
    import psycopg

    name = f"lianyang_bench_{scale}"
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        if drop:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
