"""The home visits' pages of the staff back office: the week's plan, the officer's day and route sheet, a visit's
record, a household's visits, and the head's coverage and policies. Reads through selectors, writes through
services; a refused write shows its translated reason and changes nothing."""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from lianyang.accounts.access import casework_required, head_required
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.civic.campaigns.selectors import household_campaigns
from lianyang.core.pages import save_or_show_errors

from . import selectors, services
from .forms import DayForm, FollowUpForm, VisitPolicyForm, VisitRecordForm, WeekForm
from .routesheet import language_name, route_sheet_pdf


def _chosen(form_class, request, name: str, default):
    """The day a page's GET form chose, or `default` when none (or nonsense) was given."""
    form = form_class(request.GET or None, initial={name: default})
    day = form.cleaned_data[name] if form.is_valid() else default
    return form_class(initial={name: day}), day


def _groups(proposal) -> list[dict]:
    """The proposal as the officer walks it: a group per compound and building, in the planner's order."""
    groups = []
    for proposed in proposal:
        household = proposed.household
        key = (household.compound, household.building)
        if not groups or groups[-1]["key"] != key:
            groups.append(
                {"key": key, "compound": household.compound_label, "building": household.building, "rows": []}
            )
        groups[-1]["rows"].append(proposed)
    return groups


@casework_required
def plan(request):
    """The planner's proposal for a week; accepting it plans the visits (head or officer)."""
    this_week = selectors.week_of(timezone.localdate())
    form, day = _chosen(WeekForm, request, "week", this_week)
    week_start, status = selectors.week_of(day), 200
    if request.method == "POST":
        posted = WeekForm(request.POST)
        try:
            if not posted.is_valid():
                raise ValidationError(posted.errors["week"])
            week_start = selectors.week_of(posted.cleaned_data["week"])
            created = services.visit_plan_accept(actor=request.user, week_start=week_start, request=request)
        except ValidationError as error:
            status = 409 if getattr(error, "code", None) == "conflict" else 400
            for message in error.messages:
                messages.error(request, message)
        else:
            count = len(created)
            messages.success(
                request,
                ngettext("%(count)d visit has been planned.", "%(count)d visits have been planned.", count)
                % {"count": count},
            )
            return redirect(f"{reverse('casework:visits_plan')}?{urlencode({'week': week_start.isoformat()})}")
    proposal = selectors.visit_proposal(actor=request.user, week_start=week_start)
    context = {
        "form": form,
        "week_start": week_start,
        "week_end": week_start + datetime.timedelta(days=6),
        "groups": _groups(proposal),
        "count": len(proposal),
        "past": week_start < this_week,
    }
    return render(request, "casework/visits/plan.html", context, status=status)


@casework_required
@require_GET
def day(request):
    """My visits of a day, in walking order, with the link to the printable route sheet."""
    form, chosen = _chosen(DayForm, request, "date", timezone.localdate())
    visits = selectors.visits_of_day(actor=request.user, day=chosen)
    for visit in visits:
        for member in visit.household.living_here:
            member.language_name = language_name(member.preferred_language, translation.get_language())
    sheet = f"{reverse('casework:visits_route_sheet')}?{urlencode({'date': chosen.isoformat()})}"
    return render(request, "casework/visits/day.html", {"form": form, "day": chosen, "visits": visits, "sheet": sheet})


@casework_required
@require_GET
def route_sheet(request):
    """The day's route sheet as PDF in Chinese and the officer's language; the export is audited."""
    _form, chosen = _chosen(DayForm, request, "date", timezone.localdate())
    visits = selectors.visits_of_day(actor=request.user, day=chosen)
    pdf = route_sheet_pdf(visits=visits, officer=request.staff, language=request.user.language, day=chosen)
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.EXPORT,
        object_type="casework.visit",
        object_id=",".join(str(visit.pk) for visit in visits)[:40],
        station_id=request.staff.station_id,
        fields=["route_sheet"],
        request=request,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="route-sheet-{chosen:%Y-%m-%d}.pdf"'
    return response


def _visit_page(request, visit, *, record=None, follow_up=None, status=200):
    members = visit.household.living_here
    initial = {"outcome": visit.outcome, "notes": visit.notes} if visit.outcome else None
    context = {
        "visit": visit,
        "members": members,
        "form": record or VisitRecordForm(initial=initial),
        "follow_up": follow_up or FollowUpForm(members=members),
    }
    return render(request, "casework/visits/visit_detail.html", context, status=status)


@casework_required
def visit_detail(request, pk):
    """One visit: its household, the form that records what happened, and the follow-up request form."""
    visit = selectors.visit_get(actor=request.user, pk=pk, request=request)
    if request.method != "POST":
        return _visit_page(request, visit)
    form = VisitRecordForm(request.POST)
    if form.is_valid():
        saved = save_or_show_errors(
            form, lambda: services.visit_record(actor=request.user, visit=visit, request=request, **form.cleaned_data)
        )
        if saved is not None:
            messages.success(request, _("The visit has been recorded."))
            return redirect("casework:visit_detail", pk=visit.pk)
    return _visit_page(request, visit, record=form, status=400)


@casework_required
@require_POST
def visit_follow_up(request, pk):
    """A follow-up request for a member of the visited household, created from the visit in one step."""
    visit = selectors.visit_get(actor=request.user, pk=pk, request=request)
    members = visit.household.living_here
    form = FollowUpForm(request.POST, members=members)
    if form.is_valid():
        data = dict(form.cleaned_data)
        resident = next(member for member in members if member.pk == data.pop("resident"))
        created = save_or_show_errors(
            form,
            lambda: services.visit_follow_up(
                actor=request.user, visit=visit, resident=resident, request=request, **data
            ),
        )
        if created is not None:
            messages.success(request, _("The follow-up request has been created."))
            return redirect("casework:visit_detail", pk=visit.pk)
    return _visit_page(request, visit, follow_up=form, status=400)


@casework_required
@require_GET
def household(request, pk):
    """A household's visits, newest first: the record's visit history (linked from the resident's page)."""
    household, members, visits = selectors.household_visits(actor=request.user, household_pk=pk, request=request)
    campaigns = household_campaigns(actor=request.user, household=household)
    context = {"household": household, "members": members, "visits": visits, "campaigns": campaigns}
    return render(request, "casework/visits/household.html", context)


@head_required
@require_GET
def coverage(request):
    """For the head: the share of households visited within their policy, by compound and officer; the overdue."""
    report = selectors.visit_coverage(
        actor=request.user, never_met_label=_("Not met yet"), no_compound_label=_("No address")
    )
    return render(request, "casework/visits/coverage.html", {"coverage": report})


@head_required
def policies(request):
    """The head sets the days between visits for each household type."""
    intervals = selectors.visit_intervals(station=request.staff.station_id)
    form = VisitPolicyForm(request.POST or None, intervals=intervals)
    if request.method == "POST" and form.is_valid():
        saved = save_or_show_errors(
            form, lambda: services.visit_policy_set(actor=request.user, intervals=form.cleaned_data, request=request)
        )
        if saved is not None:
            messages.success(request, _("The visit policies have been saved."))
            return redirect("casework:visits_policies")
    status = 400 if request.method == "POST" else 200
    return render(request, "casework/visits/policies.html", {"form": form}, status=status)
