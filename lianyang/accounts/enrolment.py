"""Setting up a member of staff's authenticator app (TOTP), which only an enrolment code from their station head
opens: a password alone never lets anyone set up their own app on someone else's account.

The head of the station (or a superuser, on the command line: `lianyang enrolment_code`) issues the code and
hands it over in person; the member types it in after their password, and only then sees the key for their app.
The code is random, kept only as a hash, works once, expires after ENROLMENT_CODE_HOURS, and a few wrong tries
void it. Issuing, using, failing, voiding and resetting are all in the audit log (PIPL art. 51: access control
and records of who could reach personal information).
"""

import datetime
import hmac
import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from .access import staff_profile
from .models import EnrolmentCode, Role, StaffProfile
from .services import code_hash

# No 0/O, 1/I/L: a code read aloud or copied from paper cannot be misread. Ten of 31 characters: 49 bits.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
ENROLMENT_CODE_ATTEMPTS = 5
# What is compared of a typed code; anything longer is wrong anyway.
LONGEST_TYPED = 40


def may_manage_enrolment(actor, member: StaffProfile) -> bool:
    """A superuser for anyone; the head of a station for the other members of their own station."""
    if actor is None or not actor.is_active:
        return False
    if actor.is_superuser:
        return True
    profile = staff_profile(actor)
    return (
        profile is not None
        and profile.role == Role.HEAD
        and profile.station_id is not None
        and profile.station_id == member.station_id
        and profile.user_id != member.user_id
    )


def station_members(actor):
    """The members of staff of the actor's station, each with `enrolled` (a confirmed authenticator app) and
    `code_until` (when their outstanding enrolment code expires, or None)."""
    profile = staff_profile(actor)
    if profile is None or profile.station_id is None:
        return StaffProfile.objects.none()
    now = timezone.now()
    live_codes = EnrolmentCode.objects.filter(_live(now), user=OuterRef("user")).order_by("-created_at")
    return (
        StaffProfile.objects.filter(station_id=profile.station_id)
        .annotate(
            enrolled=Exists(TOTPDevice.objects.filter(user=OuterRef("user"), confirmed=True)),
            code_until=live_codes.values("expires_at")[:1],
        )
        .order_by("role", "display_name")
    )


def _live(now) -> Q:
    return Q(used_at__isnull=True, voided_at__isnull=True, expires_at__gt=now)


def _void_codes(*, actor, member: StaffProfile, now, request) -> None:
    for code in EnrolmentCode.objects.select_for_update().filter(_live(now), user_id=member.user_id):
        code.voided_at = now
        code.save(update_fields=["voided_at"])
        audit_record(
            actor=actor,
            action=AuditEvent.Action.UPDATE,
            obj=code,
            station_id=member.station_id,
            fields=["voided_at"],
            request=request,
        )


@transaction.atomic
def enrolment_code_issue(*, actor, member: StaffProfile, request=None) -> str:
    """A new enrolment code for `member`, shown once as `ABCDE-FGHJK`; any earlier one stops working.

    Only for a member with no authenticator app yet: a lost one is reset first (`authenticator_reset`).
    """
    if not may_manage_enrolment(actor, member):
        raise PermissionDenied
    if user_has_device(member.user):
        raise ValidationError(
            _("%(name)s already has an authenticator app. If it is lost, reset it first.")
            % {"name": member.display_name}
        )
    now = timezone.now()
    _void_codes(actor=actor, member=member, now=now, request=request)
    code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    record = EnrolmentCode.objects.create(
        user_id=member.user_id,
        issued_by=actor,
        code_hash=code_hash(code),
        expires_at=now + datetime.timedelta(hours=settings.ENROLMENT_CODE_HOURS),
    )
    audit_record(
        actor=actor,
        action=AuditEvent.Action.CREATE,
        obj=record,
        station_id=member.station_id,
        fields=["user", "expires_at"],
        request=request,
    )
    half = CODE_LENGTH // 2
    return f"{code[:half]}-{code[half:]}"


def _typed(code: str) -> str:
    """A code as typed, in either case, with or without its hyphen and spaces."""
    return "".join(ch for ch in code.upper() if ch not in " -")[:LONGEST_TYPED]


def enrolment_code_redeem(*, user, code: str, request=None) -> TOTPDevice:
    """Spend `user`'s enrolment code and make the authenticator device whose key the setup page then shows.

    A wrong code counts a try (five void it); an expired, used or voided code is refused. Either way nothing
    is made and the member is told to ask their station head for a new code.
    """
    device = _redeem(user, _typed(code), request)
    if device is None:
        raise ValidationError(
            _(
                "This enrolment code is not correct, has expired or has already been used. "
                "Ask your station head for a new one."
            )
        )
    return device


@transaction.atomic
def _redeem(user, typed: str, request) -> TOTPDevice | None:
    now = timezone.now()
    station_id = getattr(staff_profile(user), "station_id", None)
    record = EnrolmentCode.objects.select_for_update().filter(_live(now), user=user).first()
    if record is None:
        audit_record(
            actor=user,
            action=AuditEvent.Action.UPDATE,
            object_type=EnrolmentCode._meta.label_lower,
            station_id=station_id,
            fields=["attempts"],
            request=request,
        )
        return None
    if not hmac.compare_digest(record.code_hash, code_hash(typed)):
        record.attempts += 1
        changed = ["attempts"]
        if record.attempts >= ENROLMENT_CODE_ATTEMPTS:
            record.voided_at = now
            changed.append("voided_at")
        record.save(update_fields=changed)
        audit_record(
            actor=user,
            action=AuditEvent.Action.UPDATE,
            obj=record,
            station_id=station_id,
            fields=changed,
            request=request,
        )
        return None
    record.used_at = now
    record.save(update_fields=["used_at"])
    audit_record(
        actor=user,
        action=AuditEvent.Action.UPDATE,
        obj=record,
        station_id=station_id,
        fields=["used_at"],
        request=request,
    )
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    audit_record(actor=user, action=AuditEvent.Action.CREATE, obj=device, station_id=station_id, request=request)
    return device


def totp_device_for_setup(*, user, device_id) -> TOTPDevice | None:
    """The unconfirmed device that `user`'s enrolment code made in this session (`device_id`), or None."""
    if not isinstance(device_id, int):
        return None
    return TOTPDevice.objects.filter(pk=device_id, user=user, confirmed=False).first()


def totp_device_confirm(*, user, device: TOTPDevice) -> None:
    """The first code from the app proves it holds the key: from now on the app's codes log the member in."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    audit_record(
        actor=user,
        action=AuditEvent.Action.UPDATE,
        obj=device,
        station_id=getattr(staff_profile(user), "station_id", None),
        fields=["confirmed"],
    )


@transaction.atomic
def authenticator_reset(*, actor, member: StaffProfile, request=None) -> None:
    """A lost or replaced phone: `member`'s authenticator app stops working at once and any outstanding
    enrolment code is voided; they set up a new app only with a new code."""
    if not may_manage_enrolment(actor, member):
        raise PermissionDenied
    for device in TOTPDevice.objects.filter(user_id=member.user_id):
        audit_record(
            actor=actor, action=AuditEvent.Action.DELETE, obj=device, station_id=member.station_id, request=request
        )
        device.delete()
    _void_codes(actor=actor, member=member, now=timezone.now(), request=request)
