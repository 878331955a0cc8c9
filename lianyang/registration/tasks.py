"""The passes `lianyang worker` runs by itself (settings.PERIODIC_TASKS): registration duties and reminders.

Both are safe to run any number of times, by any number of workers: each duty has a unique cause key and each
reminder a unique notification key, so nothing is opened or sent twice. Each is a lease-held, incremental pass
(core/passes.py): one worker runs it at a time, reading only the residents with news since the last pass
(docs/decisions/0010-incremental-worker-passes.md).
"""

from django_tasks import task

from .duties import registration_duties_open
from .reminders import reminders_pass


@task()
def registration_duties_scan() -> int:
    """Open the registration duties that residents' new arrivals, moves, entries and papers call for."""
    return len(registration_duties_open())


@task()
def reminders_send() -> int:
    """Send the residence-permit reminders that are due: apply, renew, report a change."""
    return reminders_pass()
