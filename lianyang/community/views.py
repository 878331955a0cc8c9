from django.shortcuts import render

from lianyang.accounts.access import casework_required

from . import selectors


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
