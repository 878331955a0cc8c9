from base64 import b32encode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import user_has_device

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from . import backends
from .access import staff_profile, staff_required
from .enrolment import enrolment_code_redeem, totp_device_confirm, totp_device_for_setup
from .forms import EnrolmentCodeForm, LanguageForm, StaffLoginForm, TotpConfirmForm
from .services import user_language_set


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return "/staff/"


def staff_login(request):
    form = StaffLoginForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        login(request, form.user, backend=backends.PATH)
        if form.device is not None:
            otp_login(request, form.device)
        profile = staff_profile(form.user)
        audit_record(
            actor=form.user,
            action=AuditEvent.Action.LOGIN,
            obj=form.user,
            station_id=profile.station_id,
            request=request,
        )
        if form.device is None and not settings.DEMO_SKIP_TOTP:
            return redirect("accounts:totp_setup")
        return redirect(_next_url(request))
    return render(request, "accounts/login.html", {"form": form, "next": _next_url(request)})


@require_POST
def staff_logout(request):
    logout(request)
    return redirect("accounts:staff_login")


# The session's own device from its redeemed enrolment code: another session with the same password sees no key.
ENROLMENT_DEVICE = "enrolment_device"


@login_required
def totp_setup(request):
    """Enrolment: the code from the station head, then the QR code to scan into an authenticator app, then a first
    code from the app to confirm it."""
    if staff_profile(request.user) is None:
        return redirect("portal:home")
    if user_has_device(request.user):
        if request.user.is_verified():
            return redirect("reports:home")
        logout(request)
        return redirect("accounts:staff_login")
    device = totp_device_for_setup(user=request.user, device_id=request.session.get(ENROLMENT_DEVICE))
    if device is None:
        return _enrolment_code(request)
    form = TotpConfirmForm(device, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        totp_device_confirm(user=request.user, device=device)
        otp_login(request, device)
        request.session.pop(ENROLMENT_DEVICE, None)
        messages.success(request, _("Your authenticator app is set up. Use a new code each time you log in."))
        return redirect("reports:home")
    qr = segno.make(device.config_url, error="m").svg_data_uri(scale=5)
    context = {"form": form, "qr": qr, "secret": _grouped(device.bin_key)}
    return render(request, "accounts/totp_setup.html", context)


def _enrolment_code(request):
    form = EnrolmentCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = enrolment_code_redeem(user=request.user, code=form.cleaned_data["enrolment_code"], request=request)
        except ValidationError as error:
            form.add_error("enrolment_code", error)
        else:
            request.session[ENROLMENT_DEVICE] = device.pk
            return redirect("accounts:totp_setup")
    return render(request, "accounts/enrolment_code.html", {"form": form})


def _grouped(key: bytes) -> str:
    text = b32encode(key).decode()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@staff_required()
def profile(request):
    """A member of staff's own page: their languages and training, and the language of the back office."""
    form = LanguageForm(request.POST or None, initial={"language": request.user.language})
    if request.method == "POST" and form.is_valid():
        user_language_set(user=request.user, language=form.cleaned_data["language"])
        translation.activate(request.user.language)
        messages.success(request, _("Your language has been saved."))
        return redirect("accounts:profile")
    context = {
        "form": form,
        "languages": list(request.staff.languages.all()),
        "training": list(request.staff.training.all()),
    }
    return render(request, "accounts/profile.html", context)
