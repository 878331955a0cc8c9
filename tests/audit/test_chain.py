"""The sealed audit chain: appended without a lock, sealed in order under the audit key, anchored by checkpoints;
every tamper is named: an edit, an edit rehashed without the key, a deletion, a truncation, a rehash with the key,
a forged checkpoint."""

import hashlib
import hmac
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext

from lianyang.audit.chain import GENESIS, audit_checkpoint, audit_seal, audit_verify, event_mac, key_id
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

OTHER_KEY = "a-second-audit-key-for-rotation-0123456789"


def _events(n):
    return [audit_record(actor=None, action="view", object_type="people.resident", object_id=i) for i in range(n)]


def _sealed(n):
    events = _events(n)
    audit_seal()
    return list(AuditEvent.objects.filter(pk__in=[e.pk for e in events]).order_by("seq"))


@pytest.fixture
def tamper():
    """Change the log behind the application's back, as a database administrator could: on PostgreSQL the test,
    connected as superuser, first switches off the append-only trigger (inside the test's transaction)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_event_append_only")
    return AuditEvent.objects


def _rehash_from(events, start, key: bytes):
    """Recompute every link from `start` on with `key`, as a forger would."""
    previous = events[start - 1].mac if start else GENESIS
    for event in events[start:]:
        event.refresh_from_db()
        event.previous_mac = previous
        event.mac = previous = event_mac(key, event)
        AuditEvent.objects.filter(pk=event.pk).update(previous_mac=event.previous_mac, mac=event.mac)


@pytest.mark.django_db
def test_a_request_only_appends_one_row_and_takes_no_lock():
    with CaptureQueriesContext(connection) as captured:
        event = audit_record(actor=None, action="view", object_type="people.resident", object_id=1)
    statements = [q["sql"] for q in captured.captured_queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))]
    assert len(statements) == 1 and statements[0].startswith("INSERT")
    assert "FOR UPDATE" not in " ".join(statements)
    assert event.seq is None and event.mac == ""


@pytest.mark.django_db
def test_the_seal_chains_events_in_order_under_the_audit_key(settings):
    first, second, third = _sealed(3)
    assert [first.seq, second.seq, third.seq] == [1, 2, 3]
    assert first.previous_mac == GENESIS and second.previous_mac == first.mac and third.previous_mac == second.mac
    assert {e.key_id for e in (first, second, third)} == {key_id(settings.AUDIT_KEYS[0])}
    assert audit_seal() == 0
    report = audit_verify()
    assert report.intact and report.checked == 3 and report.unsealed == 0


@pytest.mark.django_db
def test_verify_counts_events_still_waiting_for_the_seal(capsys):
    _sealed(2)
    _events(3)
    call_command("audit", "verify")
    out = capsys.readouterr().out
    assert "intact: 2 events checked" in out and "3 newer events wait for the worker" in out


@pytest.mark.django_db
def test_an_edited_event_is_named(tamper):
    events = _sealed(4)
    tamper.filter(pk=events[2].pk).update(object_id="999")
    report = audit_verify()
    assert report.broken_at == events[2].pk and "contents do not match its MAC" in report.reason
    with pytest.raises(CommandError, match=f"event {events[2].pk} .*edited"):
        call_command("audit", "verify")


@pytest.mark.django_db
@pytest.mark.parametrize("forger_key", [b"", b"a guessed key"], ids=["plain SHA-256", "a wrong key"])
def test_an_edit_rehashed_without_the_key_is_named(tamper, forger_key):
    events = _sealed(5)
    tamper.filter(pk=events[1].pk).update(object_id="999")
    if forger_key:
        _rehash_from(events, 1, forger_key)
    else:  # the old chain's own recipe: SHA-256 of the previous link and the contents
        previous = events[0].mac
        for event in events[1:]:
            event.refresh_from_db()
            mac = hashlib.sha256((previous + event.object_id).encode()).hexdigest()
            tamper.filter(pk=event.pk).update(previous_mac=previous, mac=mac)
            previous = mac
    report = audit_verify()
    assert report.broken_at == events[1].pk and "rehashed without the key" in report.reason


@pytest.mark.django_db
def test_a_deleted_event_is_named(tamper):
    events = _sealed(5)
    tamper.filter(pk=events[2].pk).delete()
    report = audit_verify()
    assert report.broken_at == events[3].pk
    assert "events 3 to 3 of the chain were deleted" in report.reason


@pytest.mark.django_db
def test_a_cut_off_end_is_named_by_the_checkpoint(tamper):
    _sealed(6)
    audit_checkpoint()
    tamper.filter(seq__gt=4).delete()
    report = audit_verify()
    assert not report.intact and report.reason.startswith("truncated")
    assert "saw 6 events, the chain now holds 4; the last 2 were deleted" in report.reason


@pytest.mark.django_db
def test_without_a_checkpoint_a_cut_off_end_cannot_be_seen_and_verify_says_so(tamper):
    _sealed(3)
    report = audit_verify()
    assert report.intact and any("no checkpoint yet" in note for note in report.notes)


@pytest.mark.django_db
def test_a_chain_rehashed_with_the_stolen_key_is_named_by_the_checkpoint(tamper, settings):
    events = _sealed(4)
    audit_checkpoint()
    _events(2)
    audit_seal()
    tamper.filter(pk=events[1].pk).update(object_id="999")
    _rehash_from(list(AuditEvent.objects.order_by("seq")), 1, settings.AUDIT_KEYS[0].encode())
    report = audit_verify()
    assert report.reason.startswith("rehashed") and report.broken_at == events[3].pk


@pytest.mark.django_db
def test_a_forged_checkpoint_is_named(settings):
    _sealed(3)
    path = audit_checkpoint()
    checkpoint = json.loads(path.read_text())
    path.write_text(json.dumps({**checkpoint, "count": 1}))
    report = audit_verify()
    assert "not signed by a configured audit key" in report.reason


@pytest.mark.django_db
def test_the_checkpoint_seals_first_and_is_signed(settings):
    _events(3)
    path = audit_checkpoint()
    assert path.parent == settings.AUDIT_CHECKPOINT_DIR
    checkpoint = json.loads(path.read_text())
    last = AuditEvent.objects.get(seq=3)
    assert checkpoint["count"] == 3 and checkpoint["last_id"] == last.pk and checkpoint["head_mac"] == last.mac
    body = json.dumps({k: v for k, v in checkpoint.items() if k != "signature"}, sort_keys=True,
                      ensure_ascii=False, separators=(",", ":"))  # fmt: skip
    expected = hmac.new(settings.AUDIT_KEYS[0].encode(), body.encode(), hashlib.sha256).hexdigest()
    assert checkpoint["signature"] == expected
    assert audit_verify().intact


@pytest.mark.django_db
def test_a_rotated_key_keeps_verifying_what_it_sealed(settings):
    old = settings.AUDIT_KEYS[0]
    _sealed(2)
    settings.AUDIT_KEYS = [OTHER_KEY, old]
    _sealed(2)
    assert (
        list(AuditEvent.objects.order_by("seq").values_list("key_id", flat=True))
        == [key_id(old)] * 2 + [key_id(OTHER_KEY)] * 2
    )
    assert audit_verify().intact
    settings.AUDIT_KEYS = [OTHER_KEY]
    assert "which is not configured" in audit_verify().reason


@pytest.mark.django_db
def test_checkpoint_command_writes_a_file(capsys, settings):
    _events(2)
    call_command("audit", "checkpoint")
    assert "Checkpoint written" in capsys.readouterr().out
    assert len(list(settings.AUDIT_CHECKPOINT_DIR.glob("checkpoint-*.json"))) == 1
    call_command("audit", "verify")
    assert "matches the latest checkpoint (2 events" in capsys.readouterr().out


@pytest.mark.django_db
def test_postgresql_refuses_every_change_but_the_seal():
    if connection.vendor != "postgresql":
        pytest.skip("the trigger exists on PostgreSQL only")
    (event,) = _events(1)
    audit_seal()  # the one UPDATE the trigger lets through
    for change in (
        lambda: AuditEvent.objects.filter(pk=event.pk).update(object_id="x"),
        lambda: AuditEvent.objects.filter(pk=event.pk).update(mac="0" * 64),
        lambda: AuditEvent.objects.filter(pk=event.pk).delete(),
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            change()
    (waiting,) = _events(1)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEvent.objects.filter(pk=waiting.pk).update(seq=99, mac="f" * 64, object_id="x")
