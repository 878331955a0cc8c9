"""Reads of notifications, scoped to the acting user."""

from django.db.models import Q, QuerySet

from .models import Notification


def _recipient_of(user) -> Q | None:
    """The notifications addressed to `user`'s own resident record or local host record; None when they have
    neither (staff). Asked by the account's own records, so each inbox reads one recipient's index."""
    mine = Q()
    if (resident := getattr(user, "resident", None)) is not None:
        mine |= Q(resident_id=resident.pk)
    if (host := getattr(user, "local_host", None)) is not None:
        mine |= Q(host_id=host.pk)
    return mine or None


def portal_inbox_of(*, user) -> QuerySet[Notification]:
    """The sent portal notifications of the resident or the local host whose account `user` is, newest first;
    none for anyone else (staff accounts have neither record, so their inbox is empty)."""
    mine = _recipient_of(user) if user.is_authenticated else None
    if mine is None:
        return Notification.objects.none()
    return Notification.objects.filter(
        mine, channel=Notification.Channel.PORTAL, status=Notification.Status.SENT
    ).order_by("-created_at", "-id")


def portal_message_of(*, user, pk: int) -> Notification | None:
    """One message of `user`'s inbox, or None when it is not theirs."""
    return portal_inbox_of(user=user).filter(pk=pk).first()
