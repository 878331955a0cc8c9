"""The head's page of their station's staff: who has set up an authenticator app, an enrolment code for those
who have not, and a reset for a lost one. Each action asks for confirmation first; the rules are in
`enrolment.py`."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .access import head_required
from .enrolment import authenticator_reset, enrolment_code_issue, station_members


@head_required
def member_list(request):
    return render(request, "accounts/member_list.html", {"members": list(station_members(request.user))})


def _member(request, pk):
    return get_object_or_404(station_members(request.user), pk=pk)


@require_http_methods(["GET", "POST"])
@head_required
def enrolment_code_issue_view(request, pk):
    """The code is shown once, in the answer to the POST, and never again."""
    member = _member(request, pk)
    if request.method == "POST":
        try:
            code = enrolment_code_issue(actor=request.user, member=member, request=request)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("accounts:member_list")
        context = {"member": _member(request, pk), "code": code}
        return render(request, "accounts/enrolment_code_issued.html", context)
    return render(request, "accounts/member_confirm.html", {"member": member, "action": "issue"})


@require_http_methods(["GET", "POST"])
@head_required
def authenticator_reset_view(request, pk):
    member = _member(request, pk)
    if request.method == "POST":
        authenticator_reset(actor=request.user, member=member, request=request)
        messages.success(
            request,
            _("The authenticator app of %(name)s no longer works. Issue them an enrolment code to set up a new one.")
            % {"name": member.display_name},
        )
        return redirect("accounts:member_list")
    return render(request, "accounts/member_confirm.html", {"member": member, "action": "reset"})
