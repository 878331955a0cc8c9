"""The resident's portal inbox: their own messages, newest first, unread marked, marked read by a POST only."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lianyang.notify.models import Notification
from lianyang.notify.services import notification_send
from tests.factories import make_resident


def send(resident, capture, count=1, start=0):
    """Messages as the station sends them: queued, then delivered by the (immediate) task worker."""
    with capture(execute=True):
        for number in range(start, start + count):
            notification_send(
                resident=resident,
                template="registration_submitted",
                payload={"reference": f"R2611260000{number:02d}", "deadline": "2026-11-27 10:00"},
                key=f"test:{number}",
                channels=(Notification.Channel.PORTAL,),
            )
    return list(Notification.objects.filter(resident=resident).order_by("id"))


@pytest.mark.django_db
def test_empty_inbox_says_what_will_arrive(client, resident_user):
    client.force_login(resident_user)
    page = client.get(reverse("stay:inbox")).content.decode()
    assert "Nothing here yet" in page and "in your language" in page


@pytest.mark.django_db
def test_messages_newest_first_unread_marked_and_read_when_marked(
    client, resident_user, resident_a, django_capture_on_commit_callbacks
):
    first, second = send(resident_a, django_capture_on_commit_callbacks, count=2)
    client.force_login(resident_user)
    page = client.get(reverse("stay:inbox")).content.decode()
    assert page.index(f'href="{reverse("stay:message", args=[second.pk])}"') < page.index(
        f'href="{reverse("stay:message", args=[first.pk])}"'
    )
    assert page.count("stay-unread") == 2 and "You have 2 unread messages." in page
    message = client.get(reverse("stay:message", args=[first.pk])).content.decode()
    assert "R261126000000" in message and "received" in message and "Mark as read" in message
    first.refresh_from_db()
    assert first.read_at is None, "opening a message is a GET and writes nothing"
    response = client.post(reverse("stay:message_read", args=[first.pk]))
    assert response["Location"] == reverse("stay:inbox")
    first.refresh_from_db()
    assert first.read_at is not None
    page = client.get(reverse("stay:inbox")).content.decode()
    assert page.count("stay-unread") == 1 and "You have 1 unread message." in page


@pytest.mark.django_db
def test_pending_email_and_other_residents_messages_are_not_shown(
    client, resident_user, resident_a, station_a, django_capture_on_commit_callbacks
):
    other = make_resident(station_a, 4)
    (theirs,) = send(other, django_capture_on_commit_callbacks)
    notification_send(resident=resident_a, template="registration_submitted", payload={}, key="pending")
    client.force_login(resident_user)
    assert "stay-inbox-item" not in client.get(reverse("stay:inbox")).content.decode()
    assert client.get(reverse("stay:message", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("stay:message_read", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


@pytest.mark.django_db
def test_inbox_needs_a_login(client):
    assert reverse("portal:login") in client.get(reverse("stay:inbox"))["Location"]


@pytest.mark.django_db
def test_inbox_queries_do_not_grow_with_the_messages(
    client, resident_user, resident_a, django_capture_on_commit_callbacks
):
    client.force_login(resident_user)
    send(resident_a, django_capture_on_commit_callbacks, count=5)
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("stay:inbox"))
    send(resident_a, django_capture_on_commit_callbacks, count=45, start=5)
    with CaptureQueriesContext(connection) as large:
        page = client.get(reverse("stay:inbox")).content.decode()
    assert page.count("stay-inbox-item") == 20 and "Page 1 of 3" in page
    assert len(small) == len(large), "\n".join(q["sql"] for q in large.captured_queries)


@pytest.mark.django_db
def test_marking_read_by_a_get_is_refused_and_changes_nothing(
    client, resident_user, resident_a, django_capture_on_commit_callbacks
):
    (message,) = send(resident_a, django_capture_on_commit_callbacks)
    client.force_login(resident_user)
    assert client.get(reverse("stay:message_read", args=[message.pk])).status_code == 405
    message.refresh_from_db()
    assert message.read_at is None
