"""The worker's long passes: one worker at a time, chunk by chunk, each pass reading only what is new since the last.

A pass is named (`WorkerPass.name`) and split into chunks of residents. Before it starts, a worker takes the
pass's lease with a conditional UPDATE (free, or held past its expiry by a worker that died); it renews the lease
after every chunk, writing how far it has come, and gives it back at the end. Another worker that finds the lease
held skips the pass: the holder is doing it. A worker killed mid-pass stops renewing; its lease expires after
settings.WORKER_LEASE_SECONDS and the next pass goes on after the last chunk it finished.

A pass that finishes sets the watermark to the moment it started. The next pass is given that watermark (`since`)
and asks only about what changed, or fell due, after it (see docs/decisions/0010-incremental-worker-passes.md);
the first pass, and a pass after the clock was set back past the watermark, is given none and reads everything.
"""

import datetime
import logging
import os
import socket
from collections.abc import Callable, Iterable

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import get_random_string

from .models import WorkerPass

logger = logging.getLogger(__name__)

Chunks = Callable[[datetime.datetime | None, int | None], Iterable[list[int]]]


class LeaseLost(Exception):
    """Another worker took the pass over (this one was too slow to renew its lease); the pass stops here."""


def _lease_until() -> datetime.datetime:
    return timezone.now() + datetime.timedelta(seconds=settings.WORKER_LEASE_SECONDS)


def _lease_take(name: str, holder: str) -> WorkerPass | None:
    """The pass's row, now held by `holder`; None when another worker holds an unexpired lease."""
    WorkerPass.objects.get_or_create(name=name)
    free = Q(holder="") | Q(held_until__lt=timezone.now())
    if not WorkerPass.objects.filter(free, name=name).update(holder=holder, held_until=_lease_until()):
        return None
    return WorkerPass.objects.get(name=name)


def _lease_renew(name: str, holder: str, **progress) -> None:
    if not WorkerPass.objects.filter(name=name, holder=holder).update(held_until=_lease_until(), **progress):
        raise LeaseLost(name)


def pass_run(name: str, *, now: datetime.datetime, chunks: Chunks, work: Callable[[list[int]], int]) -> int | None:
    """Run the pass `name` at `now` if no other worker is running it; what `work` counted, or None when skipped.

    `chunks(since, after)` gives the pass's residents in chunks of ids, ascending, beyond `after` (a pass cut short
    goes on from there); `since` is the watermark, or None for a full pass. `work(ids)` deals with one chunk.
    """
    holder = f"{socket.gethostname()}:{os.getpid()}:{get_random_string(8)}"
    mark = _lease_take(name, holder)
    if mark is None:
        logger.info("%s: another worker holds the pass; skipped", name)
        return None
    started_at = mark.started_at or now
    since = mark.watermark if mark.watermark and mark.watermark <= started_at else None
    _lease_renew(name, holder, started_at=started_at)
    logger.info("%s: %s", name, f"changes since {since:%Y-%m-%d %H:%M:%S}" if since else "full pass")
    counted = residents = 0
    try:
        for ids in chunks(since, mark.cursor):
            counted += work(ids)
            residents += len(ids)
            _lease_renew(name, holder, cursor=ids[-1])
            logger.info("%s: %d residents done (up to id %d), %d counted", name, residents, ids[-1], counted)
    except LeaseLost:
        raise
    except BaseException:
        WorkerPass.objects.filter(name=name, holder=holder).update(holder="", held_until=None)
        raise
    WorkerPass.objects.filter(name=name, holder=holder).update(
        holder="", held_until=None, watermark=started_at, started_at=None, cursor=None
    )
    logger.info("%s: finished, %d residents, %d counted", name, residents, counted)
    return counted
