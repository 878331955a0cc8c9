"""The head's service levels page: targets per category, the station's week, its calendar days.

Only the station's head opens it (officers and the district administrator are refused, as for the station's other
settings in accounts/access.py); every change goes through `services.py`, whose refusals come back as form errors.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lianyang.accounts.access import head_required

from ..categories import Category
from ..models import ServiceLevel
from . import selectors, services
from .forms import CalendarDayForm, LevelForm, WeekForm, hours_of


def _level_forms(station, data=None) -> list[tuple[str, LevelForm]]:
    levels = selectors.service_levels_for(station=station)
    return [
        (
            Category(category).label,
            LevelForm(
                data,
                prefix=category,
                initial={
                    "first_response_hours": hours_of(level.first_response_minutes),
                    "resolution_hours": hours_of(level.resolution_minutes),
                    "warn_percent": level.warn_percent,
                },
            ),
        )
        for category, level in levels.items()
    ]


def _page(request, *, level_forms=None, week_form=None, day_form=None, status=200):
    station = request.staff.station
    days = selectors.calendar_days_of(station=station)
    week, default_week = selectors.opening_week_of(station=station)
    context = {
        "station": station,
        "level_forms": level_forms or _level_forms(station),
        "week_form": week_form or WeekForm(week=week),
        "day_form": day_form or CalendarDayForm(),
        "days": days,
        "unknown_years": selectors.unknown_years(station=station, days=days),
        "default_week": default_week,
        "defaults": {
            "first": hours_of(ServiceLevel.DEFAULT_FIRST_RESPONSE_MINUTES),
            "resolution": hours_of(ServiceLevel.DEFAULT_RESOLUTION_MINUTES),
            "warn": ServiceLevel.DEFAULT_WARN_PERCENT,
        },
    }
    return render(request, "casework/levels/page.html", context, status=status)


def _refused(form, error: ValidationError) -> None:
    for message in error.messages:
        form.add_error(None, message)


@require_http_methods(["GET", "POST"])
@head_required
def levels_page(request):
    if request.method == "GET":
        return _page(request)
    station = request.staff.station
    level_forms = _level_forms(station, request.POST)
    if all(form.is_valid() for _label, form in level_forms):
        targets = {form.prefix: form.targets() for _label, form in level_forms}
        try:
            services.service_levels_set(actor=request.user, station=station, levels=targets, request=request)
        except ValidationError as error:
            _refused(level_forms[0][1], error)
        else:
            messages.success(request, _("The service levels are saved."))
            return redirect("casework:levels:page")
    return _page(request, level_forms=level_forms, status=400)


def _save(request, form, write, done: str, context_key: str):
    """Write what a valid form holds through `write(data)`; back to the page with the refusal as a form error."""
    if form.is_valid():
        try:
            write(form)
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(request, done)
            return redirect("casework:levels:page")
    return _page(request, **{context_key: form}, status=400)


@require_POST
@head_required
def opening_hours_save(request):
    def write(form):
        services.opening_hours_set(actor=request.user, station=request.staff.station, week=form.week(), request=request)

    return _save(request, WeekForm(request.POST), write, _("The opening hours are saved."), "week_form")


@require_POST
@head_required
def calendar_day_add(request):
    def write(form):
        services.calendar_day_add(
            actor=request.user, station=request.staff.station, **form.cleaned_data, request=request
        )

    return _save(
        request, CalendarDayForm(request.POST), write, _("The day is added to the station's calendar."), "day_form"
    )


@require_http_methods(["GET", "POST"])
@head_required
def calendar_day_remove(request, pk):
    day = selectors.calendar_day_of(actor=request.user, pk=pk)
    if day is None:
        raise Http404
    if request.method == "POST":
        services.calendar_day_remove(actor=request.user, day=day, request=request)
        messages.success(request, _("The day is removed from the station's calendar."))
        return redirect("casework:levels:page")
    return render(request, "casework/levels/day_remove.html", {"day": day})
