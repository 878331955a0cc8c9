import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record, audit_verify


def _events(n, actor=None):
    return [audit_record(actor=actor, action="view", object_type="people.resident", object_id=i) for i in range(n)]


@pytest.mark.django_db
def test_each_event_carries_the_hash_of_the_one_before():
    first, second, third = _events(3)
    assert second.previous_hash == first.hash
    assert third.previous_hash == second.hash
    report = audit_verify()
    assert report.intact and report.checked == 3


@pytest.mark.django_db
def test_verify_names_the_first_edited_event(capsys):
    events = _events(4)
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL refuses the edit itself; see the trigger test")
    AuditEvent.objects.filter(pk=events[2].pk).update(object_id="999")
    report = audit_verify()
    assert report.broken_at == events[2].pk
    with pytest.raises(CommandError, match=f"broken at event {events[2].pk}"):
        call_command("audit", "verify")


@pytest.mark.django_db
def test_verify_notices_a_deleted_event():
    events = _events(3)
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL refuses the deletion itself; see the trigger test")
    AuditEvent.objects.filter(pk=events[1].pk).delete()
    assert audit_verify().broken_at == events[2].pk


@pytest.mark.django_db
def test_verify_command_reports_an_intact_chain(capsys):
    _events(2)
    call_command("audit", "verify")
    assert "intact: 2 events" in capsys.readouterr().out


@pytest.mark.django_db
def test_postgresql_refuses_update_and_delete_of_audit_events():
    if connection.vendor != "postgresql":
        pytest.skip("the trigger exists on PostgreSQL only")
    (event,) = _events(1)
    for change in (
        lambda: AuditEvent.objects.filter(pk=event.pk).update(object_id="x"),
        lambda: AuditEvent.objects.filter(pk=event.pk).delete(),
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            change()
