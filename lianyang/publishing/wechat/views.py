"""The WeChat staff pages: the station's outbox to copy payloads from, and the button that sends a notice or an
article to WeChat."""

import json

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lianyang.accounts.access import casework_required
from lianyang.core.pages import page_number, page_window, run_and_tell

from .. import selectors as publishing_selectors
from ..models import WeChatStep
from . import selectors
from .forms import WeChatSendForm
from .payloads import MEDIA_ID_PLACEHOLDER, THUMB_MEDIA_ID_PLACEHOLDER
from .services import outbox_item_mark_copied, wechat_send

SENDABLE = ("notice", "article")


@casework_required
@require_GET
def outbox(request):
    page = page_number(request)
    items, more = page_window(selectors.station_outbox(station_id=request.staff.station_id), page)
    rows = [
        {
            "item": item,
            "json": json.dumps(item.payload, ensure_ascii=False, indent=2),
            "picture": item.payload.get("media") if item.kind == WeChatStep.MEDIA else None,
        }
        for item in items
    ]
    context = {
        "rows": rows,
        "page": page,
        "has_next": more,
        "media_id": MEDIA_ID_PLACEHOLDER,
        "thumb_media_id": THUMB_MEDIA_ID_PLACEHOLDER,
    }
    return render(request, "publishing/wechat/outbox.html", context)


@casework_required
@require_POST
def outbox_copied(request, pk):
    item = selectors.station_outbox_item(station_id=request.staff.station_id, pk=pk)
    run_and_tell(
        request,
        lambda: outbox_item_mark_copied(actor=request.user, item=item, request=request),
        _("Marked as copied into WeChat."),
    )
    return redirect(f"{reverse('wechat:outbox')}#item-{item.pk}")


@casework_required
@require_POST
def piece_send(request, kind, pk):
    if kind not in SENDABLE:
        raise Http404
    piece = publishing_selectors.station_piece(station_id=request.staff.station_id, kind=kind, pk=pk)
    back = (
        reverse("publishing:notice", args=[pk])
        if kind == "notice"
        else reverse("publishing:issue", args=[piece.issue_id])
    )
    form = WeChatSendForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for text in errors:
                messages.error(request, text)
        return redirect(back)
    to_outbox = settings.WECHAT_TRANSPORT == "outbox"
    sent = run_and_tell(
        request,
        lambda: wechat_send(actor=request.user, piece=piece, request=request, **form.cleaned_data),
        _("Its payloads are in the WeChat outbox: copy them into WeChat in order.")
        if to_outbox
        else _("Sent to WeChat."),
    )
    return redirect("wechat:outbox" if sent and to_outbox else back)
