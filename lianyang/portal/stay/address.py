"""Step 4: the room (compound → building → room of a station's places), arrival, entry and purpose.

A resident the station knows chooses among their station's compounds; a new arrival among every station's, and
the compound decides which station they belong to (a station sees only its own residents). The lists narrow
on the server ("Show buildings"); with HTMX they narrow as soon as a compound or building is chosen.
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from lianyang.accounts.access import staff_profile
from lianyang.community.models import Compound

from .draft import answers_of, own_resident, stay_step
from .forms import AddressForm
from .identity import step_context


def compounds_for(resident):
    """The compounds a resident may register in: their station's, or every station's for a new arrival."""
    compounds = Compound.objects.order_by("area__station__name", "name")
    return compounds.filter(area__station_id=resident.station_id) if resident is not None else compounds


def _initial(draft, resident) -> dict:
    if draft.answers("address"):
        return draft.answers("address")
    if resident is None or resident.address_id is None:
        return {}
    address = resident.address
    return {"compound": address.building.compound_id, "building": address.building_id, "room": address.pk}


@stay_step("address")
@require_http_methods(["GET", "POST"])
def address(request, draft):
    resident = own_resident(request.user)
    compounds = compounds_for(resident)
    if request.method == "POST" and "narrow" not in request.POST:
        form = AddressForm(request.POST, compounds=compounds)
        if form.is_valid():
            draft.keep("address", answers_of(form))
            return redirect("stay:host")
    elif request.method == "POST":
        # "Show buildings" / "Show rooms" without JavaScript: the same answers, the lists narrowed, no errors yet.
        form = AddressForm(initial=request.POST.dict(), compounds=compounds)
    else:
        form = AddressForm(initial=_initial(draft, resident), compounds=compounds)
    context = step_context("address", form=form)
    return render(request, "portal/stay/address.html", context)


@login_required(login_url="portal:login")
@require_GET
def places(request):
    """The compound, building and room selects alone, narrowed to what is chosen (HTMX swaps them in on the
    address step and on a correction)."""
    if staff_profile(request.user) is not None:
        raise PermissionDenied
    form = AddressForm(initial=request.GET.dict(), compounds=compounds_for(own_resident(request.user)))
    return render(request, "portal/stay/_places.html", {"form": form})
