"""Staff accounts and their language, and the login codes residents are e-mailed (enrolment: `enrolment.py`)."""

import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from .models import LoginCode, StaffLanguage, StaffProfile, User


@transaction.atomic
def staff_create(
    *,
    actor,
    username: str,
    password: str | None,
    station,
    role: str,
    display_name: str,
    display_name_en: str = "",
    language: str = "en",
    languages: dict[str, str] | None = None,
    district: str = "",
    email: str = "",
) -> StaffProfile:
    """A member of staff with their languages ({code: proficiency}); they enrol a TOTP device at first login
    with an enrolment code from their station head (`enrolment.py`)."""
    user = User.objects.create_user(username=username, password=password, email=email, language=language)
    profile = StaffProfile.objects.create(
        user=user,
        station=station,
        role=role,
        display_name=display_name,
        display_name_en=display_name_en,
        district=district,
    )
    StaffLanguage.objects.bulk_create(
        StaffLanguage(staff=profile, language=code, proficiency=level) for code, level in (languages or {}).items()
    )
    audit_record(
        actor=actor,
        action=AuditEvent.Action.CREATE,
        obj=profile,
        station_id=getattr(station, "pk", None),
        fields=["role", "station", "languages"],
    )
    return profile


LOGIN_CODE_LIFETIME = datetime.timedelta(minutes=10)
LOGIN_CODE_ATTEMPTS = 5


def code_hash(code: str) -> str:
    """A one-time code as stored: its HMAC under the secret key, so a copied table reveals no code."""
    return hmac.new(settings.SECRET_KEY.encode(), code.encode(), hashlib.sha256).hexdigest()


def login_code_issue(*, user) -> str:
    """A fresh six-digit code for `user`; earlier unused codes stop working. Only its hash is stored."""
    code = f"{secrets.randbelow(1_000_000):06d}"
    LoginCode.objects.filter(user=user, used_at__isnull=True).update(used_at=timezone.now())
    LoginCode.objects.create(user=user, code_hash=code_hash(code))
    return code


@transaction.atomic
def login_code_redeem(*, user, code: str) -> bool:
    """True once for the newest code within ten minutes; five wrong tries spend it (ASVS 2.7)."""
    login_code = (
        LoginCode.objects.select_for_update()
        .filter(user=user, used_at__isnull=True, created_at__gte=timezone.now() - LOGIN_CODE_LIFETIME)
        .order_by("-created_at")
        .first()
    )
    if login_code is None:
        return False
    if hmac.compare_digest(login_code.code_hash, code_hash(code.strip())):
        login_code.used_at = timezone.now()
        login_code.save(update_fields=["used_at"])
        return True
    login_code.attempts += 1
    if login_code.attempts >= LOGIN_CODE_ATTEMPTS:
        login_code.used_at = timezone.now()
    login_code.save(update_fields=["attempts", "used_at"])
    return False


def user_language_set(*, user, language: str) -> None:
    """The interface language of the staff pages, chosen by each member of staff in their profile."""
    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("Choose one of the offered languages.")})
    user.language = language
    user.save(update_fields=["language"])
