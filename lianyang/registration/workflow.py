"""Which step may follow which: the registration's status is the result of its append-only list of actions.

submitted → returned (the resident is told what to fix) → submitted again; submitted → verified → filed with the
police → registered (police receipt). The police may return a filed registration for correction. A registration
ends as registered, rejected, withdrawn, or superseded by a newer one for the same resident.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import RegistrationAction, Status

Kind = RegistrationAction.Kind

TRANSITIONS: dict[tuple[str | None, str], str] = {
    (None, Kind.SUBMIT): Status.SUBMITTED,
    (Status.SUBMITTED, Kind.RETURN): Status.RETURNED,
    (Status.SUBMITTED, Kind.VERIFY): Status.VERIFIED,
    (Status.SUBMITTED, Kind.REJECT): Status.REJECTED,
    (Status.SUBMITTED, Kind.WITHDRAW): Status.WITHDRAWN,
    (Status.RETURNED, Kind.RESUBMIT): Status.SUBMITTED,
    (Status.RETURNED, Kind.REJECT): Status.REJECTED,
    (Status.RETURNED, Kind.WITHDRAW): Status.WITHDRAWN,
    (Status.VERIFIED, Kind.RETURN): Status.RETURNED,
    (Status.VERIFIED, Kind.FILE): Status.FILED,
    (Status.VERIFIED, Kind.WITHDRAW): Status.WITHDRAWN,
    (Status.FILED, Kind.POLICE_RETURN): Status.RETURNED,
    (Status.FILED, Kind.REGISTER): Status.REGISTERED,
    (Status.REGISTERED, Kind.SUPERSEDE): Status.SUPERSEDED,
}

# Steps that must say why.
NEEDS_REASON = {Kind.RETURN, Kind.REJECT, Kind.POLICE_RETURN}


def next_status(current: str | None, kind: str) -> str:
    """The status after `kind`, or a ValidationError naming the step that is not allowed now."""
    try:
        return TRANSITIONS[(current, kind)]
    except KeyError:
        raise ValidationError(
            _("This step is not possible for a registration that is “%(status)s”."),
            code="invalid_transition",
            params={"status": Status(current).label if current else "—"},
        ) from None


def derive_status(kinds) -> str | None:
    """Replay a registration's actions from the start; the stored status must always equal this."""
    status = None
    for kind in kinds:
        status = next_status(status, kind)
    return status


def allowed_steps(status: str) -> set[str]:
    return {kind for (current, kind) in TRANSITIONS if current == status}
