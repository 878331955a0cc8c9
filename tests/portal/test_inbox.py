"""The portal inbox of a resident or a local host: their own messages, newest first, unread marked, marked read by
a POST only; nobody reads another's."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lianyang.notify.models import Notification
from lianyang.notify.services import notification_send
from lianyang.people.models import LocalHost
from tests.activities.pairing_factories import make_host
from tests.factories import make_resident


def send(recipient, capture, count=1, start=0):
    """Messages as the station sends them, to a resident (a registration received) or to a local host (a pairing
    proposed): queued, then delivered by the (immediate) task worker."""
    if isinstance(recipient, LocalHost):
        to, template = {"host": recipient}, "pairing_host_sent"
    else:
        to, template = {"resident": recipient}, "registration_submitted"
    with capture(execute=True):
        for number in range(start, start + count):
            notification_send(
                **to,
                template=template,
                payload={
                    "reference": f"R2611260000{number:02d}",
                    "deadline": "2026-11-27 10:00",
                    "topic": "烹饪",
                    "resident": "Joao",
                    "link": f"/zh-hans/exchange/pairings/{number}/",
                },
                key=f"test:{number}:{template}",
                channels=(Notification.Channel.PORTAL,),
            )
    return list(Notification.objects.filter(**to).order_by("id"))


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


@pytest.fixture(name="host")
def host_fixture(station_a):
    return make_host(station_a)


@pytest.mark.django_db
def test_a_host_finds_the_inbox_in_the_menu_and_is_told_what_will_arrive(client, host):
    client.force_login(host.user)
    page = client.get(reverse("stay:inbox")).content.decode()
    assert f'href="{reverse("stay:inbox")}"' in page and f'href="{reverse("exchange:home")}"' in page
    assert "proposes a pairing to you" in page and "visa or permit" not in page


@pytest.mark.django_db
def test_a_host_and_a_resident_each_read_only_their_own_messages(
    client, host, resident_user, resident_a, django_capture_on_commit_callbacks
):
    (hosts,) = send(host, django_capture_on_commit_callbacks)
    (residents,) = send(resident_a, django_capture_on_commit_callbacks)
    for user, mine, theirs in ((host.user, hosts, residents), (resident_user, residents, hosts)):
        client.force_login(user)
        page = client.get(reverse("stay:inbox")).content.decode()
        assert page.count("stay-inbox-item") == 1
        assert reverse("stay:message", args=[mine.pk]) in page and reverse("stay:message", args=[theirs.pk]) not in page
        assert client.get(reverse("stay:message", args=[theirs.pk])).status_code == 404
        assert client.post(reverse("stay:message_read", args=[theirs.pk])).status_code == 404
    for notification in (hosts, residents):
        notification.refresh_from_db()
        assert notification.read_at is None


@pytest.mark.django_db
def test_staff_have_an_empty_inbox_whatever_was_sent(
    client_for, officer_a, host, resident_a, django_capture_on_commit_callbacks
):
    send(host, django_capture_on_commit_callbacks)
    send(resident_a, django_capture_on_commit_callbacks)
    assert "stay-inbox-item" not in client_for(officer_a).get(reverse("stay:inbox")).content.decode()


@pytest.mark.django_db
def test_a_hosts_inbox_reads_in_chinese_and_its_queries_do_not_grow(
    client, host, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    client.force_login(host.user)
    send(host, django_capture_on_commit_callbacks, count=5)
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("stay:inbox"))
    messages = send(host, django_capture_on_commit_callbacks, count=45, start=5)
    with django_assert_max_num_queries(len(small)):
        page = client.get(reverse("stay:inbox")).content.decode()
    assert page.count("stay-inbox-item") == 20 and page.count("“烹饪”结对建议") >= 20
    message = client.get(reverse("stay:message", args=[messages[0].pk])).content.decode()
    assert "服务站建议您与外籍居民Joao结对" in message and "Mark as read" in message
