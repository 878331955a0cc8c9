"""`lianyang backup` and `lianyang restore`: a small demo backed up, restored into another database with the same
rows, an intact audit chain, readable document numbers and its uploaded files; damaged files refused; a database
that is not empty replaced only when the operator says so."""

import contextlib
import gzip
import io
import tarfile
import uuid
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connections
from django.db.utils import load_backend

from lianyang.core.backups import BackupError, checksum_path, postgresql_tool, row_counts
from lianyang.demo.build import demo_build
from lianyang.people.models import IdentityDocument, Resident
from tests.factories import make_passport, make_resident, make_station

pytestmark = pytest.mark.django_db(transaction=True)  # the backup reads committed data only

SCAN = b"\xff\xd8 a scanned data page \xff\xd9"


def use_storage(settings, location):
    default = {**settings.STORAGES["default"], "OPTIONS": {"location": location}}
    settings.STORAGES = {**settings.STORAGES, "default": default}


@pytest.fixture
def uploads(settings, tmp_path):
    """The uploaded papers of the backed-up deployment, in a directory of the test's own."""
    use_storage(settings, tmp_path / "private")
    return tmp_path / "private"


@contextlib.contextmanager
def database(alias: str, name: str):
    """A second database alias (the restore's target) for the length of the block, made on the fly as Django's
    test isolation allows (an alias named in DATABASES would need a test database of its own)."""
    settings_dict = {**connections["default"].settings_dict, "NAME": name}
    connections[alias] = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias)
    try:
        yield connections[alias]
    finally:
        connections[alias].close()
        del connections[alias]


@contextlib.contextmanager
def as_default(alias: str):
    """Run the block against `alias` as if it were the configured database, as a restored deployment would."""
    original = connections["default"]
    connections["default"] = connections[alias]
    try:
        yield
    finally:
        connections["default"] = original


@pytest.fixture
def sqlite_target(tmp_path):
    if connections["default"].vendor != "sqlite":
        pytest.skip("restores into another SQLite file")
    with database("restored", str(tmp_path / "restored.sqlite3")) as connection:
        yield connection


@pytest.fixture
def postgresql_target():
    """A scratch PostgreSQL database of a unique name, dropped afterwards."""
    default = connections["default"]
    if default.vendor != "postgresql":
        pytest.skip("restores into another PostgreSQL database")
    name = f"lianyang_restore_{uuid.uuid4().hex[:12]}"
    with default.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        with database("restored", name) as connection:
            yield connection
    finally:
        with default.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def empty_target(request):
    """An empty database of the configured kind to restore into."""
    vendor = connections["default"].vendor
    return request.getfixturevalue(f"{vendor}_target")


def counts(alias: str = "default") -> dict[str, int]:
    connection = connections[alias]
    with connection.cursor() as cursor:
        return row_counts(cursor, connection.vendor)


def backed_up_demo(tmp_path) -> tuple[dict, IdentityDocument, str]:
    """A small demo with one scanned passport, backed up; the counts, the document and the scan's name."""
    demo_build(seed=7, scale="community", residents=12)
    document = IdentityDocument.objects.order_by("pk").first()
    document.scan = default_storage.save("documents/scan.jpg", ContentFile(SCAN))
    document.save(update_fields=["scan"])
    call_command("backup", str(tmp_path / "station.tar.gz"), stdout=StringIO())
    return counts(), document, document.scan.name


def check_restored(source_counts, document, scan, alias="restored"):
    assert counts(alias) == source_counts
    assert source_counts["people_resident"] > 12 and source_counts["audit_auditevent"] > 0
    with as_default(alias):
        call_command("audit", "verify", stdout=StringIO())  # raises CommandError at a broken link
        assert IdentityDocument.objects.get(pk=document.pk).number == document.number
        with default_storage.open(scan) as stream:
            assert stream.read() == SCAN


def test_a_demo_restored_into_another_sqlite_file_has_every_row_its_audit_chain_and_its_papers(
    tmp_path, uploads, settings, sqlite_target
):
    source_counts, document, scan = backed_up_demo(tmp_path)
    use_storage(settings, tmp_path / "restored-private")
    out = StringIO()
    call_command("restore", str(tmp_path / "station.tar.gz"), "--database", "restored", "--no-input", stdout=out)
    assert "every table's row count matches" in out.getvalue()
    check_restored(source_counts, document, scan)


def test_a_demo_restored_into_another_postgresql_database_has_every_row_its_audit_chain_and_its_papers(
    tmp_path, uploads, settings, postgresql_target
):
    source_counts, document, scan = backed_up_demo(tmp_path)
    use_storage(settings, tmp_path / "restored-private")
    call_command("restore", str(tmp_path / "station.tar.gz"), "--database", "restored", "--no-input", stdout=StringIO())
    check_restored(source_counts, document, scan)


