"""The passes `lianyang worker` runs by itself (settings.PERIODIC_TASKS): registration duties, reminders, and the
deletion of papers kept longer than their purpose needs.

All are safe to run any number of times, by any number of workers: each duty has a unique cause key and each
reminder a unique notification key, so nothing is opened or sent twice, and a deleted paper is simply gone. The
duty scan and the reminders are lease-held, incremental passes (core/passes.py): one worker runs each at a time,
reading only the residents with news since the last pass (docs/decisions/0010-incremental-worker-passes.md).
"""

from django_tasks import task

from .duties import registration_duties_open
from .reminders import reminders_pass
from .retention import uploads_retention_pass


@task()
def registration_duties_scan() -> int:
    """Open the registration duties that residents' new arrivals, moves, entries and papers call for."""
    return len(registration_duties_open())


@task()
def reminders_send() -> int:
    """Send the residence-permit reminders that are due: apply, renew, report a change."""
    return reminders_pass()


@task()
def uploads_forget() -> int:
    """Delete the papers of registrations never sent after `UPLOAD_RETENTION_DAYS`, and files no record names
    (PIPL art. 19: kept no longer than the purpose needs)."""
    return uploads_retention_pass()
