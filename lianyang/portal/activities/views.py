"""A resident's activities on the portal: the coming activities of their station in their language (saying so when
a translation is missing and another language stands in), sign-up for themselves and their household, their
sign-ups with the QR code for the door, cancelling, accepting a freed seat, calendar files and the rating.

Thin pages over `activities.events`: every rule lives in its services, every read in its selectors.
"""

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lianyang.activities.events import selectors, services
from lianyang.activities.events.calendar import calendar_bytes
from lianyang.activities.events.forms import ActivityRatingForm, SignupForm
from lianyang.activities.events.texts import title_in, when_text
from lianyang.activities.models import Enrolment
from lianyang.core.pages import run_and_tell, save_or_show_errors
from lianyang.people.selectors import account_resident, household_members, resident_own

LOGIN = "portal:login"
Status = Enrolment.Status


def _resident(request, *, audited: bool = False):
    """The logged-in resident's record; a page for residents only answers 404 to an account without one."""
    resident = resident_own(actor=request.user, request=request) if audited else account_resident(request.user)
    if resident is None:
        raise Http404
    return resident


def _shown(activity, language: str) -> dict:
    """An activity as the page shows it: title and description in `language` or the nearest fallback, and the
    name of the fallback's language when one stands in."""
    title, shown_in = title_in(activity, language)
    description = activity.safe_translation_getter("description", language_code=shown_in) or ""
    fallback = "" if shown_in == language else get_language_info(shown_in)["name_translated"]
    return {
        "activity": activity,
        "title": title,
        "description": description,
        "shown_in": shown_in,
        "fallback": fallback,
        "when": when_text(activity, language),
        "free": max(activity.capacity - activity.taken, 0),
    }


@login_required(login_url=LOGIN)
@require_GET
def activity_list(request):
    resident = _resident(request)
    language = translation.get_language()
    mine = {
        enrolment.activity_id: enrolment
        for enrolment in selectors.enrolments_of(resident=resident)
        if enrolment.resident_id == resident.pk
    }
    rows = []
    for activity in selectors.activities_upcoming(resident=resident):
        row = _shown(activity, language)
        row["mine"] = mine.get(activity.pk)
        rows.append(row)
    return render(request, "portal/activities/list.html", {"rows": rows})


def _members(resident) -> list:
    return [resident] + [m for m in household_members(household=resident.household) if m.pk != resident.pk]


def _detail(request, resident, activity, *, form=None, status=200):
    language = translation.get_language()
    needs_consent = not services.has_consent(resident)
    context = {
        **_shown(activity, language),
        "form": form or SignupForm(members=_members(resident), needs_consent=needs_consent),
        "enrolments": selectors.enrolments_of(resident=resident, activity=activity),
        "open": activity.signup_opens_at <= timezone.now() < activity.signup_closes_at,
    }
    context["error_forms"] = [context["form"]] if context["form"].errors else []
    return render(request, "portal/activities/detail.html", context, status=status)


@login_required(login_url=LOGIN)
@require_GET
def activity_detail(request, pk):
    resident = _resident(request)
    return _detail(request, resident, selectors.activity_for_resident(resident=resident, pk=pk))


@login_required(login_url=LOGIN)
@require_POST
def signup(request, pk):
    """Sign up the chosen people; each gets a seat while one is left, the rest the waiting list."""
    resident = _resident(request)
    activity = selectors.activity_for_resident(resident=resident, pk=pk)
    members = _members(resident)
    form = SignupForm(request.POST, members=members, needs_consent=not services.has_consent(resident))
    if form.is_valid():
        chosen = form.chosen(members)
        enrolments = save_or_show_errors(
            form,
            lambda: services.enrolment_signup(
                actor=request.user,
                activity=activity,
                people=chosen,
                give_consent=form.cleaned_data.get("consent", False),
                signer=resident,
                request=request,
            ),
        )
        if enrolments:
            if all(enrolment.status == Status.CONFIRMED for enrolment in enrolments):
                messages.success(request, _("You are signed up. Your seat is confirmed."))
            else:
                messages.warning(
                    request,
                    _("The activity is full: you are on the waiting list. We will tell you if a seat frees up."),
                )
            return redirect("activities_portal:mine")
    return _detail(request, resident, activity, form=form, status=400)


@login_required(login_url=LOGIN)
@require_GET
def my_enrolments(request):
    resident = _resident(request, audited=True)
    language = translation.get_language()
    rows = [
        {"enrolment": enrolment, "title": title_in(enrolment.activity, language)[0]}
        for enrolment in selectors.enrolments_of(resident=resident)
    ]
    feed = getattr(resident, "calendar_feed", None)
    feed_url = (
        request.build_absolute_uri(reverse("activities_portal:feed", args=[feed.token])) if feed is not None else ""
    )
    return render(request, "portal/activities/mine.html", {"rows": rows, "feed_url": feed_url})


