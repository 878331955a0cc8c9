"""The portal inbox of a resident or a local host: what the station has told them (a resident: registration steps,
reminders, requests, activities, pairings; a host: their pairings), newest first.

Notifications are rendered in the recipient's language when the worker sends them (notify.tasks); the inbox
shows the portal copies that were sent (`notify.selectors.portal_inbox_of`). Each sees only their own.
Opening a message only reads it; "Mark as read" is a POST, so a link preview or a prefetch never changes it.
"""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from lianyang.notify.selectors import portal_inbox_of, portal_message_of
from lianyang.notify.services import notification_mark_read

PAGE_SIZE = 20


@login_required(login_url="portal:login")
@require_GET
def inbox(request):
    notifications = portal_inbox_of(user=request.user)
    page = Paginator(notifications.defer("payload", "body"), PAGE_SIZE).get_page(request.GET.get("page"))
    unread = notifications.filter(read_at__isnull=True).count()
    return render(request, "portal/stay/inbox.html", {"page": page, "unread": unread})


@login_required(login_url="portal:login")
@require_GET
def message(request, pk: int):
    notification = portal_message_of(user=request.user, pk=pk)
    if notification is None:
        raise Http404
    return render(request, "portal/stay/message.html", {"notification": notification})


@login_required(login_url="portal:login")
@require_POST
def message_read(request, pk: int):
    """Mark one message read, from its page or from the list; back to the inbox."""
    notification = portal_message_of(user=request.user, pk=pk)
    if notification is None:
        raise Http404
    notification_mark_read(notification=notification)
    return redirect("stay:inbox")
