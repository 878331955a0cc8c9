"""`lianyang worker`: the scheduler enqueues each periodic pass when due, and the worker stops cleanly on SIGTERM."""

import os
import signal
import subprocess
import sys
import time
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from lianyang.audit.services import audit_record
from lianyang.core.management.commands.worker import Schedule

PASSES = []


@task()
def count_a_pass() -> None:
    PASSES.append(time.monotonic())


THIS_PASS = f"{__name__}.count_a_pass"


def test_one_step_enqueues_what_is_due_and_nothing_else():
    PASSES.clear()
    schedule = Schedule([(THIS_PASS, 60)], now=1000.0)
    assert schedule.step(1000.0) == [THIS_PASS]
    assert schedule.step(1059.9) == []
    assert schedule.step(1060.0) == [THIS_PASS]
    assert len(PASSES) == 2


def test_every_periodic_pass_of_the_settings_is_a_task():
    schedule = Schedule(settings.PERIODIC_TASKS, now=0)
    assert set(schedule.tasks) == {path for path, _seconds in settings.PERIODIC_TASKS}
    assert all(hasattr(task, "enqueue") for task, _seconds in schedule.tasks.values())


def _database_url() -> str:
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    user, password = quote(database["USER"] or "", safe=""), quote(database["PASSWORD"] or "", safe="")
    return f"postgres://{user}:{password}@{database['HOST']}:{database['PORT']}/{database['NAME']}"


def worker_environment(folder, **overrides) -> dict:
    """A worker subprocess on the test database, with the database task queue, its audit checkpoints in the
    test's own folder and its files in `folder`: the retention pass deletes the files its database does not name,
    and the test database names none of var/private's."""
    return {
        **os.environ,
        "TASK_BACKEND": "database",
        "DATABASE_URL": _database_url(),
        "PYTHONUNBUFFERED": "1",
        "AUDIT_CHECKPOINT_DIR": str(settings.AUDIT_CHECKPOINT_DIR),
        "MEDIA_ROOT": str(folder),
        **overrides,
    }


def _wait_for(condition, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.django_db(transaction=True)
def test_worker_runs_the_passes_from_the_queue_and_stops_cleanly_on_sigterm(tmp_path):
    waiting = audit_record(actor=None, action="view", object_type="people.resident", object_id=1)
    environment = worker_environment(tmp_path)
    worker = subprocess.Popen(
        [sys.executable, "-m", "lianyang", "worker", "--interval", "0.2"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        passes_done = _wait_for(
            lambda: (
                DBTaskResult.objects.filter(status="SUCCESSFUL", task_path__startswith="lianyang.").count()
                == len(settings.PERIODIC_TASKS)
            ),
            seconds=30,
        )
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=15)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert passes_done, output
    assert worker.returncode == 0, output
    assert "Worker stopped." in output
    waiting.refresh_from_db()
    assert waiting.seq == 1, "the worker seals the audit log on its own"
    assert len(list(settings.AUDIT_CHECKPOINT_DIR.glob("checkpoint-*.json"))) == 1
