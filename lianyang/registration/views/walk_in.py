"""Registrations entered by a caseworker on a resident's behalf, at the counter or on a home visit.

FACTS.md §1: the station is one of Shanghai's "social declaration platforms"; a foreigner or their host may
register there in person. The channel is recorded; a second open registration for the same resident and
address is shown instead of entered; the form's one-time key makes a double click enter one registration.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from lianyang.accounts.access import casework_required
from lianyang.community import selectors as places
from lianyang.core.pages import save_or_show_errors
from lianyang.people import selectors as people

from .. import selectors, services
from ..forms import ResidentSearchForm, WalkInForm, new_key

# Enough to find a person by name; a longer list means the name should be typed more fully.
SEARCH_RESULTS = 20


def _choose_resident(request):
    form = ResidentSearchForm(request.GET if "q" in request.GET else None)
    residents = None
    if form.is_valid():
        residents = list(people.resident_list(actor=request.user, query=form.cleaned_data["q"])[:SEARCH_RESULTS])
    return render(request, "registration/choose_resident.html", {"form": form, "residents": residents})


@casework_required
def registration_create(request):
    """Pick the resident first (`?resident=<id>`, as the resident's page links it), then enter their stay."""
    if "resident" not in request.GET:
        return _choose_resident(request)
    resident = people.resident_get(actor=request.user, pk=request.GET["resident"], request=request)
    passport = resident.documents.values_list("pk", flat=True).first()
    form = WalkInForm(
        request.POST or None,
        addresses=places.address_choices(actor=request.user),
        documents=resident.documents.all(),
        permits=resident.permits.all(),
        initial={
            "address": resident.address_id,
            "document": passport,
            "permit": resident.permits.values_list("pk", flat=True).first(),
            "submission_key": new_key(),
        },
    )
    duplicates = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        done = selectors.registration_submitted_with(actor=request.user, submission_key=data["submission_key"])
        if done is not None and done.resident_id == resident.pk:
            messages.info(request, _("This registration was already entered; it was not entered twice."))
            return redirect("registration:detail", pk=done.pk)
        duplicates = selectors.open_registrations_of(actor=request.user, resident=resident, address=data["address"])
        if not duplicates:
            registration = save_or_show_errors(
                form,
                lambda: services.registration_submit(
                    actor=request.user, resident=resident, assigned_to=request.user, request=request, **data
                ),
            )
            if registration is not None:
                messages.success(request, _("The registration has been entered. Check it and verify it next."))
                return redirect("registration:detail", pk=registration.pk)
    context = {
        "form": form,
        "resident": resident,
        "has_document": passport is not None,
        "duplicates": duplicates,
        "open_registrations": selectors.open_registrations_of(actor=request.user, resident=resident),
    }
    return render(request, "registration/walk_in.html", context)
