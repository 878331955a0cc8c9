"""Backing up a deployment's database and uploaded papers into one file, and restoring it.

A backup keeps the register of foreign residents recoverable after a broken disk or a mistaken command: the
security measures a handler of personal information takes (PIPL art. 51), including the backup of important
data (Cybersecurity Law art. 21). The file holds personal data in the clear (names, addresses; document numbers
stay Fernet-encrypted), so it is written readable by its owner alone and must be encrypted wherever it is kept
(docs/operations.md).

The file is a gzip-compressed tar:

- `database.sqlite3`: a copy made by SQLite's online backup API, or `database.dump`: `pg_dump --format=custom`;
- `media/…`: every file under the default storage (uploaded papers and scans);
- `manifest.json`, last: the format, when, the database's kind, every other member's SHA-256 and size, and every
  table's row count at the moment of the copy;

and beside it `FILE.sha256`, the whole file's SHA-256 in `sha256sum` format, so a copy can be checked anywhere
with `sha256sum -c`. A restore checks both checksums before it changes anything, refuses a database that is not
empty unless the operator confirms, and afterwards compares every table's row count with the manifest.
"""

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.core.files.storage import storages
from django.db import connections
from django.utils import timezone

FORMAT = "lianyang-backup/1"
MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_MEMBER = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}
TABLES_SQL = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    "postgresql": "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()",
}
CHUNK = 1 << 20


class BackupError(Exception):
    """A backup or restore that cannot go ahead (nothing was changed), or a restore whose result differs from the
    backup's manifest (said so)."""


@dataclass
class BackupReport:
    path: Path
    sha256: str
    tables: int
    rows: int
    media_files: int


def checksum_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def media_root() -> Path:
    """Where the uploaded papers are: the default storage's directory."""
    return Path(storages["default"].location)


def row_counts(cursor, vendor: str) -> dict[str, int]:
    """Every table's row count, through any DB-API cursor on a database of `vendor`."""
    cursor.execute(TABLES_SQL[vendor])
    tables = sorted(name for (name,) in cursor.fetchall())
    counts = {}
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        cursor.execute(f"SELECT COUNT(*) FROM {quoted}")  # noqa: S608 — a name read from the catalogue, quoted
        counts[table] = cursor.fetchone()[0]
    return counts


# --- PostgreSQL's own tools -------------------------------------------------------------------------------------


def postgresql_tool(tool: str, connection) -> str:
    """The path of `pg_dump` or `pg_restore`, refused unless its major version is the server's: an older tool
    cannot read a newer server, and a newer tool's archive may not restore onto this one."""
    path = shutil.which(tool)
    if path is None:
        raise BackupError(f"{tool} is not installed: install the PostgreSQL client (postgresql-client).")
    output = subprocess.run([path, "--version"], capture_output=True, text=True, check=True).stdout  # noqa: S603
    tool_major = int(re.search(r"(\d+)", output).group(1))
    connection.ensure_connection()
    server_major = connection.pg_version // 10000
    if tool_major != server_major:
        raise BackupError(
            f"{tool} is version {tool_major} but the server runs PostgreSQL {server_major}: install the "
            f"client of version {server_major}."
        )
    return path


def _postgresql_arguments(connection) -> tuple[list[str], dict]:
    """The connection options of a PostgreSQL alias as command-line arguments, and the password as PGPASSWORD."""
    settings = connection.settings_dict
    arguments = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings.get(key):
            arguments += [option, str(settings[key])]
    environment = dict(os.environ)
    if settings.get("PASSWORD"):
        environment["PGPASSWORD"] = settings["PASSWORD"]
    return arguments + ["--dbname", settings["NAME"]], environment


def _run(command: list[str], environment: dict) -> None:
    result = subprocess.run(command, capture_output=True, text=True, env=environment)  # noqa: S603 — our own tools
    if result.returncode:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")


# --- Backup -----------------------------------------------------------------------------------------------------


