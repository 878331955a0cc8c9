"""`/verify/<token>`: whoever holds a registration slip checks that it is genuine, and learns nothing more.

Public, without login: the police, a landlord or the Exit-Entry bureau scan the slip's QR code. The page says
whether the slip is genuine, its status and masked data only (passport name and document number masked, the
compound without the room, the date of registration); identity data is sensitive (PIPL art. 28). The token is
`secrets.token_urlsafe()` (256 bits), so guessing one is infeasible; an unknown or malformed token gets a "not a
genuine slip" page with status 404. Every look-up is audited with no actor, so scraping or guessing shows, and
each sender's look-ups are throttled (`accounts.throttle`), so nobody floods the audit log through this page.
"""

import re

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from lianyang.accounts import throttle
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from .models import AccommodationRegistration, Status

TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")
# A slip is only ever issued for a registered stay; a newer registration later supersedes it.
SLIP_STATUSES = (Status.REGISTERED, Status.SUPERSEDED)


def masked_passport_name(resident) -> str:
    """`KIM MINJUN` → `KIM M*****`: the surname, and of each given name its first letter."""
    given = " ".join(name[0] + "*" * (len(name) - 1) for name in resident.given_names.split())
    return f"{resident.surname} {given}".strip()


def _slip(token: str) -> AccommodationRegistration | None:
    if not TOKEN.fullmatch(token):
        return None
    return (
        AccommodationRegistration.objects.select_related(
            "resident", "document", "station", "address__building__compound"
        )
        .filter(verify_token=token, status__in=SLIP_STATUSES)
        .first()
    )


@never_cache
@require_safe
def slip_check(request, token: str):
    """Genuine or not, in the browser's language (Accept-Language); the page shows masked data only."""
    throttle.slip_check(request)
    registration = _slip(token)
    audit_record(
        actor=None,
        action=AuditEvent.Action.VIEW,
        object_type=AccommodationRegistration._meta.label_lower,
        object_id=registration.pk if registration else "",
        station_id=registration.station_id if registration else None,
        fields=["verify"] if registration else ["verify", "not_genuine"],
        request=request,
    )
    if registration is None:
        response = render(request, "registration/verify_not_genuine.html", status=404)
    else:
        response = render(
            request,
            "registration/verify.html",
            {
                "registration": registration,
                "is_current": registration.status == Status.REGISTERED,
                "passport_name": masked_passport_name(registration.resident),
                "document_number": registration.document.masked_number if registration.document else "",
                "compound": registration.address.building.compound,
            },
        )
    response["X-Robots-Tag"] = "noindex"
    return response
