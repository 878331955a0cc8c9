from django.shortcuts import render
from django_countries import countries

from lianyang.accounts.access import staff_required

from .selectors import station_figures, top_nationalities


@staff_required()
def home(request):
    """The start page: the station's figures for its staff; a short note for roles without casework."""
    context = {}
    if request.staff.does_casework:
        station_id = request.staff.station_id
        nationalities = top_nationalities(station_id=station_id)
        for row in nationalities:
            row["name"] = countries.name(row["nationality"])
        context = {"figures": station_figures(station_id=station_id), "nationalities": nationalities}
    return render(request, "reports/home.html", context)
