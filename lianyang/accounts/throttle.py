"""How often anyone may have a login code e-mailed, guess one, open a portal account or check a slip.

Each of these costs someone else: a code is an e-mail in a resident's inbox, a guess is a try at their account,
an account is a stored e-mail address, a slip check is an audit event. So each is counted per sender (its address
as `core.clients.client_ip` reads it behind the station's proxies; an IPv6 sender by its /64 network) and, where
an e-mail address is asked for, per address, in fixed windows kept in the cache under hashed keys
(django-ratelimit); the rates are `THROTTLE_RATES` in settings. A request over any of its limits raises
`Ratelimited` before anything is sent, created or recorded; the middleware answers it with the translated 429
page (`core.errors.too_many_requests`), and each refusal is logged with the sender, never the address asked for.
Every attempt counts, refused or not, so a sender who keeps trying stays refused until the window ends.

PIPL art. 51: the processor takes technical security measures against unauthorised access; the throttle is one
for the e-mailed codes (OWASP ASVS 2.2.1, anti-automation on every authentication channel).
"""

import logging

from django.conf import settings
from django_ratelimit.core import get_usage
from django_ratelimit.exceptions import Ratelimited

from lianyang.core.clients import client_ip

log = logging.getLogger(__name__)

# The address this session last had a code e-mailed to: its guesses at that code count against the address.
CODE_ADDRESS = "throttle_code_address"
SENDER = "ip"  # django-ratelimit's key for the sender, read through RATELIMIT_IP_META_KEY (client_ip)


def _address(address: str):
    normal = address.strip().lower()
    return lambda group, request: normal


def _count(request, *rules: tuple[str, object]) -> None:
    """Count this request under each (rule, key); over any of them, log it and refuse it."""
    over = {}
    for rule, key in rules:
        usage = get_usage(request, group=rule, key=key, rate=settings.THROTTLE_RATES[rule], increment=True)
        if usage is not None and usage["should_limit"]:
            over[rule] = max(usage["time_left"], 1)
    if over:
        log.warning(
            "Refused %s %s from %s: over %s",
            request.method,
            request.path,
            client_ip(request),
            ", ".join(f"{rule} ({settings.THROTTLE_RATES[rule]})" for rule in over),
        )
        raise Ratelimited(max(over.values()))


def _code_email(request, address: str, *rules: tuple[str, object]) -> None:
    _count(request, ("code_emails_per_address", _address(address)), ("code_emails_per_client", SENDER), *rules)
    request.session[CODE_ADDRESS] = address.strip().lower()


def code_email(request, address: str) -> None:
    """Before a login code is e-mailed to `address` (known or not, so a refusal tells nothing about it)."""
    _code_email(request, address)


def account_open(request, address: str) -> None:
    """Before "Register my stay" opens an account for `address` and e-mails it a code: accounts per sender, and
    the code e-mail's own limits."""
    _code_email(request, address, ("accounts_per_client", SENDER))


def code_guess(request) -> None:
    """Before a typed login code is checked, right or wrong: per sender, and per the address the code was sent to."""
    address = request.session.get(CODE_ADDRESS)
    rules = [("code_guesses_per_client", SENDER)]
    if address:
        rules.append(("code_guesses_per_address", _address(address)))
    _count(request, *rules)


def slip_check(request) -> None:
    """Before a `/verify/` look-up, which is audited: per sender."""
    _count(request, ("slip_checks_per_client", SENDER))
