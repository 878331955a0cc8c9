"""Reads of notifications, scoped to the acting user."""

from django.db.models import QuerySet

from .models import Notification


def portal_inbox_of(*, user) -> QuerySet[Notification]:
    """The sent portal notifications of the resident whose account `user` is, newest first; none for anyone
    else (staff accounts have no resident record, so their inbox is empty)."""
    return Notification.objects.filter(
        resident__user=user, channel=Notification.Channel.PORTAL, status=Notification.Status.SENT
    ).order_by("-created_at", "-id")


def portal_message_of(*, user, pk: int) -> Notification | None:
    """One message of `user`'s inbox, or None when it is not theirs."""
    return portal_inbox_of(user=user).filter(pk=pk).first()
