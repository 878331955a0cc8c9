"""`lianyang audit seal|checkpoint|verify`: seal waiting events, anchor the chain outside the database, check it."""

from django.core.management.base import BaseCommand, CommandError

from lianyang.audit.chain import audit_checkpoint, audit_seal, audit_verify


class Command(BaseCommand):
    help = (
        "Work with the audit log. `seal` seals the events waiting for the worker; `checkpoint` seals, then writes a "
        "signed checkpoint to AUDIT_CHECKPOINT_DIR; `verify` checks the chain and its end against the latest "
        "checkpoint, and names the first fault."
    )

    def add_arguments(self, parser):
        parser.add_argument("verb", choices=["seal", "checkpoint", "verify"])

    def handle(self, *args, verb, **options):
        if verb == "seal":
            self.stdout.write(f"Sealed {audit_seal()} events.")
        elif verb == "checkpoint":
            self.stdout.write(f"Checkpoint written: {audit_checkpoint()}")
        else:
            self._verify()

    def _verify(self):
        report = audit_verify()
        if not report.intact:
            raise CommandError(f"Audit chain broken: {report.reason} ({report.checked} events before it are intact).")
        self.stdout.write(f"Audit chain intact: {report.checked} events checked.")
        if report.checkpoint:
            self.stdout.write(
                f"Its end matches the latest checkpoint ({report.checkpoint['count']} events, "
                f"{report.checkpoint['time']})."
            )
        if report.unsealed:
            self.stdout.write(f"{report.unsealed} newer events wait for the worker to seal them.")
        for note in report.notes:
            self.stdout.write(f"Note: {note}.")
