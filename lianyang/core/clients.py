"""Who sent a request, behind the station's reverse proxy.

Behind a proxy every request comes from the proxy's address (`REMOTE_ADDR`), so five wrong passwords from
anyone would lock a member of staff out for everyone, and the audit log would name the proxy. Each trusted
proxy appends the address it received the request from to `X-Forwarded-For`; what stands before those may be
forged by the sender. The sender is therefore the last address in the header that is not one of
`TRUSTED_PROXIES`, and only when the request came from a trusted proxy at all.
"""

import ipaddress
from functools import cache

from django.conf import settings


@cache
def _networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address) -> bool:
    return address is not None and any(address in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_ip(request) -> str | None:
    """The sender's address: `REMOTE_ADDR`, or behind trusted proxies the last untrusted `X-Forwarded-For` hop.
    Used by the audit log and, through AXES_CLIENT_IP_CALLABLE, by the login lockout."""
    if request is None:
        return None
    remote = request.META.get("REMOTE_ADDR")
    if not _trusted(_address(remote or "")):
        return remote
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = _address(hop)
        if address is None:
            break  # a malformed hop: nothing before it can be believed
        if not _trusted(address):
            return str(address)
    return remote
