"""The demo's e-mail backend and its outbox page (`DEMO_OUTBOX=true`, which production refuses).

A newcomer trying `make demo` has no mail server, yet the portal's login code and every notification arrive by
e-mail. In a demo the mail goes into `OutboxMessage` instead, from whichever process sends it (the task worker);
the outbox page lists it, newest first, and a banner on every page links there.
"""

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .models import OutboxMessage

PAGE_SIZE = 25


class OutboxBackend(BaseEmailBackend):
    """Keeps each message in the outbox table; nothing leaves the machine."""

    def send_messages(self, email_messages):
        OutboxMessage.objects.bulk_create(
            OutboxMessage(
                recipients=", ".join(message.recipients())[:500],
                subject=message.subject[:300],
                body=message.body,
            )
            for message in email_messages
        )
        return len(email_messages)


def demo_outbox(request):
    """The banner's switch for every template: on only in a demo that keeps its mail."""
    return {"demo_outbox": settings.DEMO_OUTBOX}


@never_cache
@require_GET
def outbox(request):
    """Every e-mail the demo sent, newest first; `?to=` narrows it to one address. Absent outside a demo."""
    if not settings.DEMO_OUTBOX:
        raise Http404
    recipient = request.GET.get("to", "").strip()[:254]
    messages = OutboxMessage.objects.all()
    if recipient:
        messages = messages.filter(recipients__icontains=recipient)
    page = Paginator(messages, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "demo/outbox.html", {"page": page, "recipient": recipient})
