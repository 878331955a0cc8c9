"""`lianyang backup FILE`: the database and every uploaded file in one file, with its SHA-256 beside it."""

from django.core.management.base import BaseCommand, CommandError

from lianyang.core.backups import BackupError, backup, checksum_path


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into FILE (a tar.gz) and FILE.sha256 (docs/operations.md)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the backup, e.g. /srv/backups/lianyang-2026-11-30.tar.gz")
        parser.add_argument("--database", default="default", help="the database alias to back up")

    def handle(self, *args, file, database, **options):
        try:
            report = backup(file, using=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backed up {report.tables} tables ({report.rows} rows) and {report.media_files} uploaded files "
            f"into {report.path}\nSHA-256 {report.sha256} (in {checksum_path(report.path).name})"
        )