def _qr(code: str) -> str:
    return segno.make(code, error="m").svg_data_uri(scale=6, border=2)


def _enrolment_page(request, resident, enrolment, *, rating_form=None, status=200):
    language = translation.get_language()
    now = timezone.now()
    seat = enrolment.status in (Status.CONFIRMED, Status.ATTENDED)
    rating_form = rating_form or ActivityRatingForm()
    context = {
        "enrolment": enrolment,
        "title": title_in(enrolment.activity, language)[0],
        "when": when_text(enrolment.activity, language),
        "qr": _qr(enrolment.check_in_code) if enrolment.status == Status.CONFIRMED else "",
        "seat": seat,
        "can_cancel": enrolment.status in (Status.CONFIRMED, Status.WAITLISTED, Status.OFFERED)
        and enrolment.activity.starts_at > now,
        "can_accept": enrolment.status == Status.OFFERED and enrolment.offered_until > now,
        "can_rate": enrolment.status == Status.ATTENDED and enrolment.resident_id == resident.pk,
        "rating_form": rating_form,
        "error_forms": [rating_form] if rating_form.errors else [],
    }
    return render(request, "portal/activities/enrolment.html", context, status=status)


@login_required(login_url=LOGIN)
@require_GET
def enrolment_detail(request, pk):
    resident = _resident(request)
    enrolment = selectors.enrolment_for_resident(resident=resident, pk=pk)
    resident_own(actor=request.user, request=request)  # their own data, opened (audited once found)
    return _enrolment_page(request, resident, enrolment)


@login_required(login_url=LOGIN)
@require_http_methods(["GET", "POST"])
def enrolment_cancel(request, pk):
    """A confirmation page first (GET), then the cancellation itself (POST)."""
    resident = _resident(request)
    enrolment = selectors.enrolment_for_resident(resident=resident, pk=pk)
    if request.method == "POST":
        if run_and_tell(
            request,
            lambda: services.enrolment_cancel(actor=request.user, enrolment=enrolment, request=request),
            _("Your sign-up is cancelled. Thank you for letting someone else have the seat."),
        ):
            return redirect("activities_portal:mine")
        return redirect("activities_portal:enrolment", pk=pk)
    language = translation.get_language()
    context = {"enrolment": enrolment, "title": title_in(enrolment.activity, language)[0]}
    return render(request, "portal/activities/cancel.html", context)


@login_required(login_url=LOGIN)
@require_POST
def enrolment_accept(request, pk):
    resident = _resident(request)
    enrolment = selectors.enrolment_for_resident(resident=resident, pk=pk)
    run_and_tell(
        request,
        lambda: services.enrolment_accept(actor=request.user, enrolment=enrolment, request=request),
        _("The seat is yours. See you there!"),
    )
    return redirect("activities_portal:enrolment", pk=pk)


@login_required(login_url=LOGIN)
@require_POST
def enrolment_rate(request, pk):
    resident = _resident(request)
    enrolment = selectors.enrolment_for_resident(resident=resident, pk=pk)
    form = ActivityRatingForm(request.POST)
    if form.is_valid() and save_or_show_errors(
        form,
        lambda: services.enrolment_rate(actor=request.user, enrolment=enrolment, request=request, **form.cleaned_data),
    ):
        messages.success(request, _("Thank you for your rating."))
        return redirect("activities_portal:enrolment", pk=pk)
    return _enrolment_page(request, resident, enrolment, rating_form=form, status=400)


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required(login_url=LOGIN)
@require_GET
def enrolment_ics(request, pk):
    resident = _resident(request)
    enrolment = selectors.enrolment_for_resident(resident=resident, pk=pk)
    return _ics_response(calendar_bytes([enrolment], translation.get_language()), f"activity-{enrolment.pk}.ics")


@login_required(login_url=LOGIN)
@require_POST
def calendar_feed_manage(request):
    """Make (or renew) the resident's private calendar address, or switch it off."""
    if request.POST.get("action") == "revoke":
        services.calendar_feed_revoke(actor=request.user, request=request)
        messages.success(request, _("Your calendar address is switched off."))
    else:
        run_and_tell(
            request,
            lambda: services.calendar_feed_renew(actor=request.user, request=request),
            _("Your new calendar address is ready. The old one no longer works."),
        )
    return redirect("activities_portal:mine")


@require_GET
def calendar_feed(request, token):
    """A calendar app reads the resident's seats through the secret address alone (no login); a renewed or
    revoked address answers 404."""
    found = selectors.feed_enrolments(token=token)
    if found is None:
        raise Http404
    feed, enrolments = found
    with translation.override(feed.resident.preferred_language):
        content = calendar_bytes(enrolments, translation.get_language(), name=_("Lianyang station"))
    return _ics_response(content, "activities.ics")
