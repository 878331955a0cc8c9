"""Beginning a registration: a logged-in resident starts at once; a new arrival first proves their e-mail address.

A newcomer has no account yet (law art. 39 gives them 24 hours, often before the station has met them): they
give their e-mail address, the portal opens an account for it (`people.services.resident_account_open`) and
e-mails the same one-time code residents log in with; the code logs them in. Every address gets the same
answer, so the page tells nobody whether an address is known.
"""

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lianyang.accounts import backends, throttle
from lianyang.accounts.access import staff_profile
from lianyang.accounts.models import User
from lianyang.accounts.services import login_code_redeem
from lianyang.accounts.tasks import send_login_code
from lianyang.people.services import resident_account_open
from lianyang.portal.forms import CodeForm, EmailForm

from .draft import Draft, forms_with_errors

PENDING_USER = "stay_login_user"


@require_http_methods(["GET", "POST"])
def begin(request):
    """What the resident will need, then "Start" (or "Continue" a draft, or "Start again")."""
    if staff_profile(request.user) is not None:
        raise PermissionDenied
    draft = Draft(request.session)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect("stay:email")
        if "continue" in request.POST and draft.exists:
            return redirect(f"stay:{draft.first_unanswered() or 'review'}")
        Draft.begin(request.session)
        return redirect("stay:passport")
    return render(request, "portal/stay/begin.html", {"draft": draft if draft.exists else None})


@require_http_methods(["GET", "POST"])
def email(request):
    if request.user.is_authenticated:
        return redirect("stay:begin")
    form = EmailForm(request.POST or None, prefix="stay")
    if request.method == "POST" and form.is_valid():
        throttle.account_open(request, form.cleaned_data["email"])
        user = resident_account_open(
            actor=None, email=form.cleaned_data["email"], language=get_language(), request=request
        )
        request.session[PENDING_USER] = user.pk if user is not None else None
        if user is not None:
            transaction.on_commit(lambda: send_login_code.enqueue(user.pk))
        return redirect("stay:code")
    return render(request, "portal/stay/email.html", {"form": form, "error_forms": forms_with_errors(form)})


@require_http_methods(["GET", "POST"])
def code(request):
    if request.user.is_authenticated:
        return redirect("stay:begin")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        throttle.code_guess(request)
        user = User.objects.filter(pk=request.session.get(PENDING_USER) or 0, is_active=True).first()
        if user is not None and login_code_redeem(user=user, code=form.cleaned_data["code"]):
            request.session.pop(PENDING_USER, None)
            login(request, user, backend=backends.PATH)
            Draft.begin(request.session)
            messages.success(request, _("Your e-mail address is confirmed. Let us register your stay."))
            return redirect("stay:passport")
        form.add_error("code", _("This code is not correct or has expired. Ask for a new one."))
    return render(request, "portal/stay/code.html", {"form": form, "error_forms": forms_with_errors(form)})
