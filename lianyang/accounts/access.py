"""Who may open which back-office page: staff roles, the second factor, and the station they work for.

DESIGN.md (Security): staff log in with a password and a TOTP code; an officer or head sees their own station's
residents only, a police liaison only filed registrations, a district administrator no personal data.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .models import CASEWORK_ROLES, Role, StaffProfile


def staff_profile(user) -> StaffProfile | None:
    if not user.is_authenticated:
        return None
    try:
        return user.staff_profile
    except StaffProfile.DoesNotExist:
        return None


def officer_of(actor, station_id: int) -> StaffProfile:
    """The actor's staff profile when they are an officer or the head of station `station_id`, else a refusal:
    the writes of a station's casework, activities and publications are its own staff's."""
    profile = staff_profile(actor)
    if profile is None or profile.role not in CASEWORK_ROLES or profile.station_id != station_id:
        raise ValidationError(_("Only the station's officers can do this."), code="not_allowed")
    return profile


def has_second_factor(request) -> bool:
    return settings.DEMO_SKIP_TOTP or request.user.is_verified()


def staff_required(*roles: str):
    """Let in logged-in staff with a verified second factor and one of `roles` (any role when none given)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            profile = staff_profile(request.user)
            if profile is None:
                raise PermissionDenied
            if not has_second_factor(request):
                return redirect("accounts:totp_setup")
            if roles and profile.role not in roles:
                raise PermissionDenied
            request.staff = profile
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


casework_required = staff_required(*CASEWORK_ROLES)
head_required = staff_required(Role.HEAD)
