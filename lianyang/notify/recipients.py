"""Who a notification goes to: a resident or a local host, never both, never neither (the model's constraint).

Each reads their messages in their own language: a resident in their preferred language; a local host in the
language of their portal account, Chinese (they are Chinese neighbours and use the portal in it) when they have
no account. The e-mail goes to the resident's address, or to the host's account's address; none, no e-mail.
"""

from lianyang.people.models import LocalHost, Resident

HOST_LANGUAGE = "zh-hans"


def recipient_checked(*, resident: Resident | None, host: LocalHost | None) -> None:
    """Exactly one recipient: a caller's mistake otherwise, refused before anything is queued."""
    if (resident is None) == (host is None):
        raise TypeError("a notification goes to a resident or to a host: give exactly one")


def language_of(*, resident: Resident | None = None, host: LocalHost | None = None) -> str:
    """The language `resident` or `host` reads their messages in."""
    recipient_checked(resident=resident, host=host)
    if resident is not None:
        return resident.preferred_language
    return host.user.language if host.user_id else HOST_LANGUAGE


def email_of(notification) -> str:
    """The address `notification` is e-mailed to; empty when its recipient has none."""
    if notification.resident_id:
        return notification.resident.email
    return notification.host.user.email if notification.host.user_id else ""
