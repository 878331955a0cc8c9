"""The resident's portal inbox: what the station has told them (registration steps, reminders), newest first.

Notifications are rendered in the resident's language when the worker sends them (notify.tasks); the inbox
shows the portal copies that were sent. A resident sees only their own; opening one marks it read.
"""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from lianyang.notify.models import Notification
from lianyang.notify.services import notification_mark_read

PAGE_SIZE = 20


def _inbox_of(user):
    """The sent portal notifications of the resident whose account `user` is; none for anyone else."""
    return Notification.objects.filter(
        resident__user=user, channel=Notification.Channel.PORTAL, status=Notification.Status.SENT
    ).order_by("-created_at", "-id")


@login_required(login_url="portal:login")
@require_GET
def inbox(request):
    notifications = _inbox_of(request.user)
    page = Paginator(notifications.defer("payload", "body"), PAGE_SIZE).get_page(request.GET.get("page"))
    unread = notifications.filter(read_at__isnull=True).count()
    return render(request, "portal/stay/inbox.html", {"page": page, "unread": unread})


@login_required(login_url="portal:login")
@require_GET
def message(request, pk: int):
    notification = _inbox_of(request.user).filter(pk=pk).first()
    if notification is None:
        raise Http404
    notification_mark_read(notification=notification)
    return render(request, "portal/stay/message.html", {"notification": notification})
