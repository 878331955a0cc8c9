import re

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from lianyang.accounts.access import casework_required

from . import selectors
from .forms import AddressField

# A form field's name and id as our forms make them: nothing that could break out of an attribute.
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,60}$")


@casework_required
def area_list(request):
    return render(request, "community/area_list.html", {"areas": selectors.area_list(actor=request.user)})


@casework_required
def area_detail(request, pk):
    area = selectors.area_get(actor=request.user, pk=pk)
    compounds = selectors.compound_list(actor=request.user, area=area)
    return render(request, "community/area_detail.html", {"area": area, "compounds": compounds})


@casework_required
def compound_detail(request, pk):
    compound = selectors.compound_get(actor=request.user, pk=pk)
    buildings = selectors.building_list(actor=request.user, compound=compound)
    return render(request, "community/compound_detail.html", {"compound": compound, "buildings": buildings})


@casework_required
def building_detail(request, pk):
    building = selectors.building_get(actor=request.user, pk=pk)
    addresses = selectors.address_list(actor=request.user, building=building)
    return render(request, "community/building_detail.html", {"building": building, "addresses": addresses})


def _field_name(request, key: str = "field") -> str:
    name = request.GET.get(key, "")
    if not _NAME.match(name):
        raise Http404
    return name


@casework_required
@require_GET
def address_picker(request):
    """The picker again, with the buildings of the chosen compound and the rooms of the chosen building (HTMX)."""
    name = _field_name(request)
    widget_id = request.GET.get("id", "") if _NAME.match(request.GET.get("id", "")) else f"id_{name}"
    field = AddressField(addresses=selectors.address_choices(actor=request.user))
    value = field.widget.value_from_datadict(request.GET, {}, name)
    return HttpResponse(field.widget.render(name, value, attrs={"id": widget_id}))


@casework_required
@require_GET
def address_suggestions(request):
    """Rooms whose name starts as typed, as datalist options (HTMX)."""
    name = _field_name(request)
    places = AddressField(addresses=selectors.address_choices(actor=request.user)).widget.places
    text = request.GET.get(f"{name}_text", "")[:100]
    return render(request, "community/_address_suggestions.html", {"suggestions": places.suggestions(text)})
