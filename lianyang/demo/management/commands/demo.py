"""`lianyang demo`: migrate, build the demo community into the configured database, print the logins, then serve
it as production would: gunicorn for the pages and the task worker for e-mail, notifications and the periodic
passes, together, until Ctrl-C stops both."""

import shutil
import signal
import subprocess
import sys
import time
import unicodedata

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from lianyang.audit.chain import audit_checkpoint
from lianyang.community.models import Station
from lianyang.demo.build import DEFAULT_SEED, DEMO_PASSWORD, SCALES, DemoSummary, demo_build
from lianyang.people.models import Resident


class Command(BaseCommand):
    help = (
        "Migrate, build the demo into the configured database (SQLite in var/ unless DATABASE_URL is set), print "
        "the demo logins and serve on http://127.0.0.1:8000. The demo is built only into a database without "
        "stations or residents; --reset flushes the database (every table) first. The same seed builds the same "
        "people; dates are counted from today."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", choices=SCALES, default="community",
            help="community: Lianyang (~5,000 residents) and a small second station; district: 10 stations "
            "(~50,000); city: 40 stations (~200,000).",
        )  # fmt: skip
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"Random seed (default {DEFAULT_SEED}).")
        parser.add_argument(
            "--residents", type=int,
            help="Residents at Lianyang instead of the scale's 5,000; the other stations shrink or grow alike.",
        )  # fmt: skip
        parser.add_argument("--reset", action="store_true", help="Flush the database before building.")
        parser.add_argument("--no-serve", action="store_true", help="Build and print the logins, then stop.")
        parser.add_argument("--port", type=int, default=8000, help="Port to serve on (default 8000).")

    def handle(self, *args, scale, seed, residents, reset, no_serve, port, **options):
        if residents is not None and residents < 1:
            raise CommandError("--residents must be at least 1.")
        call_command("migrate", interactive=False, verbosity=0)
        if reset:
            call_command("flush", interactive=False, verbosity=0)
            # The old demo's audit checkpoints describe a chain that no longer exists; the new one starts afresh.
            shutil.rmtree(settings.AUDIT_CHECKPOINT_DIR, ignore_errors=True)
        elif Station.objects.exists() or Resident.objects.exists():
            raise CommandError(
                f"The database already holds {Station.objects.count()} stations and {Resident.objects.count()} "
                "residents. Run `lianyang demo --reset` to flush it and build the demo afresh, or set "
                "DATABASE_URL to an empty database."
            )
        started = time.monotonic()
        self.stdout.write(f"Building the {scale} demo (seed {seed})…")
        summary = demo_build(seed=seed, scale=scale, residents=residents, progress=self.stdout.write)
        audit_checkpoint()
        self.stdout.write(
            f"Built {summary.stations} stations, {summary.residents:,} residents in {summary.households:,} "
            f"households, {summary.registrations:,} accommodation registrations, {summary.requests:,} service "
            f"requests, {summary.visits:,} home visits, {summary.activities:,} activities, {summary.notices:,} "
            f"notices, {summary.newspaper_issues:,} newspaper issues, {summary.handbook_entries:,} handbook "
            f"entries and {summary.campaigns} campaigns in {time.monotonic() - started:.1f} s.\n"
        )
        self.print_logins(summary, port)
        if not no_serve:
            sys.exit(self.serve(port))

    def serve(self, port: int) -> int:
        """Run `lianyang serve` and `lianyang worker` side by side; when one stops, or on Ctrl-C or SIGTERM,
        stop the other too. The exit status is the first one to stop on its own, else 0."""
        stopping = []
        handlers = {
            signum: signal.signal(signum, lambda signum, frame: stopping.append(signum))
            for signum in (signal.SIGINT, signal.SIGTERM)
        }
        # Our own console command with arguments of our own; nothing here comes from a user.
        command = [sys.executable, "-m", "lianyang"]
        serve = [*command, "serve", "--bind", f"127.0.0.1:{port}", "--workers", str(WEB_PROCESSES)]
        processes = {
            "serve": subprocess.Popen(serve),  # noqa: S603
            "worker": subprocess.Popen([*command, "worker"]),  # noqa: S603
        }
        self.stdout.write(
            f"Serving on http://127.0.0.1:{port}/ with gunicorn ({WEB_PROCESSES} processes) and the task worker. "
            "Press Ctrl-C to stop both."
        )
        self.stdout.flush()
        status = 0
        try:
            while not stopping:
                ended = [name for name, process in processes.items() if process.poll() is not None]
                if ended:
                    status = processes[ended[0]].returncode or 0
                    self.stderr.write(f"`lianyang {ended[0]}` stopped (exit status {status}); stopping the rest.")
                    break
                time.sleep(0.2)
        finally:
            _stop(list(processes.values()))
            for signum, handler in handlers.items():
                signal.signal(signum, handler)
        self.stdout.write("Stopped the server and the worker.")
        return status

    def print_logins(self, summary: DemoSummary, port: int) -> None:
        shown = [login for login in summary.staff if login.featured]
        rows = [("user name", "name", "role", "station", "languages")]
        rows += [(s.username, s.name, s.role, s.station, s.languages) for s in shown]
        widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
        self.stdout.write(self.style.MIGRATE_HEADING(f"Staff logins (password for all: {DEMO_PASSWORD})"))
        for row in rows:
            cells = (cell + " " * (width - _width(cell)) for cell, width in zip(row, widths, strict=True))
            self.stdout.write("  " + "  ".join(cells).rstrip())
        if len(summary.staff) > len(shown):
            self.stdout.write(
                f"  …and {len(summary.staff) - len(shown)} staff of the other stations and districts "
                "(<station>.head, <station>.officer.<language>, <station>.liaison, district.admin.<district>)."
            )
        if settings.DEMO_SKIP_TOTP:
            self.stdout.write("DEMO_SKIP_TOTP is on: staff log in with the password alone.")
        else:
            self.stdout.write(
                "DEMO_SKIP_TOTP is off: staff set up an authenticator app at first login (`make demo` turns it on)."
            )
        self.stdout.write(self.style.MIGRATE_HEADING("\nResident portal logins (e-mail address, same password)"))
        for login in summary.portal:
            self.stdout.write(f"  {login.username:<36} {login.languages:<6} {login.name} — {login.station}")
        if summary.hosts:
            self.stdout.write(self.style.MIGRATE_HEADING("\nLocal host portal logins (e-mail address, same password)"))
            for login in summary.hosts:
                self.stdout.write(f"  {login.username:<44} {login.name} — {login.station}")
        self.stdout.write(f"\nStaff: http://127.0.0.1:{port}/staff/   Portal: http://127.0.0.1:{port}/\n")


# Two gunicorn processes: the demo machine may have two cores, and the worker needs some of them too.
WEB_PROCESSES = 2
STOP_SECONDS = 15


def _stop(processes: list[subprocess.Popen]) -> None:
    """SIGTERM to each process still running (both let their current request or task finish), then wait."""
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _width(text: str) -> int:
    """Columns `text` takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
