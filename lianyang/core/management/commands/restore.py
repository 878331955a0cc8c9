"""`lianyang restore FILE`: replace the database and the uploaded files with a backup made by `lianyang backup`.

Replacing a database that holds anything is destructive: it needs --force, or "yes" typed at the prompt.
"""

import sys

from django.core.management.base import BaseCommand, CommandError

from lianyang.core.backups import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup made by `lianyang backup` after checking its checksums (docs/operations.md)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the backup file")
        parser.add_argument("--database", default="default", help="the database alias to restore into")
        parser.add_argument("--force", action="store_true", help="replace a database that is not empty, unasked")
        parser.add_argument(
            "--no-input", action="store_false", dest="interactive", help="never ask; refuse instead (unless --force)"
        )

    def handle(self, *args, file, database, force, interactive, **options):
        def confirm(occupied: str) -> bool:
            if force:
                return True
            if not (interactive and sys.stdin.isatty()):
                raise CommandError(f"Not restored: {occupied}. Nothing was changed; --force replaces it.")
            answer = input(f"{occupied}. Restoring replaces all of it. Type 'yes' to go on: ")
            return answer.strip().lower() == "yes"

        try:
            counts = restore(file, using=database, confirm=confirm)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored {len(counts)} tables ({sum(counts.values())} rows); every table's row count matches the "
            "backup. Run `lianyang migrate` if the backup is older than this version, then `lianyang audit verify`."
        )
