"""A notification whose delivery task died with its worker is delivered by the resume pass, never twice."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from lianyang.notify.models import Notification
from lianyang.notify.tasks import notifications_resume

Status = Notification.Status


def _notification(resident, n: int, status: str) -> Notification:
    return Notification.objects.create(
        resident=resident,
        channel=Notification.Channel.EMAIL,
        language="en",
        template="registration_submitted",
        payload={"reference": f"LY-RESUME-{n}", "deadline": "tomorrow"},
        status=status,
        idempotency_key=f"resume:{n}",
    )


@pytest.mark.django_db
def test_a_stranded_notification_is_delivered_once_and_an_interrupted_one_is_marked_failed(
    resident_a, mailoutbox, settings
):
    resident_a.email = "stranded@example.invalid"
    resident_a.save(update_fields=["email"])
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    with time_machine.travel(an_hour_ago, tick=False):
        stranded = _notification(resident_a, 1, Status.PENDING)
        interrupted = _notification(resident_a, 2, Status.SENDING)
    fresh = _notification(resident_a, 3, Status.PENDING)  # its task is still on the way

    assert notifications_resume.call() == 1
    assert notifications_resume.call() == 0  # a second pass sends nothing again
    for notification in (stranded, interrupted, fresh):
        notification.refresh_from_db()
    assert (stranded.status, interrupted.status, fresh.status) == (Status.SENT, Status.FAILED, Status.PENDING)
    assert [message.to for message in mailoutbox] == [["stranded@example.invalid"]]
