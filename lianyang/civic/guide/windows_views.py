"""The staff pages of the compounds' drop-off windows (/staff/civic/windows/): every compound of the station with
its windows and its posters, for the officers and the head; the head edits a compound's windows.

A compound's hours are not personal data, but they are the station's own: another station's compound is not found
(404). Each compound's poster is on the portal, in every interface language (poster.py).
"""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from lianyang.accounts.access import casework_required, head_required
from lianyang.community.models import Compound
from lianyang.core.pages import save_or_show_errors

from .windows import station_windows, windows_of, windows_said, windows_set
from .windows_forms import WindowsForm


@casework_required
@require_GET
def windows_list(request):
    """Every compound of the station, by residential area, with its windows ("not set yet" without)."""
    windows = station_windows(request.staff.station_id)
    compounds = Compound.objects.filter(area__station_id=request.staff.station_id).select_related("area")
    rows = [
        {"compound": compound, "windows": windows_said(windows.get(compound.pk, []))}
        for compound in compounds.order_by("area__name", "name")
    ]
    context = {"rows": rows, "languages": settings.LANGUAGES, "can_edit": request.staff.role == "head"}
    return render(request, "civic/windows/list.html", context)


@head_required
def windows_edit(request, pk: int):
    """The head sets a compound's windows; saved, back to the list."""
    compound = get_object_or_404(
        Compound.objects.select_related("area"), pk=pk, area__station_id=request.staff.station_id
    )
    form = WindowsForm(request.POST or None, windows=windows_of(compound))
    if request.method == "POST" and form.is_valid():
        saved = save_or_show_errors(
            form,
            lambda: windows_set(
                actor=request.user, compound=compound, windows=form.cleaned_data["windows"], request=request
            ),
        )
        if saved is not None:
            done = _("The drop-off windows of %(compound)s have been saved.") % {"compound": compound}
            messages.success(request, done)
            return redirect("civic:windows")
    status = 400 if request.method == "POST" else 200
    return render(request, "civic/windows/edit.html", {"form": form, "compound": compound}, status=status)
