"""Which residents a worker pass looks at: every one the first time, afterwards those with news since the last pass.

A pass's rules read a resident's record, papers, stays and duties, and today's date. So a resident can owe a
duty or a reminder now that they did not owe at the last pass (`since`, its watermark) for two reasons only:

- a row of theirs changed: the resident (address, arrival, employer, status), a document, a permit, a stay, a
  duty closed. Each carries `updated_at` (or `closed_at`); rows saved up to `SETTLE` before the watermark are read
  again, for a transaction that committed after the last pass had started.
- a date of theirs was reached by the calendar, with no row changing: an arrival date (the day the 24-hour
  registration and the 30-day residence-permit application run from), a permit coming into force or running
  out (which turns a visa holder's entry into a duty, and makes a change reportable), a permit's expiry coming
  within one of the reminder steps (60, 45, 30 days). A date is reached at the start of its day, so these are
  found by the date falling after the watermark's day and up to today: the pass that set the watermark already
  judged its own day. A worker that was down for a week finds the whole week's dates; passes within one day
  find none, and the first pass after midnight finds that day's.

Reading a resident again costs only time: duties and reminders have unique keys, so nothing is opened or sent
twice.
"""

import datetime
from collections.abc import Iterator

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from lianyang.people.models import IdentityDocument, Permit, Resident

from .models import AccommodationRegistration, RegistrationNeeded

SETTLE = datetime.timedelta(minutes=10)
DAY = datetime.timedelta(days=1)


def residents_with_news(
    since: datetime.datetime, now: datetime.datetime, *, days_ahead: tuple[int, ...] = ()
) -> set[int]:
    """The ids of residents whose rows changed since `since`, or whose dates the calendar reached since then.

    `days_ahead`: also the holders of permits whose expiry came within so many days since then.
    """
    changed = since - SETTLE
    first_day, today = timezone.localdate(since) + DAY, timezone.localdate(now)
    # In force on a day: valid_from <= day <= valid_until; out of force from the day after valid_until.
    reached = Q(valid_from__range=(first_day, today)) | Q(valid_until__range=(first_day - DAY, today - DAY))
    for days in days_ahead:
        ahead = datetime.timedelta(days=days)
        reached |= Q(valid_until__range=(first_day + ahead, today + ahead))
    sources = (
        Resident.objects.filter(Q(updated_at__gte=changed) | Q(arrival_date__range=(first_day, today))).values_list(
            "pk", flat=True
        ),
        Permit.objects.filter(reached | Q(updated_at__gte=changed)).values_list("resident_id", flat=True),
        IdentityDocument.objects.filter(updated_at__gte=changed).values_list("resident_id", flat=True),
        AccommodationRegistration.objects.filter(updated_at__gte=changed).values_list("resident_id", flat=True),
        RegistrationNeeded.objects.filter(closed_at__gte=changed).values_list("resident_id", flat=True),
    )
    return {pk for source in sources for pk in source.iterator(chunk_size=5000)}


def in_chunks(ids: set[int], after: int | None) -> Iterator[list[int]]:
    """`ids` beyond `after`, ascending, settings.WORKER_CHUNK_RESIDENTS at a time."""
    ordered, size = sorted(pk for pk in ids if after is None or pk > after), settings.WORKER_CHUNK_RESIDENTS
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def every_chunk(residents: QuerySet[Resident], after: int | None) -> Iterator[list[int]]:
    """The ids of `residents` beyond `after`, ascending, settings.WORKER_CHUNK_RESIDENTS at a time, a query each."""
    size = settings.WORKER_CHUNK_RESIDENTS
    while ids := list(residents.filter(pk__gt=after or 0).order_by("pk").values_list("pk", flat=True)[:size]):
        yield ids
        after = ids[-1]
