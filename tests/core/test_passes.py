"""A worker pass: one worker at a time (a lease in the database), chunk by chunk, from its watermark."""

import datetime

import pytest
from django.utils import timezone

from lianyang.core.models import WorkerPass
from lianyang.core.passes import LeaseLost, pass_run


def _run(chunks, work=len, name="a pass"):
    return pass_run(name, now=timezone.now(), chunks=lambda since, after: chunks(since, after), work=work)


@pytest.mark.django_db
def test_a_pass_held_by_a_live_worker_is_skipped():
    WorkerPass.objects.create(name="a pass", holder="other", held_until=timezone.now() + datetime.timedelta(minutes=1))
    assert _run(lambda since, after: [[1, 2]]) is None
    assert WorkerPass.objects.get(name="a pass").holder == "other"


@pytest.mark.django_db
def test_the_lease_of_a_worker_that_died_expires_and_the_pass_goes_on_after_its_last_chunk():
    started = timezone.now() - datetime.timedelta(minutes=20)
    WorkerPass.objects.create(
        name="a pass", holder="dead", held_until=timezone.now() - datetime.timedelta(seconds=1), started_at=started,
        cursor=2,
    )  # fmt: skip
    seen = []
    assert _run(lambda since, after: seen.append((since, after)) or [[3, 4], [5]]) == 3
    assert seen == [(None, 2)]
    mark = WorkerPass.objects.get(name="a pass")
    assert (mark.holder, mark.held_until, mark.cursor, mark.started_at) == ("", None, None, None)
    assert mark.watermark == started


@pytest.mark.django_db
def test_the_next_pass_reads_from_the_watermark_and_a_clock_set_back_reads_everything():
    _run(lambda since, after: [[1]])
    watermark = WorkerPass.objects.get(name="a pass").watermark
    seen = []
    _run(lambda since, after: seen.append(since) or [])
    assert seen == [watermark]
    WorkerPass.objects.filter(name="a pass").update(watermark=timezone.now() + datetime.timedelta(days=1))
    _run(lambda since, after: seen.append(since) or [])
    assert seen[-1] is None


@pytest.mark.django_db
def test_a_pass_that_fails_keeps_its_progress_and_frees_the_lease():
    def work(ids):
        if ids == [3]:
            raise RuntimeError("database gone")
        return 1

    with pytest.raises(RuntimeError):
        _run(lambda since, after: [[1, 2], [3]], work=work)
    mark = WorkerPass.objects.get(name="a pass")
    assert (mark.holder, mark.cursor, mark.watermark) == ("", 2, None)


@pytest.mark.django_db
def test_a_worker_whose_lease_was_taken_over_stops():
    def work(ids):
        WorkerPass.objects.filter(name="a pass").update(holder="faster")
        return 1

    with pytest.raises(LeaseLost):
        _run(lambda since, after: [[1], [2]], work=work)
    assert WorkerPass.objects.get(name="a pass").holder == "faster"
