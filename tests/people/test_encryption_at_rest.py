"""A document number stored by the demo appears nowhere in plain text: not in the database file, not in a dump."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.db import connection

from lianyang.demo.build import demo_build
from lianyang.people.models import IdentityDocument, Permit, Resident
from lianyang.registration.models import AccommodationRegistration

pytestmark = pytest.mark.django_db(transaction=True)


def _database_bytes() -> bytes:
    """Everything the database holds as its own files would show it, or as its standard dump tool writes it."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        connection.close()
        path = Path(settings["NAME"])
        files = [path, path.with_name(path.name + "-wal")]
        raw = b"".join(f.read_bytes() for f in files if f.exists())
        connection.ensure_connection()
        dump = "\n".join(connection.connection.iterdump()).encode()
        return raw + dump
    pg_dump = shutil.which("pg_dump")
    assert pg_dump, "pg_dump is needed to check the PostgreSQL dump (Debian's postgresql-client)"
    command = [pg_dump, "--data-only", "-h", settings["HOST"] or "127.0.0.1", "-U", settings["USER"], settings["NAME"]]
    return subprocess.run(command, capture_output=True, check=True).stdout


def test_no_document_number_of_the_demo_is_readable_in_the_database():
    demo_build(seed=11, scale="community", residents=40)
    numbers = {d.number for d in IdentityDocument.objects.all()} | {p.number for p in Permit.objects.all()}
    host_ids = set(
        AccommodationRegistration.objects.exclude(host_id_number="").values_list("host_id_number", flat=True)
    )
    assert len(numbers) > 40
    stored = _database_bytes()
    # The same bytes do hold the residents' names, so a number that is not there is really not there.
    assert all(r.surname.encode() in stored for r in Resident.objects.all()[:10])
    leaked = [n for n in numbers | host_ids if n.encode() in stored]
    assert leaked == []
