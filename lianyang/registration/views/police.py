"""The station's police batches, and the liaison's work on them: receipts one by one, and returns.

DESIGN.md (Security): a police liaison sees only the filed registrations of the station whose partner police
station they belong to; the station's caseworkers, who file the batches, may follow them too. Recording a
receipt or returning a file is the liaison's alone.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lianyang.accounts.access import staff_required
from lianyang.accounts.models import Role
from lianyang.audit.models import AuditEvent
from lianyang.core.pages import link_for, moment, page_number, page_window, save_or_show_errors

from .. import selectors, services
from ..forms import PoliceReturnForm, ReceiptForm
from ..models import Status

liaison_required = staff_required(Role.POLICE_LIAISON)
batch_readers_required = staff_required(Role.HEAD, Role.OFFICER, Role.POLICE_LIAISON)


def _receipt_prefix(registration_pk) -> str:
    return f"receipt-{registration_pk}"


# What a row of the batch list shows, as plain values.
BATCH_ROW = (
    "pk",
    "reference",
    "filed_at",
    "filed_by__username",
    "filed_by__staff_profile__display_name",
    "registration_count",
    "registered_count",
)


@batch_readers_required
def batch_list(request):
    page = page_number(request)
    rows, has_next = page_window(selectors.batch_list(actor=request.user).values(*BATCH_ROW), page)
    link = link_for("registration:batch_detail")
    batches = [
        {
            "link": link(row["pk"]),
            "reference": row["reference"],
            "filed": moment(row["filed_at"]),
            "filed_by": row["filed_by__staff_profile__display_name"] or row["filed_by__username"],
            "registrations": row["registration_count"],
            "registered": row["registered_count"],
        }
        for row in rows
    ]
    return render(request, "registration/batch_list.html", {"batches": batches, "page": page, "has_next": has_next})


def _receipt_form(registration, bound: ReceiptForm | None) -> ReceiptForm:
    """A registration's receipt form: the date the police give it is usually today's (Shanghai's) date."""
    prefix = _receipt_prefix(registration.pk)
    form = bound if bound is not None and bound.prefix == prefix else ReceiptForm(prefix=prefix)
    form.initial.setdefault("received_on", timezone.localdate())
    # The visible labels say what each field is; the row's reference says whose it is.
    for field in form.fields.values():
        field.widget.attrs["aria-describedby"] = f"reference-{registration.pk}"
    return form


def _batch_context(request, batch, *, bound: ReceiptForm | None = None) -> dict:
    """The batch's registrations; for the liaison, a receipt form on each one still waiting for the police."""
    registrations = selectors.batch_registrations(actor=request.user, batch=batch)
    liaison = request.staff.role == Role.POLICE_LIAISON
    for registration in registrations:
        registration.receipt_form = None
        if liaison and registration.status == Status.FILED:
            registration.receipt_form = _receipt_form(registration, bound)
    return {"batch": batch, "registrations": registrations, "liaison": liaison, "bound": bound}


@batch_readers_required
def batch_detail(request, pk):
    """Opening a batch is audited: it lists the residents filed in it."""
    batch = selectors.batch_get(actor=request.user, pk=pk, request=request)
    return render(request, "registration/batch_detail.html", _batch_context(request, batch))


@liaison_required
@require_POST
def receipt_record(request, batch_pk, pk):
    """The police's receipt number for one registration: the stay is registered, the resident told."""
    registration = selectors.filed_registration_get(actor=request.user, batch_pk=batch_pk, pk=pk)
    form = ReceiptForm(request.POST, prefix=_receipt_prefix(pk))
    if form.is_valid():
        registered = save_or_show_errors(
            form,
            lambda: services.registration_record_receipt(
                actor=request.user,
                registration=registration,
                number=form.cleaned_data["number"],
                received_on=form.cleaned_data["received_on"],
                request=request,
            ),
        )
        if registered is not None:
            messages.success(
                request,
                _("Receipt %(number)s recorded: registration %(reference)s is registered.")
                % {"number": registered.police_receipt_number, "reference": registered.reference},
            )
            return redirect(reverse("registration:batch_detail", args=[batch_pk]) + f"#registration-{pk}")
    batch = selectors.batch_get(actor=request.user, pk=batch_pk, request=request)
    return render(request, "registration/batch_detail.html", _batch_context(request, batch, bound=form))


@liaison_required
def police_return(request, batch_pk, pk):
    """The police send a filed registration back to the station with their reason."""
    registration = selectors.filed_registration_get(
        actor=request.user,
        batch_pk=batch_pk,
        pk=pk,
        audit=None if request.method == "POST" else AuditEvent.Action.VIEW,
        request=request,
    )
    form = PoliceReturnForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        returned = save_or_show_errors(
            form,
            lambda: services.registration_police_return(
                actor=request.user, registration=registration, reason=form.cleaned_data["reason"], request=request
            ),
        )
        if returned is not None:
            messages.success(
                request,
                _("Registration %(reference)s was returned to the station.") % {"reference": returned.reference},
            )
            return redirect("registration:batch_detail", pk=batch_pk)
    return render(request, "registration/police_return.html", {"registration": registration, "form": form})
