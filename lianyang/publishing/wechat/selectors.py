"""The WeChat pages' reads, within the officer's own station: another station's outbox item does not exist here."""

from django.shortcuts import get_object_or_404

from ..models import WeChatOutboxItem


def station_outbox(*, station_id: int):
    """The station's outbox, newest first, with who made each item."""
    return WeChatOutboxItem.objects.filter(station_id=station_id).select_related("created_by__staff_profile")


def station_outbox_item(*, station_id: int, pk: int) -> WeChatOutboxItem:
    return get_object_or_404(WeChatOutboxItem, pk=pk, station_id=station_id)
