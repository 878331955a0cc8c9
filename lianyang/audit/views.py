from django.shortcuts import render

from lianyang.accounts.access import head_required

from .display import events_described
from .models import AuditEvent
from .selectors import station_events

PAGE_SIZE = 100


@head_required
def event_list(request):
    action = request.GET.get("action", "")
    if action not in AuditEvent.Action.values:
        action = ""
    try:
        before = int(request.GET.get("before", 0))
    except ValueError:
        before = 0
    events = station_events(actor=request.user, action=action)
    if before:
        events = events.filter(id__lt=before)
    window = list(events[: PAGE_SIZE + 1])
    context = {
        "events": events_described(window[:PAGE_SIZE]),
        "next_before": window[PAGE_SIZE - 1].pk if len(window) > PAGE_SIZE else None,
        "action": action,
        "actions": AuditEvent.Action.choices,
    }
    return render(request, "audit/event_list.html", context)
