"""Exchanges with local hosts on the portal (/<lang>/exchange/…): a resident wishes, gives or withdraws consent to
pairing, answers the station's proposal, logs sessions and ends with feedback; a local host (in Chinese) offers,
says when they are free, answers, and logs sessions too.

Thin pages over `activities.pairing`: every rule, and the refusal of anyone outside a pairing, is there.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from lianyang.activities.models import Pairing
from lianyang.activities.pairing import selectors, services
from lianyang.activities.pairing.forms import EndForm, ExchangeForm, FeedbackForm, OfferForm, SessionForm
from lianyang.activities.pairing.views import language_names, station_compounds
from lianyang.core.pages import run_and_tell, save_or_show_errors
from lianyang.people.selectors import account_resident
from lianyang.people.services import consent_set

LOGIN = "portal:login"


@login_required(login_url=LOGIN)
def home(request):
    """My exchanges: a resident's wishes and consent, a host's offers, and the pairings of either."""
    resident, host = account_resident(request.user), selectors.host_of(request.user)
    offers = list(selectors.offer_list(actor=request.user, own=True)) if host else []
    wishes = list(selectors.wish_list(actor=request.user, own=True)) if resident else []
    for item in (*offers, *wishes):
        item.language_names = language_names(item.languages)
    context = {
        "resident": resident,
        "host": host,
        "consent": services.consent_given(resident) if resident else False,
        "offers": offers,
        "wishes": wishes,
        "pairings": list(selectors.pairing_list(actor=request.user, own=True)),
    }
    return render(request, "portal/exchange/home.html", context)


@login_required(login_url=LOGIN)
@require_POST
def consent(request):
    """Give or withdraw consent to pairing (PIPL art. 15); withdrawing ends the resident's open pairings."""
    resident = account_resident(request.user)
    if resident is None:
        raise Http404
    given = request.POST.get("given") == "yes"
    consent_set(actor=request.user, resident=resident, purpose="pairing", given=given, request=request)
    messages.success(
        request,
        _("Thank you: you agree to be paired with a local host.")
        if given
        else _("You no longer agree to be paired; your open pairings have ended."),
    )
    return redirect("exchange:home")


def _edit(request, *, owner, item, form_class, save, template):
    compounds = station_compounds(owner.station_id)
    initial = form_class.initial_of(item) if item else {"languages": [request.LANGUAGE_CODE]}
    form = form_class(request.POST or None, compounds=compounds, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {name: value for name, value in form.cleaned_data.items() if name in form.service_fields}
        if save_or_show_errors(form, lambda: save(actor=request.user, request=request, **data)):
            messages.success(request, _("Saved."))
            return redirect("exchange:home")
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "item": item, "error_forms": [form] if form.errors else []}
    return render(request, template, context, status=status)


@login_required(login_url=LOGIN)
def offer_edit(request, pk=None):
    """A host's offer: topic, languages, compound, how many at once, when they are free."""
    host = selectors.host_of(request.user)
    if host is None:
        raise Http404
    offer = selectors.offer_get(actor=request.user, pk=pk, own=True) if pk else None
    return _edit(
        request, owner=host, item=offer, form_class=OfferForm, template="portal/exchange/offer.html",
        save=lambda **data: services.offer_save(host=host, offer=offer, **data),
    )  # fmt: skip


@login_required(login_url=LOGIN)
def wish_edit(request, pk=None):
    """A resident's wish: topic, languages, compound, when they are free."""
    resident = account_resident(request.user)
    if resident is None:
        raise Http404
    wish = selectors.wish_get(actor=request.user, pk=pk, own=True) if pk else None
    return _edit(
        request, owner=resident, item=wish, form_class=ExchangeForm, template="portal/exchange/wish.html",
        save=lambda **data: services.wish_save(resident=resident, wish=wish, **data),
    )  # fmt: skip


@login_required(login_url=LOGIN)
@require_POST
def exchange_close(request, kind, pk):
    """Close one's offer to new pairings, or withdraw one's wish."""
    get = selectors.offer_get if kind == "offer" else selectors.wish_get
    item = get(actor=request.user, pk=pk, own=True)
    run_and_tell(
        request,
        lambda: services.exchange_close(actor=request.user, item=item, request=request),
        _("Your offer is closed to new pairings.") if kind == "offer" else _("Your wish is withdrawn."),
    )
    return redirect("exchange:home")


def _detail(request, pairing, *, status=200, **forms):
    side = services.side_of(request.user, pairing)
    mine = pairing.host_accepted_at if side == "host" else pairing.resident_accepted_at
    session_form, end_form, feedback_form = (
        forms.get("session_form") or SessionForm(),
        forms.get("end_form") or EndForm(),
        forms.get("feedback_form") or FeedbackForm(),
    )
    context = {
        "pairing": pairing,
        "side": side,
        "can_answer": pairing.status in (Pairing.Status.SENT, Pairing.Status.ACCEPTED) and mine is None,
        "waiting_for_other": pairing.status == Pairing.Status.ACCEPTED and mine is not None,
        "can_give_feedback": pairing.status == Pairing.Status.ENDED and not getattr(pairing, f"{side}_feedback", "x"),
        "sessions": selectors.sessions_of(pairing=pairing),
        "session_form": session_form,
        "end_form": end_form,
        "feedback_form": feedback_form,
        "error_forms": [form for form in (session_form, end_form, feedback_form) if form.errors],
    }
    return render(request, "portal/exchange/pairing.html", context, status=status)


def _own_pairing(request, pk) -> Pairing:
    """A pairing of which the account is a side: the officers' own view of it is on the staff pages."""
    return selectors.pairing_get(actor=request.user, pk=pk, request=request, own=True)


@login_required(login_url=LOGIN)
@require_GET
def pairing_detail(request, pk):
    return _detail(request, _own_pairing(request, pk))


@login_required(login_url=LOGIN)
@require_POST
def pairing_answer(request, pk):
    pairing = _own_pairing(request, pk)
    accept = request.POST.get("answer") == "accept"
    run_and_tell(
        request,
        lambda: services.pairing_answer(actor=request.user, pairing=pairing, accept=accept, request=request),
        _("You accepted the pairing.") if accept else _("You declined the pairing."),
    )
    return redirect("exchange:pairing", pk=pairing.pk)


def _write(request, pk, *, form, write, done, form_name):
    pairing = _own_pairing(request, pk)
    if form.is_valid() and save_or_show_errors(
        form, lambda: write(actor=request.user, pairing=pairing, request=request, **form.cleaned_data)
    ):
        messages.success(request, done)
        return redirect("exchange:pairing", pk=pairing.pk)
    return _detail(request, pairing, status=400, **{form_name: form})


# The three forms of a pairing's page: its form, the service it calls, what the page then says, the form's name.
WRITES = {
    "session": (SessionForm, services.session_log, gettext_lazy("The session was logged."), "session_form"),
    "end": (
        EndForm,
        services.pairing_end,
        gettext_lazy("The pairing has ended. Thank you for your feedback."),
        "end_form",
    ),
    "feedback": (
        FeedbackForm,
        services.pairing_feedback,
        gettext_lazy("Thank you for your feedback."),
        "feedback_form",
    ),
}


@login_required(login_url=LOGIN)
@require_POST
def pairing_write(request, pk, action):
    """Log a session, end the pairing, or give feedback: the page again with the form's errors if refused."""
    form_class, write, done, form_name = WRITES[action]
    return _write(request, pk, form=form_class(request.POST), write=write, done=str(done), form_name=form_name)
