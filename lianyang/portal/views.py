"""The residents' portal: thin pages over the domain apps' services and selectors."""

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lianyang.accounts import backends, throttle
from lianyang.accounts.models import User
from lianyang.accounts.services import login_code_redeem
from lianyang.accounts.tasks import send_login_code
from lianyang.people import selectors as people

from .forms import CodeForm, EmailForm, PasswordLoginForm

PENDING_USER = "portal_login_user"


def root_redirect(request):
    """`/` sends the browser to the portal in its own language."""
    return redirect(f"/{get_language_from_request(request)}/")


def home(request):
    return render(request, "portal/home.html")


def _after_login(user):
    """A resident lands on their record; a local host, who has none, on their exchanges."""
    return redirect("portal:my_data" if hasattr(user, "resident") else "exchange:home")


def login_view(request):
    """Log in with a one-time code sent by e-mail, or with a password: residents, and local hosts (who offer
    exchanges and answer pairings on the portal)."""
    email_form = EmailForm(prefix="code")
    password_form = PasswordLoginForm(request, prefix="password")
    if request.method == "POST" and "code-email" in request.POST:
        email_form = EmailForm(request.POST, prefix="code")
        if email_form.is_valid():
            throttle.code_email(request, email_form.cleaned_data["email"])
            user = (
                User.objects.filter(email__iexact=email_form.cleaned_data["email"])
                .filter(Q(resident__isnull=False) | Q(local_host__isnull=False))
                .first()
            )
            if user is not None:
                transaction.on_commit(lambda: send_login_code.enqueue(user.pk))
                request.session[PENDING_USER] = user.pk
            else:
                request.session[PENDING_USER] = None
            # The same answer whether or not the address is known, so the form reveals nobody's presence.
            messages.info(request, _("If this address belongs to a resident, a login code is on its way."))
            return redirect("portal:login_code")
    elif request.method == "POST":
        password_form = PasswordLoginForm(request, request.POST, prefix="password")
        if password_form.is_valid():
            login(request, password_form.user, backend=backends.PATH)
            return _after_login(password_form.user)
    return render(request, "portal/login.html", {"email_form": email_form, "password_form": password_form})


def login_code(request):
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        throttle.code_guess(request)
        user = User.objects.filter(pk=request.session.get(PENDING_USER) or 0, is_active=True).first()
        if user is not None and login_code_redeem(user=user, code=form.cleaned_data["code"]):
            request.session.pop(PENDING_USER, None)
            login(request, user, backend=backends.PATH)
            return _after_login(user)
        form.add_error("code", _("This code is not correct or has expired. Ask for a new one."))
    return render(request, "portal/login_code.html", {"form": form})


@require_POST
def logout_view(request):
    logout(request)
    return redirect("portal:home")


@login_required(login_url="portal:login")
def my_data(request):
    """A resident's own record, as the station holds it (PIPL art. 45: the right to see one's data)."""
    resident = people.resident_own(actor=request.user, request=request)
    if resident is None:
        return render(request, "portal/my_data.html", {"resident": None})
    today = timezone.localdate()
    permits = people.resident_permits(resident=resident)
    for permit in permits:
        permit.days_left = (permit.valid_until - today).days
    context = {
        "resident": resident,
        "documents": people.resident_documents(resident=resident),
        "permits": permits,
        "consents": list(resident.consents.all()),
    }
    return render(request, "portal/my_data.html", context)
