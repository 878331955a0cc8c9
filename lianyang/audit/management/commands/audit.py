"""`lianyang audit verify`: check the audit chain and name the first broken link."""

from django.core.management.base import BaseCommand, CommandError

from lianyang.audit.services import audit_verify


class Command(BaseCommand):
    help = "Work with the audit log. `verify` checks the hash chain from the first event."

    def add_arguments(self, parser):
        parser.add_argument("verb", choices=["verify"])

    def handle(self, *args, verb, **options):
        report = audit_verify()
        if report.intact:
            self.stdout.write(f"Audit chain intact: {report.checked} events checked.")
            return
        raise CommandError(
            f"Audit chain broken at event {report.broken_at}: {report.reason} "
            f"({report.checked} events before it are intact)."
        )
