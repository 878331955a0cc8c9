"""A worker killed with SIGKILL in the middle of the reminder pass, ten times over: no reminder lost, none sent twice.

`lianyang worker --batch` runs in a subprocess against the test database (a real file for SQLite, a real database
on PostgreSQL; the test's own transaction is off) with the database task queue and a real SMTP server, and is
killed at seeded random moments, then started again, ten times; then it runs to the end. Chunks of five residents
and a one-second lease make the kills fall between, and inside, chunks of a pass that resumes where it stopped.

The worker's clock is the real one (TEST_CLOCK_DAYS_AHEAD moves only the test process's), so the permits'
expiry dates are counted from the database's own date.
"""

import contextlib
import datetime
import random
import subprocess
import sys
import time

import pytest
from aiosmtpd.controller import Controller
from django.db import connection, connections
from django.db.utils import load_backend

from lianyang.core.models import WorkerPass
from lianyang.notify.models import Notification
from lianyang.people.models import Permit
from tests.core.test_worker import worker_environment
from tests.factories import make_permit, make_resident
from tests.portal.test_portal import Inbox, _free_port

RESIDENTS = 60
KILLS = 10


def _database_today() -> datetime.date:
    with connection.cursor() as cursor:
        cursor.execute("SELECT CURRENT_DATE")  # in UTC: a day off the station's at most, and 50 days is within 60
        today = cursor.fetchone()[0]
    return today if isinstance(today, datetime.date) else datetime.date.fromisoformat(today)


@pytest.fixture
def smtp_inbox():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield inbox, controller.port
    controller.stop()


def _worker(port: int, folder, resume_after: int = 600) -> subprocess.Popen:
    environment = worker_environment(
        folder,
        EMAIL_URL=f"smtp://127.0.0.1:{port}",
        DEMO_OUTBOX="0",
        WORKER_LEASE_SECONDS="1",
        WORKER_CHUNK_RESIDENTS="5",
        NOTIFY_RESUME_AFTER_SECONDS=str(resume_after),
    )
    return subprocess.Popen(
        [sys.executable, "-m", "lianyang", "worker", "--batch"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _holder() -> str:
    return WorkerPass.objects.filter(name="reminders").values_list("holder", flat=True).first() or ""


def _wait_for_the_pass(worker: subprocess.Popen, dead_holder: str) -> None:
    """Until this worker has taken the reminder pass (or finished, or 90 s passed: a loaded machine starts Django
    slowly): the kill falls after that."""
    deadline = time.monotonic() + 90
    while worker.poll() is None and time.monotonic() < deadline and _holder() in {"", dead_holder}:
        time.sleep(0.1)


def _finished() -> bool:
    mark = WorkerPass.objects.filter(name="reminders").first()
    return bool(mark and mark.watermark and not mark.holder)


@contextlib.contextmanager
def a_database_of_its_own(folder):
    """On SQLite, the kills go to a fresh copy of the test database (`VACUUM INTO`), and the test reads that copy:
    the session's database file has by then served every other test and a live server thread, and a worker killed
    against it once left it unreadable in a full run (never alone). PostgreSQL needs no copy."""
    if connection.vendor != "sqlite":
        yield
        return
    path = folder / "killed.sqlite3"
    with connection.cursor() as cursor:
        cursor.execute("VACUUM INTO %s", [str(path)])
    settings_dict = {**connection.settings_dict, "NAME": str(path)}
    original = connections["default"]
    connections["default"] = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, "default")
    try:
        yield
    finally:
        connections["default"].close()
        connections["default"] = original


@pytest.mark.django_db(transaction=True)
def test_a_reminder_pass_killed_ten_times_loses_no_reminder_and_sends_none_twice(station_a, smtp_inbox, tmp_path):
    inbox, port = smtp_inbox
    holders = [make_resident(station_a, n, email=f"holder{n}@example.invalid") for n in range(RESIDENTS)]
    permits = [make_permit(holder, number=f"RP{n:07d}") for n, holder in enumerate(holders)]
    # 50 days before expiry by the worker's clock: every holder is due the 60-day reminder, once.
    Permit.objects.filter(pk__in=[p.pk for p in permits]).update(
        valid_until=_database_today() + datetime.timedelta(days=50)
    )
    with a_database_of_its_own(tmp_path):
        moments = random.Random(20261130)
        killed_holding_the_pass = 0
        for _ in range(KILLS):
            worker, dead_holder = _worker(port, tmp_path), _holder()
            _wait_for_the_pass(worker, dead_holder)
            time.sleep(moments.uniform(0, 0.5))
            worker.kill()
            worker.wait()
            killed_holding_the_pass += _holder() not in {"", dead_holder}
        assert killed_holding_the_pass, "no kill fell inside the reminder pass"
        for _ in range(8):
            _worker(port, tmp_path).wait(timeout=60)
            if _finished():
                break
            time.sleep(1)  # the lease of the last killed worker runs out
        assert _finished()
        # Deliveries whose tasks died with a worker: the resume pass (notify/tasks.py) sends them, once the queue is
        # empty; an e-mail cut off while it was being sent is marked failed, never sent again.
        for _ in range(2):
            _worker(port, tmp_path, resume_after=0).wait(timeout=60)

        due = {
            f"permit:{permit.pk}:expiry:60:{channel}" for permit in permits for channel in Notification.Channel.values
        }
        reminders = Notification.objects.filter(template="residence_permit_expiry")
        assert set(reminders.values_list("idempotency_key", flat=True)) == due
        assert reminders.count() == len(due)
        mailed = [envelope.rcpt_tos[0] for envelope in inbox.messages]
        assert len(mailed) == len(set(mailed)), "a reminder was mailed twice"
        assert set(mailed) <= {holder.email for holder in holders}
        emails = reminders.filter(channel=Notification.Channel.EMAIL)
        assert not emails.filter(status__in=[Notification.Status.PENDING, Notification.Status.SENDING]).exists()
        sent = emails.filter(status=Notification.Status.SENT).count()
        interrupted = emails.filter(status=Notification.Status.FAILED).count()
        assert sent <= len(mailed) <= sent + interrupted <= sent + KILLS
