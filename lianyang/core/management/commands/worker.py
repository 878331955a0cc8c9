"""`lianyang worker`: run background tasks from the database queue (django-tasks-db's worker)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the task worker; stops cleanly on SIGTERM."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Run the tasks waiting now, then stop.")

    def handle(self, *args, batch, **options):
        call_command("db_worker", batch=batch)
