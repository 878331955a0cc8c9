"""The passes `lianyang worker` runs for activities (settings.PERIODIC_TASKS): offers that lapsed pass on, the
reminder the day before, and the no-shows once an activity has ended.

Each is safe to run any number of times, by any number of workers: an offer is handled under its activity's lock
and is no longer found once handled, a reminder is claimed with a conditional UPDATE and keyed once per sign-up,
and a no-show is a status changed only from "confirmed".
"""

from django_tasks import task

from .services import no_shows_mark, offers_expire, reminders_send


@task()
def activity_offers_expire() -> int:
    """Offers not accepted in time lapse; each freed seat is offered to the next person waiting."""
    return offers_expire()


@task()
def activity_reminders_send() -> int:
    """Remind everyone with a confirmed seat the day before the activity."""
    return reminders_send()


@task()
def activity_no_shows_mark() -> int:
    """Once an activity has ended, seats not checked in become no-shows."""
    return no_shows_mark()
