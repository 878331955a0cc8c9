"""The officers' pairing pages: offers, wishes, running the matcher and reviewing its proposals (with their scores
and reasons) before sending them, the pairings and their sessions.

Views collect input and show what the services and selectors answer; a refused action is a message on the page,
never a 500.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_POST

from lianyang.accounts.access import casework_required
from lianyang.community.models import Compound
from lianyang.core.pages import page_number, page_window, run_and_tell, save_or_show_errors

from ..models import Pairing
from . import selectors, services
from .forms import EndForm, ProposeForm, StatusFilterForm

LANGUAGE_NAMES = dict(settings.LANGUAGES)
NEAR = {
    "compound": gettext_lazy("Same compound"),
    "area": gettext_lazy("Same residential area"),
    "station": gettext_lazy("Same station"),
}


def language_names(codes) -> str:
    return ", ".join(str(LANGUAGE_NAMES.get(code, code)) for code in codes)


def reason_lines(reasons: dict) -> list[str]:
    """Why the matcher paired them, in words: the common languages, the common time a week, how near they live."""
    lines = []
    if reasons.get("languages"):
        lines.append(_("Common languages: %(languages)s") % {"languages": language_names(reasons["languages"])})
    minutes = reasons.get("overlap_minutes", 0)
    lines.append(_("Free at the same time: %(minutes)d minutes a week") % {"minutes": minutes})
    if reasons.get("near") in NEAR:
        lines.append(str(NEAR[reasons["near"]]))
    return lines


def station_compounds(station_id):
    return Compound.objects.filter(area__station_id=station_id).order_by("name")


def _propose_form(request, data=None):
    wishes = selectors.wish_list(actor=request.user, active_only=True).select_related(None).select_related("resident")
    offers = selectors.offer_list(actor=request.user, active_only=True).select_related(None).select_related("host")
    return ProposeForm(data, wishes=wishes.prefetch_related(None), offers=offers.prefetch_related(None))


@casework_required
def proposals(request, propose_form=None, status=200):
    """The matcher's proposals waiting for an officer, best first, with why each pair was made."""
    rows = list(selectors.pairing_list(actor=request.user, status=Pairing.Status.PROPOSED).order_by("-score", "id"))
    for row in rows:
        row.reason_lines = reason_lines(row.reasons)
    context = {"rows": rows, "propose_form": propose_form or _propose_form(request), "tab": "proposals"}
    return render(request, "activities/pairing/proposals.html", context, status=status)


@casework_required
@require_POST
def match_run(request):
    """Run the matcher for the officer's station: the unsent proposals are replaced by the best ones now."""
    try:
        created = services.pairings_match(actor=request.user, station=request.staff.station, request=request)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        count = len(created)
        messages.success(
            request,
            ngettext("The matcher proposed %(count)d pair.", "The matcher proposed %(count)d pairs.", count)
            % {"count": count},
        )
    return redirect("activities:pairing:proposals")


@casework_required
@require_POST
def propose(request):
    form = _propose_form(request, request.POST)
    if form.is_valid() and save_or_show_errors(
        form,
        lambda: services.pairing_propose(
            actor=request.user, wish=form.cleaned_data["wish"], offer=form.cleaned_data["offer"], request=request
        ),
    ):
        return redirect("activities:pairing:proposals")
    return proposals(request, propose_form=form, status=400)


def _pairing_action(request, pk, write, done):
    pairing = selectors.pairing_get(actor=request.user, pk=pk, request=request)
    run_and_tell(request, lambda: write(actor=request.user, pairing=pairing, request=request), done)
    return pairing


@casework_required
@require_POST
def pairing_send(request, pk):
    _pairing_action(request, pk, services.pairing_send, _("The proposal was sent to both sides."))
    return redirect("activities:pairing:proposals")


@casework_required
@require_POST
def pairing_discard(request, pk):
    _pairing_action(request, pk, services.pairing_discard, _("The proposal was dropped."))
    return redirect("activities:pairing:proposals")


def _exchange_list(request, rows, tab):
    rows, has_next = page_window(rows, page := page_number(request))
    for row in rows:
        row.language_names = language_names(row.languages)
    context = {"rows": rows, "page": page, "has_next": has_next, "tab": tab}
    return render(request, "activities/pairing/exchanges.html", context)


@casework_required
@require_GET
def offers(request):
    """The hosts' offers of the station, with their languages, compound, free times and places."""
    return _exchange_list(request, selectors.offer_list(actor=request.user), "offers")


@casework_required
@require_GET
def wishes(request):
    """The residents' wishes of the station, with their languages, compound and free times."""
    return _exchange_list(request, selectors.wish_list(actor=request.user), "wishes")


@casework_required
@require_GET
def pairings(request):
    form = StatusFilterForm(request.GET)
    status = form.cleaned_data["status"] if form.is_valid() else ""
    rows, has_next = page_window(
        selectors.pairing_list(actor=request.user, status=status), page := page_number(request)
    )
    context = {"rows": rows, "page": page, "has_next": has_next, "form": form, "tab": "pairings",
               "query": f"status={status}"}  # fmt: skip
    return render(request, "activities/pairing/pairings.html", context)


@casework_required
def pairing_detail(request, pk):
    """A pairing with both sides, its sessions and feedback; an officer may end an active one (a side moved away)."""
    pairing = selectors.pairing_get(actor=request.user, pk=pk, request=request)
    form = EndForm(request.POST or None)
    form.fields.pop("feedback")  # the feedback is the pair's own to give
    if request.method == "POST" and form.is_valid():
        done = save_or_show_errors(
            form,
            lambda: services.pairing_end(
                actor=request.user, pairing=pairing, reason=form.cleaned_data["reason"], request=request
            ),
        )
        if done:
            return redirect("activities:pairing:pairing", pk=pairing.pk)
    context = {
        "pairing": pairing,
        "reason_lines": reason_lines(pairing.reasons),
        "sessions": selectors.sessions_of(pairing=pairing),
        "end_form": form,
        "tab": "pairings",
    }
    return render(request, "activities/pairing/pairing.html", context, status=400 if form.errors else 200)
