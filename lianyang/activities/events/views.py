"""The activities' pages of the staff back office: the station's list with seats and waiting lists counted, an
activity's page (details, translations, roster and attendance), creating and editing, a recurring series, and the
check-in page an officer opens on a phone at the door (typed code, or the camera).

Reads through selectors, writes through services; a refused write shows its translated reason and changes nothing.
Every page is the officer's own station's: another station's activity does not exist here (404).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from lianyang.accounts.access import casework_required
from lianyang.core.pages import save_or_show_errors

from ..models import Enrolment
from . import planning, selectors, services
from .forms import ActivityForm, CheckInForm, SeriesForm, TranslationForm
from .texts import title_in, when_text

ACTIVITY_FIELDS = planning.ACTIVITY_FIELDS


def _row(activity, language: str) -> dict:
    return {
        "activity": activity,
        "title": title_in(activity, language)[0],
        "when": when_text(activity, language),
    }


@casework_required
@require_GET
def activity_list(request):
    past = request.GET.get("when") == "past"
    language = translation.get_language()
    rows = [
        _row(activity, language)
        for activity in selectors.station_activities(station_id=request.staff.station_id, upcoming=not past)
    ]
    return render(request, "activities/list.html", {"rows": rows, "past": past})


def _save(form, write):
    """Run a service from a valid form; its refusal lands on the form."""
    return save_or_show_errors(form, lambda: write(form.cleaned_data)) if form.is_valid() else None


@casework_required
def activity_create(request):
    form = ActivityForm(request.POST or None, initial={"language": translation.get_language()})
    if request.method == "POST":
        activity = _save(
            form,
            lambda data: planning.activity_create(
                actor=request.user, station=request.staff.station, request=request, **data
            ),
        )
        if activity:
            messages.success(request, _("The activity is saved."))
            return redirect("activities:detail", pk=activity.pk)
    status = 400 if form.errors else 200
    return render(request, "activities/form.html", {"form": form, "editing": False}, status=status)


@casework_required
def activity_edit(request, pk):
    activity = selectors.station_activity(station_id=request.staff.station_id, pk=pk)
    initial = {name: getattr(activity, name) for name in ACTIVITY_FIELDS}
    form = ActivityForm(request.POST or None, initial=initial, editing=True)
    if request.method == "POST" and _save(
        form,
        lambda data: planning.activity_update(actor=request.user, activity=activity, request=request, **data),
    ):
        messages.success(request, _("The activity is saved."))
        return redirect("activities:detail", pk=activity.pk)
    status = 400 if form.errors else 200
    return render(request, "activities/form.html", {"form": form, "editing": True, "activity": activity}, status=status)


def _detail(request, activity, *, translation_form=None, status=200):
    language = translation.get_language()
    translations = {row.language_code: row for row in activity.translations.all()}
    context = {
        **_row(activity, language),
        "translations": [
            {"code": code, "name": name, "row": translations.get(code)}
            for code, name in TranslationForm.base_fields["language"].choices
        ],
        "translation_form": translation_form or TranslationForm(),
        "roster": selectors.roster(actor=request.user, activity=activity, request=request),
        "Status": Enrolment.Status,
    }
    context["error_forms"] = [context["translation_form"]] if context["translation_form"].errors else []
    return render(request, "activities/detail.html", context, status=status)


@casework_required
@require_GET
def activity_detail(request, pk):
    return _detail(request, selectors.station_activity(station_id=request.staff.station_id, pk=pk))


@casework_required
@require_POST
def activity_translate(request, pk):
    """Write, correct or review one language's text of the activity."""
    activity = selectors.station_activity(station_id=request.staff.station_id, pk=pk)
    form = TranslationForm(request.POST)
    if _save(
        form,
        lambda data: planning.activity_translate(actor=request.user, activity=activity, request=request, **data),
    ):
        messages.success(request, _("The translation is saved."))
        return redirect("activities:detail", pk=activity.pk)
    return _detail(request, activity, translation_form=form, status=400)


@casework_required
def series_create(request):
    form = SeriesForm(request.POST or None, initial={"language": translation.get_language()})
    if request.method == "POST":
        series = _save(
            form,
            lambda data: planning.series_create(
                actor=request.user, station=request.staff.station, request=request, **data
            ),
        )
        if series:
            count = series.activities.count()
            messages.success(
                request,
                ngettext(
                    "The series is planned: %(count)d activity.", "The series is planned: %(count)d activities.", count
                )
                % {"count": count},
            )
            return redirect("activities:list")
    status = 400 if form.errors else 200
    return render(request, "activities/series_form.html", {"form": form}, status=status)


@casework_required
def check_in(request, pk):
    """The door: the officer types the code or scans it with the phone's camera; the page says who came in."""
    activity = selectors.station_activity(station_id=request.staff.station_id, pk=pk)
    form, checked, status = CheckInForm(request.POST or None), None, 200
    if request.method == "POST":
        checked = _save(
            form,
            lambda data: services.enrolment_check_in(
                actor=request.user, activity=activity, code=data["code"], request=request
            ),
        )
        if checked:
            form = CheckInForm()
        else:
            status = 400
    context = {
        **_row(activity, translation.get_language()),
        "form": form,
        "checked": checked,
        "attended": activity.enrolments.filter(status=Enrolment.Status.ATTENDED).count(),
    }
    return render(request, "activities/check_in.html", context, status=status)


@casework_required
@require_POST
def attendance_set(request, pk, enrolment_pk):
    """The roster's buttons: came, or did not come."""
    activity = selectors.station_activity(station_id=request.staff.station_id, pk=pk)
    enrolment = selectors.station_enrolment(activity=activity, pk=enrolment_pk)
    try:
        services.enrolment_attendance_set(
            actor=request.user, enrolment=enrolment, attended=request.POST.get("attended") == "yes", request=request
        )
        messages.success(request, _("Attendance is saved."))
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    return redirect("activities:detail", pk=activity.pk)
