"""Delivery through the channels: a real SMTP conversation in the resident's language, the inbox, the refusals."""

import pytest

from lianyang.notify import channels
from lianyang.notify.models import Notification
from lianyang.notify.services import notification_send
from lianyang.notify.tasks import notification_deliver

Status = Notification.Status
PAYLOAD = {"reference": "LY-2026-00042", "deadline": "2026-12-01 18:00"}


def _row(resident, channel: str, key: str, language: str = "en") -> Notification:
    """A notification waiting for delivery, as notification_send leaves it."""
    return Notification.objects.create(
        resident=resident,
        channel=channel,
        language=language,
        template="registration_submitted",
        payload=PAYLOAD,
        idempotency_key=key,
    )


def _japanese(resident, address="yui.tanaka@example.com"):
    resident.preferred_language, resident.email = "ja", address
    resident.save(update_fields=["preferred_language", "email"])
    return resident


@pytest.mark.django_db
def test_registration_message_goes_out_by_smtp_in_the_residents_language(
    resident_a, smtp_server, django_capture_on_commit_callbacks
):
    resident = _japanese(resident_a)
    with django_capture_on_commit_callbacks(execute=True):
        (notification,) = notification_send(
            resident=resident,
            template="registration_submitted",
            payload=PAYLOAD,
            key="registration:42:submitted",
            channels=(Notification.Channel.EMAIL,),
        )
    notification.refresh_from_db()
    assert notification.status == Status.SENT
    (message,) = smtp_server.messages
    assert message["To"] == "yui.tanaka@example.com"
    # Django folds the encoded subject onto a continuation line; the parser keeps the fold's space, as mail
    # clients do not.
    assert message["Subject"].strip() == "宿泊登記 LY-2026-00042 を受け付けました"
    assert message.get_content().strip() == (
        "宿泊登記 LY-2026-00042 を受け付けました。法定期限は2026-12-01 18:00です。"
        "進捗がありましたら、すぐにお知らせします。"
    )
    assert message.get_content_charset() == "utf-8"


@pytest.mark.django_db
def test_a_retried_delivery_sends_nothing_twice(resident_a, smtp_server, django_capture_on_commit_callbacks):
    resident = _japanese(resident_a)
    for _attempt in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            notification_send(
                resident=resident,
                template="registration_submitted",
                payload=PAYLOAD,
                key="registration:42:submitted",
                channels=(Notification.Channel.EMAIL,),
            )
    notification = Notification.objects.get()
    assert notification_deliver.call(notification.pk) == "skipped"  # the job again: the claim refuses it
    assert len(smtp_server.messages) == 1


@pytest.mark.django_db
def test_unreachable_mail_server_marks_the_notification_failed(resident_a, smtp_server, settings):
    resident = _japanese(resident_a)
    settings.EMAIL_PORT = 1  # nothing listens there
    notification = _row(resident, Notification.Channel.EMAIL, "unreachable:1", language="ja")
    assert notification_deliver.call(notification.pk) == Status.FAILED
    assert smtp_server.messages == []


@pytest.mark.django_db
def test_no_address_skips_email_and_the_inbox_always_receives(resident_a, smtp_server):
    resident_a.email = ""
    resident_a.save(update_fields=["email"])
    rows = [
        _row(resident_a, channel, f"inbox:{channel}")
        for channel in (Notification.Channel.EMAIL, Notification.Channel.PORTAL)
    ]
    assert [notification_deliver.call(row.pk) for row in rows] == [Status.SKIPPED, Status.SENT]
    inbox = Notification.objects.get(channel=Notification.Channel.PORTAL)
    assert inbox.subject == "Registration LY-2026-00042 received"
    assert smtp_server.messages == []


@pytest.mark.django_db
def test_each_channel_of_the_model_has_a_sender_and_a_row_of_an_unknown_one_fails(resident_a):
    assert {name for name in Notification.Channel.values if channels.channel_named(name)} == set(
        Notification.Channel.values
    )
    notification = _row(resident_a, "pigeon", "pigeon:1")
    assert notification_deliver.call(notification.pk) == Status.FAILED


@pytest.mark.django_db
def test_a_registered_channel_is_used_by_name(resident_a, monkeypatch):
    sent = []

    class Sms(channels.Channel):
        name = "sms"

        def send(self, notification):
            sent.append((notification.subject, notification.resident_id))
            return Status.SENT

    monkeypatch.setitem(channels._CHANNELS, "sms", Sms())
    notification = _row(resident_a, "sms", "sms:1")
    assert notification_deliver.call(notification.pk) == Status.SENT
    assert sent == [("Registration LY-2026-00042 received", resident_a.pk)]
