"""A notification goes to one resident or to one local host: the database refuses both and neither; each is
written in the recipient's language and e-mailed to their address, and a host without one is skipped."""

import pytest
from django.core import mail
from django.db import IntegrityError, transaction

from lianyang.notify.models import Notification
from lianyang.notify.recipients import language_of
from lianyang.notify.services import notification_send
from lianyang.notify.tasks import notification_deliver
from lianyang.people.models import LocalHost
from tests.activities.pairing_factories import make_host

Status = Notification.Status
PAYLOAD = {"topic": "烹饪", "resident": "Joao", "link": "https://example.org/zh-hans/exchange/pairings/1/"}


def _row(**recipient) -> Notification:
    return Notification.objects.create(
        channel=Notification.Channel.PORTAL,
        language="en",
        template="pairing_host_sent",
        payload=PAYLOAD,
        idempotency_key=f"test:{len(recipient)}:{sorted(recipient)}",
        **recipient,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("both", [True, False], ids=["both", "neither"])
def test_the_database_refuses_a_notification_with_both_or_neither_recipient(both, resident_a, station_a):
    recipient = {"resident": resident_a, "host": make_host(station_a)} if both else {}
    with pytest.raises(IntegrityError), transaction.atomic():
        _row(**recipient)
    assert not Notification.objects.exists()


@pytest.mark.django_db
def test_sending_to_both_or_neither_is_refused_before_anything_is_queued(resident_a, station_a):
    host = make_host(station_a)
    for recipient in ({"resident": resident_a, "host": host}, {}):
        with pytest.raises(TypeError):
            notification_send(**recipient, template="pairing_host_sent", payload=PAYLOAD, key="twice")
    assert not Notification.objects.exists()


@pytest.mark.django_db
def test_a_host_reads_in_their_accounts_language_and_in_chinese_without_one(station_a):
    assert language_of(host=make_host(station_a, language="en")) == "en"
    assert language_of(host=make_host(station_a)) == "zh-hans"
    no_account = LocalHost.objects.create(station=station_a, name="赵奶奶")
    assert language_of(host=no_account) == "zh-hans"


@pytest.mark.django_db
def test_a_hosts_email_goes_to_their_account_in_chinese(station_a, django_capture_on_commit_callbacks):
    host = make_host(station_a, email="wang.ayi@example.cn")
    with django_capture_on_commit_callbacks(execute=True):
        (notification,) = notification_send(
            host=host, template="pairing_host_sent", payload=PAYLOAD, key="pairing:1:sent:host", channels=("email",)
        )
    notification.refresh_from_db()
    assert notification.status == Status.SENT and notification.language == "zh-hans"
    (email,) = mail.outbox
    assert email.to == ["wang.ayi@example.cn"] and email.subject == "“烹饪”结对建议"
    assert "Joao" in email.body and PAYLOAD["link"] in email.body


@pytest.mark.django_db
def test_a_host_without_an_account_gets_no_email_and_the_inbox_copy_is_kept(station_a):
    host = LocalHost.objects.create(station=station_a, name="赵奶奶")
    rows = notification_send(host=host, template="pairing_host_sent", payload=PAYLOAD, key="pairing:1:sent:host")
    assert [notification_deliver.call(row.pk) for row in rows] == [Status.SENT, Status.SKIPPED]
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_deleted_hosts_notifications_go_with_them_and_a_residents_stay(resident_a, station_a):
    host = make_host(station_a)
    notification_send(resident=resident_a, template="registration_submitted", payload={}, key="r")
    notification_send(host=host, template="pairing_host_sent", payload=PAYLOAD, key="h")
    host.delete()
    assert Notification.objects.count() == Notification.objects.filter(resident=resident_a).count() == 2