@pytest.fixture
def backed_up(tmp_path, uploads):
    """One resident backed up, then a second added: the second is there only while nothing was restored."""
    station = make_station()
    make_passport(make_resident(station, 0))
    path = tmp_path / "station.tar.gz"
    call_command("backup", str(path), stdout=StringIO())
    make_resident(station, 1)
    return path


def test_the_backup_is_readable_by_its_owner_alone_and_its_checksum_sits_beside_it(backed_up):
    assert backed_up.stat().st_mode & 0o777 == 0o600
    digest, name = checksum_path(backed_up).read_text().split()
    assert name == backed_up.name and len(digest) == 64


def test_a_database_that_is_not_empty_is_not_replaced_without_force(backed_up):
    with pytest.raises(CommandError, match="Not restored: the database .* holds .* tables.*--force"):
        call_command("restore", str(backed_up), "--no-input", stdout=StringIO())
    assert Resident.objects.count() == 2


def test_at_the_prompt_only_yes_replaces_the_database(backed_up, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Not restored"):
        call_command("restore", str(backed_up), stdout=StringIO())
    assert Resident.objects.count() == 2
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    call_command("restore", str(backed_up), stdout=StringIO())
    assert Resident.objects.count() == 1


def test_force_replaces_a_database_that_is_not_empty(backed_up):
    call_command("restore", str(backed_up), "--force", stdout=StringIO())
    assert Resident.objects.count() == 1
    assert IdentityDocument.objects.get().number == "E12345689"


def test_a_damaged_file_is_refused_by_its_checksum_and_nothing_changes(backed_up):
    data = bytearray(backed_up.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backed_up.write_bytes(bytes(data))
    with pytest.raises(CommandError, match="does not match its checksum in station.tar.gz.sha256: the file is damaged"):
        call_command("restore", str(backed_up), "--force", stdout=StringIO())
    assert Resident.objects.count() == 2


def test_a_member_that_differs_from_the_manifest_is_refused_even_without_the_checksum_file(backed_up, tmp_path):
    """A copy that lost its .sha256 is still checked, member by member, against the manifest inside."""
    checksum_path(backed_up).unlink()
    repacked = io.BytesIO()
    with tarfile.open(backed_up, "r:gz") as source, tarfile.open(fileobj=repacked, mode="w") as target:
        for member in source:
            content = source.extractfile(member).read()
            if member.name.startswith("database"):
                content = content[:-1] + bytes([content[-1] ^ 1])
            target.addfile(member, io.BytesIO(content))
    backed_up.write_bytes(gzip.compress(repacked.getvalue()))
    with pytest.raises(CommandError, match="database.* does not match its checksum in the manifest"):
        call_command("restore", str(backed_up), "--force", stdout=StringIO())
    assert Resident.objects.count() == 2


def test_a_file_that_is_not_a_backup_is_refused(tmp_path, uploads):
    path = tmp_path / "notes.tar.gz"
    path.write_bytes(b"not a backup at all")
    with pytest.raises(CommandError, match="is damaged or is not a Lianyang backup"):
        call_command("restore", str(path), "--force", stdout=StringIO())


def test_a_backup_inside_the_uploads_directory_is_refused(uploads):
    uploads.mkdir()
    with pytest.raises(CommandError, match="Write the backup outside"):
        call_command("backup", str(uploads / "station.tar.gz"), stdout=StringIO())


@pytest.mark.parametrize(
    ("installed", "message"),
    [
        ("", "pg_dump is not installed: install the PostgreSQL client"),
        ("pg_dump (PostgreSQL) 14.9", "pg_dump is version 14 but the server runs PostgreSQL 15"),
    ],
)
def test_pg_dump_must_be_installed_and_of_the_servers_major_version(tmp_path, monkeypatch, installed, message):
    if installed:
        tool = tmp_path / "pg_dump"
        tool.write_text(f"#!/bin/sh\necho '{installed}'\n")
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    server = SimpleNamespace(pg_version=150020, ensure_connection=lambda: None)
    with pytest.raises(BackupError, match=message):
        postgresql_tool("pg_dump", server)


def test_uploaded_files_alone_make_the_target_not_empty(backed_up, uploads, empty_target):
    (uploads / "documents").mkdir(parents=True)
    (uploads / "documents" / "newer.jpg").write_bytes(SCAN)
    with pytest.raises(CommandError, match=r"Not restored: .*private holds 1 uploaded files"):
        call_command("restore", str(backed_up), "--database", "restored", "--no-input", stdout=StringIO())
    assert (uploads / "documents" / "newer.jpg").exists()


def test_a_tar_without_a_manifest_is_refused(tmp_path, uploads):
    notes = tmp_path / "notes.txt"
    notes.write_text("minutes of the residents' meeting")
    path = tmp_path / "notes.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        tar.add(notes, "notes.txt")
    with pytest.raises(CommandError, match="is not a Lianyang backup: it has no manifest"):
        call_command("restore", str(path), "--force", stdout=StringIO())