def _database_copy(connection, target: Path) -> dict[str, int]:
    """Copy the database into `target` and count its rows in the same consistent state."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with contextlib.closing(sqlite3.connect(target)) as copy:
            connection.connection.backup(copy)
            return row_counts(copy.cursor(), "sqlite")
    if connection.vendor == "postgresql":
        pg_dump = postgresql_tool("pg_dump", connection)
        arguments, environment = _postgresql_arguments(connection)
        # One snapshot for the counts and the dump: pg_dump reads exactly what the counts saw.
        with connection.cursor() as cursor:
            cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                cursor.execute("SELECT pg_export_snapshot()")
                snapshot = cursor.fetchone()[0]
                counts = row_counts(cursor, "postgresql")
                dump = [pg_dump, "--format=custom", f"--snapshot={snapshot}", "--file", str(target), *arguments]
                _run(dump, environment)
            finally:
                cursor.execute("COMMIT")
        return counts
    raise BackupError(f"Backups of a {connection.vendor} database are not supported.")


def backup(path: Path, *, using: str = "default") -> BackupReport:
    """Write the database of `using` and every uploaded file into `path`, with its checksums.

    The file appears complete or not at all (written under a temporary name, then renamed) and is readable by
    its owner alone: it holds personal data (PIPL art. 51).
    """
    connection = connections[using]
    path = Path(path).resolve()
    if not path.parent.is_dir():
        raise BackupError(f"The directory {path.parent} does not exist.")
    media = media_root()
    if path.is_relative_to(media):
        raise BackupError(f"Write the backup outside {media}: the backup copies every file in it.")
    members = {}
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".backup-") as work:
        database = Path(work) / DATABASE_MEMBER.get(connection.vendor, "database")
        counts = _database_copy(connection, database)
        partial = Path(work) / "backup.tar.gz"
        partial.touch(mode=0o600)
        with tarfile.open(partial, "w:gz") as tar:
            members[database.name] = _add(tar, database, database.name)
            media_files = sorted(p for p in media.rglob("*") if p.is_file()) if media.is_dir() else []
            for file in media_files:
                name = str(PurePosixPath(MEDIA, *file.relative_to(media).parts))
                members[name] = _add(tar, file, name)
            manifest = {
                "format": FORMAT,
                "created": timezone.now().isoformat(),
                "database": connection.vendor,
                "members": members,
                "tables": counts,
            }
            manifest_file = Path(work) / MANIFEST
            manifest_file.write_text(json.dumps(manifest, indent=1, sort_keys=True))
            tar.add(manifest_file, MANIFEST, recursive=False)
        digest = sha256_of(partial)
        os.replace(partial, path)
    sidecar = checksum_path(path)
    sidecar.touch(mode=0o600)
    sidecar.write_text(f"{digest}  {path.name}\n")
    return BackupReport(path, digest, len(counts), sum(counts.values()), len(media_files))


class _Hashing:
    """A file read once, for the tar and for its SHA-256 alike: a file written meanwhile cannot differ."""

    def __init__(self, stream):
        self.stream, self.digest = stream, hashlib.sha256()

    def read(self, size=-1):
        block = self.stream.read(size)
        self.digest.update(block)
        return block


def _add(tar: tarfile.TarFile, file: Path, name: str) -> dict:
    info = tar.gettarinfo(file, name)
    with file.open("rb") as stream:
        hashing = _Hashing(stream)
        tar.addfile(info, hashing)
    return {"sha256": hashing.digest.hexdigest(), "size": info.size}


# --- Restore ----------------------------------------------------------------------------------------------------


def _member_path(root: Path, name: str) -> Path:
    """Where member `name` goes under `root`; anything but a plain relative path is refused."""
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or ".." in parts:
        raise BackupError(f"The backup holds a file named {name!r}, which no Lianyang backup has.")
    return root.joinpath(*parts)


def _manifest_whole(manifest) -> bool:
    return (
        isinstance(manifest, dict)
        and manifest.get("format") == FORMAT
        and manifest.get("database") in DATABASE_MEMBER
        and isinstance(manifest.get("tables"), dict)
        and isinstance(manifest.get("members"), dict)
        and all(isinstance(entry, dict) and "sha256" in entry for entry in manifest["members"].values())
    )


def _unpack(path: Path, work: Path) -> dict:
    """Unpack `path` into `work`, checking the whole file's and every member's SHA-256; the manifest."""
    if not path.is_file():
        raise BackupError(f"There is no backup at {path}.")
    sidecar = checksum_path(path)
    if sidecar.exists():
        expected = sidecar.read_text().split()[:1]
        if expected != [sha256_of(path)]:
            raise BackupError(f"{path} does not match its checksum in {sidecar.name}: the file is damaged.")
    digests = {}
    try:
        with tarfile.open(path, "r:gz") as tar:
            for member in tar:
                if member.isdir():
                    continue
                if not member.isfile():
                    raise BackupError(f"The backup holds {member.name!r}, which is not a plain file.")
                target = _member_path(work, member.name)
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with tar.extractfile(member) as source, target.open("wb") as copy:
                    while block := source.read(CHUNK):
                        digest.update(block)
                        copy.write(block)
                digests[member.name] = digest.hexdigest()
        manifest = json.loads((work / MANIFEST).read_text()) if MANIFEST in digests else None
    except (tarfile.TarError, EOFError, zlib.error, OSError, ValueError) as error:
        raise BackupError(f"{path} is damaged or is not a Lianyang backup ({error}).") from error
    if not _manifest_whole(manifest):
        raise BackupError(f"{path} is not a Lianyang backup: it has no manifest of format {FORMAT}.")
    listed = {name: entry["sha256"] for name, entry in manifest["members"].items()}
    for name in sorted(set(listed) | set(digests) - {MANIFEST}):
        if listed.get(name) != digests.get(name):
            raise BackupError(f"{path} is damaged: {name} does not match its checksum in the manifest.")
    return manifest


def target_contents(*, using: str = "default") -> str:
    """What a restore would replace: the tables and uploaded files already there ("" when there are none)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(TABLES_SQL[connection.vendor])
        tables = len(cursor.fetchall())
    media = media_root()
    files = sum(1 for p in media.rglob("*") if p.is_file()) if media.is_dir() else 0
    held = [f"the database {connection.settings_dict['NAME']} holds {tables} tables"] if tables else []
    held += [f"{media} holds {files} uploaded files"] if files else []
    return " and ".join(held)


