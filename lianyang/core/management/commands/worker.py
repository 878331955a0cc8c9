"""`lianyang worker`: run the task queue, enqueue the periodic passes (settings.PERIODIC_TASKS) when due, and call
the light steps of settings.WORKER_EACH_TURN (sealing the audit log) on every turn, about once a second.

The queue is django-tasks-db's worker, run in batches between the scheduler's steps; with another backend (the
immediate one of the tests) a pass runs where it is enqueued. Periodic tasks are named by import path, so this
floor imports nothing of the domain apps. One step of the `Schedule` enqueues whatever is due and returns, so a
test can run exactly one. SIGTERM or SIGINT lets the running task finish, then stops; a second signal stops at once.

Every worker process keeps its own schedule: with two workers both enqueue each pass, and the pass's lease in the
database (core/passes.py) lets one run it while the other skips it; were both to run it, that would cost only
work, because every pass is idempotent (unique duty cause keys, unique notification keys).
"""

import logging
import signal
import threading
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError
from django.utils.crypto import get_random_string
from django.utils.module_loading import import_string
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker

logger = logging.getLogger(__name__)


class Schedule:
    """When each periodic task is due next, on a monotonic clock; every task is due at start."""

    def __init__(self, periodic_tasks, *, now: float):
        self.tasks = {path: (import_string(path), seconds) for path, seconds in periodic_tasks}
        self.due_at = dict.fromkeys(self.tasks, now)

    def step(self, now: float) -> list[str]:
        """Enqueue every task that is due at `now`; the paths of those enqueued."""
        enqueued = []
        for path, (task, seconds) in self.tasks.items():
            if now >= self.due_at[path]:
                task.enqueue()
                self.due_at[path] = now + seconds
                enqueued.append(path)
        return enqueued


class Command(BaseCommand):
    help = "Run the task worker and the periodic passes; stops cleanly on SIGTERM."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch", action="store_true", help="Enqueue the periodic passes, run every waiting task, then stop."
        )
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds to wait when the queue is empty (default: 1)."
        )

    def handle(self, *args, batch, interval, **options):
        self.stopping = threading.Event()
        self.queue = self._queue()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._stop)
        schedule = Schedule(settings.PERIODIC_TASKS, now=time.monotonic())
        each_turn = [import_string(path) for path in settings.WORKER_EACH_TURN]
        self.stdout.write(f"Worker running; periodic passes: {', '.join(schedule.tasks) or 'none'}.")
        while not self.stopping.is_set():
            try:
                schedule.step(time.monotonic())
                for step in each_turn:
                    step()
                if self.queue is not None:
                    self.queue.run()
            except DatabaseError:
                # A locked or briefly unreachable database: the next turn tries again.
                logger.exception("The worker could not reach the database")
            if batch:
                break
            self.stopping.wait(interval)
        self.stdout.write("Worker stopped.")

    def _queue(self) -> Worker | None:
        """django-tasks-db's worker, draining the queue each turn; none when tasks run elsewhere."""
        if not isinstance(task_backends["default"], DatabaseBackend):
            return None
        return Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        )

    def _stop(self, signum, frame):
        if self.stopping.is_set():
            raise SystemExit(1)
        self.stopping.set()
        if self.queue is not None:
            self.queue.running = False
