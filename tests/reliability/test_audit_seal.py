"""Appends and seals at the same time, from several threads on a real database: the chain never forks, no event
is left out or sealed twice, and nothing waits on a lock in the request path."""

import threading

import pytest
from django.db import connection

from lianyang.audit.chain import audit_seal, audit_verify
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

WRITERS, EVENTS_EACH, SEALERS = 4, 40, 2


def _in_thread(work, errors):
    def run():
        try:
            work()
        except Exception as error:  # noqa: BLE001 - reported by the test below
            errors.append(error)
        finally:
            connection.close()

    return threading.Thread(target=run)


@pytest.mark.django_db(transaction=True)
def test_concurrent_appends_and_seals_make_one_unbroken_chain():
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("threads need a database file or server; CI runs this on PostgreSQL")
    errors, writing = [], threading.Event()

    def append():
        for i in range(EVENTS_EACH):
            audit_record(actor=None, action="view", object_type="people.resident", object_id=i)

    def seal():
        while writing.is_set():
            audit_seal(batch=7)

    writing.set()
    sealers = [_in_thread(seal, errors) for _ in range(SEALERS)]
    writers = [_in_thread(append, errors) for _ in range(WRITERS)]
    for thread in sealers + writers:
        thread.start()
    for thread in writers:
        thread.join()
    writing.clear()
    for thread in sealers:
        thread.join()
    assert not errors, errors
    audit_seal()
    total = WRITERS * EVENTS_EACH
    assert sorted(AuditEvent.objects.values_list("seq", flat=True)) == list(range(1, total + 1))
    report = audit_verify()
    assert report.intact and report.checked == total
