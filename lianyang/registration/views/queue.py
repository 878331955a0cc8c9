"""The station's registration queue: search, assignment, and filing verified registrations with the police."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext_lazy
from django.views.decorators.http import require_POST

from lianyang.accounts.access import casework_required
from lianyang.community import selectors as places
from lianyang.core.pages import link_for, moment, page_number, page_window

from .. import selectors, services
from ..forms import FilingForm, QueueFilterForm, new_key
from ..models import OPEN_STATUSES, Status
from .countdown import deadline_countdown


class QueueSearchForm(QueueFilterForm):
    """The queue's filters and its search box: a reference, a resident's name, or a passport or permit number."""

    q = forms.CharField(
        label=gettext_lazy("Reference, name or document number"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off", "spellcheck": "false"}),
    )

    due = forms.ChoiceField(
        label=gettext_lazy("Deadline"),
        required=False,
        choices=[
            ("", pgettext_lazy("any deadline", "Any")),
            ("at_risk", gettext_lazy("At risk or past")),
            ("overdue", gettext_lazy("Past the deadline")),
        ],
    )

    field_order = ["q", "compound", "officer", "due"]


def _tabs(filters: dict, current: str) -> list[dict]:
    """The status tabs, each keeping the search and the compound and officer filters."""
    kept = {name: getattr(filters.get(name), "pk", None) for name in ("compound", "officer")}
    kept = {name: pk for name, pk in kept.items() if pk is not None}
    kept.update({name: filters[name] for name in ("q", "due") if filters.get(name)})
    return [
        {"label": label, "query": urlencode({**kept, "status": value} if value else kept), "current": value == current}
        for value, label in [("", _("Open")), *Status.choices]
    ]


def _queue_rows(rows: list[dict], officers: dict, *, me: int) -> list[dict]:
    """What each row of the queue shows, worked out here once instead of looked up in the template.

    A row is red only where the station may miss the deadline of a registration it still holds.
    """
    now, link, statuses = timezone.now(), link_for("registration:detail"), dict(Status.choices)
    shown = []
    for row in rows:
        verified = row["status"] == Status.VERIFIED
        is_open = row["status"] in OPEN_STATUSES
        at_risk = selectors.deadline_at_risk(status=row["status"], deadline_at=row["deadline_at"], now=now)
        shown.append({
            "pk": row["pk"],
            "reference": row["reference"],
            "link": link(row["pk"]),
            "resident": f"{row['resident__surname']} {row['resident__given_names']}".strip(),
            "address": "{} {}-{}".format(
                row["address__building__compound__name"], row["address__building__number"], row["address__room"]
            ),
            "status": statuses[row["status"]],
            "verified": verified,
            "file_label": _("File %(reference)s with the police") % {"reference": row["reference"]} if verified else "",
            "deadline": moment(row["deadline_at"]),
            "countdown": deadline_countdown(row["deadline_at"], now) if is_open else None,
            "at_risk": at_risk,
            "overdue": at_risk and row["deadline_at"] <= now,
            "assignee": officers.get(row["assigned_to_id"], ""),
            "can_take": is_open and row["assigned_to_id"] != me,
            "take_label": _("Assign %(reference)s to me") % {"reference": row["reference"]},
        })  # fmt: skip
    return shown


@casework_required
def registration_queue(request):
    """Open registrations by default, most urgent first; those whose deadline is at risk are red (law art. 39)."""
    form = QueueSearchForm(
        request.GET or None,
        compounds=places.compound_choices(actor=request.user),
        officers=selectors.queue_officers(actor=request.user),
    )
    filters = form.cleaned_data if form.is_valid() else {}
    status = filters.get("status", "")
    rows = selectors.registration_queue(
        actor=request.user,
        statuses=(status,) if status else OPEN_STATUSES,
        compound=filters.get("compound"),
        officer=filters.get("officer"),
        query=filters.get("q", ""),
        due=filters.get("due", ""),
        request=request,
    )
    page = page_number(request)
    rows, has_next = page_window(rows, page)
    # The officer filter's own list, read once: the select draws from the same evaluated queryset.
    names = {officer.pk: officer.staff_profile.display_name for officer in form.fields["officer"].queryset}
    registrations = _queue_rows(rows, names, me=request.user.pk)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "tabs": _tabs(filters, status),
        "registrations": registrations,
        "can_file": any(row["verified"] for row in registrations),
        "filing_key": new_key(),
        "page": page,
        "has_next": has_next,
        "query": query.urlencode(),
        "filtered": any(filters.get(name) for name in ("compound", "officer", "q", "due")),
        "here": request.get_full_path(),
        "me": request.user.pk,
    }
    return render(request, "registration/queue.html", context)


@casework_required
@require_POST
def registrations_file(request):
    """File the chosen verified registrations as one batch; the same form sent twice files nothing twice."""
    done = selectors.batch_filed_with(actor=request.user, filing_key=request.POST.get("filing_key", ""))
    if done is not None:
        messages.info(
            request, _("These registrations were already filed in batch %(reference)s.") % {"reference": done}
        )
        return redirect("registration:batch_detail", pk=done.pk)
    form = FilingForm(request.POST, verified=selectors.verified_registrations(actor=request.user))
    back = reverse("registration:queue") + "?" + urlencode({"status": Status.VERIFIED})
    batch = _filed_batch(request, form)
    if batch is None:
        return redirect(back)
    if batch.station_id != request.staff.station_id:
        # A filing key copied from another station's form: that batch is not ours to show.
        messages.error(request, _("This form is out of date. Reload the page and send it again."))
        return redirect(back)
    messages.success(request, _filed_message(batch, selectors.batch_size(batch=batch)))
    return redirect("registration:batch_detail", pk=batch.pk)


def _filed_batch(request, form):
    """The batch the form's registrations were filed in, or None with the refusal shown as a message."""
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return None
    try:
        return services.registrations_file(
            actor=request.user,
            station=request.staff.station,
            registrations=form.cleaned_data["registrations"],
            filing_key=form.cleaned_data["filing_key"],
            request=request,
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return None


def _filed_message(batch, count: int) -> str:
    return ngettext(
        "%(count)d registration was filed with the police in batch %(reference)s.",
        "%(count)d registrations were filed with the police in batch %(reference)s.",
        count,
    ) % {"count": count, "reference": batch.reference}


@casework_required
@require_POST
def registration_file_now(request, pk):
    """File one verified registration with the police from its own page, right after verifying it.

    The page's one-time filing key makes a double click file nothing twice, as in the queue.
    """
    registration = selectors.registration_find(actor=request.user, pk=pk)
    back = redirect("registration:detail", pk=registration.pk)
    done = selectors.batch_filed_with(actor=request.user, filing_key=request.POST.get("filing_key", ""))
    if done is not None:
        messages.info(
            request, _("These registrations were already filed in batch %(reference)s.") % {"reference": done}
        )
        return back
    form = FilingForm(
        {"registrations": [registration.pk], "filing_key": request.POST.get("filing_key", "")},
        verified=selectors.verified_registrations(actor=request.user).filter(pk=registration.pk),
    )
    batch = _filed_batch(request, form)
    if batch is None:
        return back
    messages.success(request, _filed_message(batch, 1))
    return back


def _back_to(request, fallback: str) -> str:
    """The page the assignment was made from, if it is one of ours; otherwise `fallback`."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


@casework_required
@require_POST
def registration_assign(request, pk):
    """Assign a registration to an officer of the station ("Assign to me" sends the viewer's own id)."""
    registration = selectors.registration_find(actor=request.user, pk=pk)
    back = _back_to(request, reverse("registration:detail", args=[registration.pk]))
    officer = selectors.assignable_officer(actor=request.user, pk=request.POST.get("officer", ""))
    if officer is None:
        messages.error(request, _("Choose an officer of this station."))
        return redirect(back)
    try:
        services.registration_assign(actor=request.user, registration=registration, officer=officer, request=request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(back)
    messages.success(
        request,
        _("%(reference)s is assigned to %(officer)s.")
        % {"reference": registration.reference, "officer": officer.staff_profile.display_name},
    )
    return redirect(back)