def _database_restore(connection, source: Path) -> None:
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        try:
            with contextlib.closing(sqlite3.connect(source)) as backup_copy:
                backup_copy.backup(connection.connection)
        except sqlite3.Error as error:
            raise BackupError(f"SQLite could not restore the database: {error}") from error
        return
    pg_restore = postgresql_tool("pg_restore", connection)
    arguments, environment = _postgresql_arguments(connection)
    options = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"]
    _run([pg_restore, *options, *arguments, str(source)], environment)


def _media_replace(unpacked: Path, media: Path) -> None:
    """Put the backup's files where the uploads live, moving the old directory aside until the new one is in."""
    incoming = Path(tempfile.mkdtemp(dir=media.parent, prefix=f".{media.name}-restoring-"))
    if unpacked.is_dir():
        shutil.copytree(unpacked, incoming, dirs_exist_ok=True)
    replaced = incoming.with_name(incoming.name.replace("-restoring-", "-replaced-"))
    if media.exists():
        os.replace(media, replaced)
    os.replace(incoming, media)
    shutil.rmtree(replaced, ignore_errors=True)


def restore(path: Path, *, using: str = "default", confirm: Callable[[str], bool]) -> dict[str, int]:
    """Replace the database of `using` and the uploaded files with the backup at `path`.

    Every checksum is checked first; a damaged file is refused and nothing changes. A database or upload
    directory that is not empty is replaced only when `confirm(what is there)` says so. The database is restored
    in one transaction; afterwards every table's row count must match the manifest. Returns those counts.
    """
    connection = connections[using]
    path = Path(path).resolve()
    media = media_root()
    media.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=media.parent) as work:
        manifest = _unpack(path, Path(work))
        if manifest["database"] != connection.vendor:
            raise BackupError(
                f"{path} holds a {manifest['database']} database and cannot be restored onto {connection.vendor}."
            )
        occupied = target_contents(using=using)
        if occupied and not confirm(occupied):
            raise BackupError(f"Not restored: {occupied}. Nothing was changed.")
        _database_restore(connection, Path(work) / DATABASE_MEMBER[connection.vendor])
        _media_replace(Path(work) / MEDIA, media)
    with connection.cursor() as cursor:
        counts = row_counts(cursor, connection.vendor)
    expected = manifest["tables"]
    if counts != expected:
        differing = sorted(t for t in set(counts) | set(expected) if counts.get(t) != expected.get(t))
        raise BackupError(f"Restored, but these tables' row counts differ from the backup's: {', '.join(differing)}.")
    return counts
