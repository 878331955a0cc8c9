"""The residents' pages of the staff back office. Reads go through selectors, writes through services."""

import copy

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_countries import countries

from lianyang.accounts.access import casework_required
from lianyang.audit.display import events_described
from lianyang.audit.selectors import events_for_objects
from lianyang.community import selectors as places
from lianyang.core.pages import link_for, page_number, page_window, save_or_show_errors

from . import selectors, services
from .forms import DocumentForm, FindByDocumentForm, HouseholdForm, PermitForm, ResidentFilterForm, ResidentForm
from .models import Resident

# What a row of the residents list shows, as plain values.
RESIDENT_ROW = (
    "pk",
    "surname",
    "given_names",
    "native_name",
    "chinese_name",
    "nationality",
    "birth_date",
    "status",
    "permit_until",
    "address_id",
    "address__room",
    "address__building__number",
    "address__building__compound__name",
)


def _resident_rows(rows: list[dict], *, nationalities: dict) -> list[dict]:
    """What each row of the residents list shows, worked out here once instead of looked up in the template."""
    today, link, statuses = timezone.localdate(), link_for("people:resident_detail"), dict(Resident.Status.choices)
    shown = []
    for row in rows:
        until = row["permit_until"]
        address = row["address_id"] and "{} {}-{}".format(
            row["address__building__compound__name"], row["address__building__number"], row["address__room"]
        )
        shown.append({
            "link": link(row["pk"]),
            "passport_name": f"{row['surname']} {row['given_names']}".strip(),
            "native_name": row["native_name"],
            "chinese_name": row["chinese_name"],
            "nationality": nationalities.get(row["nationality"]) or countries.name(row["nationality"]),
            "birth_date": row["birth_date"] and row["birth_date"].isoformat(),
            "address": address,
            "permit_until": until and until.isoformat(),
            "permit_days_left": until and (until - today).days,
            "status": statuses[row["status"]],
        })  # fmt: skip
    return shown


@casework_required
def resident_list(request):
    form = ResidentFilterForm(
        request.GET or None,
        areas=places.area_choices(actor=request.user),
        compounds=places.compound_choices(actor=request.user),
        nationalities=selectors.nationalities_of(actor=request.user),
    )
    filters = form.cleaned_data if form.is_valid() else {}
    rows = selectors.resident_list(
        actor=request.user,
        area=filters.get("area"),
        compound=filters.get("compound"),
        nationality=filters.get("nationality", ""),
        status=filters.get("status", ""),
        expiring_within_days=filters.get("expiring"),
        permit_expired=filters.get("expired", False),
        needs_attention=filters.get("attention", False),
        query=filters.get("q", ""),
        sort=filters.get("sort") or "name",
        request=request,
    )
    page = page_number(request)
    rows, has_next = page_window(rows.values(*RESIDENT_ROW), page)
    residents = _resident_rows(rows, nationalities=dict(form.fields["nationality"].choices))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "residents": residents,
        "page": page,
        "has_next": has_next,
        "query": query.urlencode(),
        "filtered": bool(filters and any(filters.values())),
    }
    return render(request, "people/resident_list.html", context)


def _detail_context(request, resident, revealed=None):
    today = timezone.localdate()
    permits = selectors.resident_permits(resident=resident)
    for permit in permits:
        permit.days_left = (permit.valid_until - today).days
        permit.days_expired = -permit.days_left
    documents = selectors.resident_documents(resident=resident)
    records = [resident, *documents, *permits]
    return {
        "resident": resident,
        "documents": documents,
        "permits": permits,
        "members": selectors.household_members(household=resident.household),
        "history": events_described(events_for_objects(objects=records, limit=10), objects=records),
        "revealed": revealed,
    }


@casework_required
def resident_detail(request, pk):
    resident = selectors.resident_get(actor=request.user, pk=pk, request=request)
    return render(request, "people/resident_detail.html", _detail_context(request, resident))


@casework_required
@require_POST
def document_reveal(request, pk):
    """Show a document's full number once, on request; the reveal is audited (DESIGN.md, Security)."""
    document = selectors.document_reveal(actor=request.user, document_id=pk, request=request)
    if request.htmx:
        return render(request, "people/_revealed_number.html", {"document": document})
    resident = selectors.resident_get(actor=request.user, pk=document.resident_id, request=request)
    return render(request, "people/resident_detail.html", _detail_context(request, resident, revealed=document))


@casework_required
def resident_create(request):
    addresses = places.address_choices(actor=request.user)
    form = ResidentForm(request.POST or None, addresses=addresses)
    if request.method == "POST" and form.is_valid():
        resident = save_or_show_errors(
            form,
            lambda: services.resident_create(
                actor=request.user, station=request.staff.station, request=request, **form.cleaned_data
            ),
        )
        if resident is not None:
            messages.success(request, _("The resident has been added."))
            return redirect("people:resident_detail", pk=resident.pk)
    return render(request, "people/resident_form.html", {"form": form, "resident": None})


@casework_required
def resident_edit(request, pk):
    resident = selectors.resident_get(actor=request.user, pk=pk, request=request)
    addresses = places.address_choices(actor=request.user)
    form = ResidentForm(request.POST or None, instance=copy.copy(resident), addresses=addresses)
    if request.method == "POST" and form.is_valid():
        saved = save_or_show_errors(
            form,
            lambda: services.resident_update(
                actor=request.user, resident=resident, request=request, **form.cleaned_data
            ),
        )
        if saved is not None:
            messages.success(request, _("The changes have been saved."))
            return redirect("people:resident_detail", pk=resident.pk)
    return render(request, "people/resident_form.html", {"form": form, "resident": resident})


@casework_required
def document_create(request, pk):
    resident = selectors.resident_get(actor=request.user, pk=pk, request=request)
    form = DocumentForm(request.POST or None, instance=None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        number = data.pop("number")
        document = save_or_show_errors(
            form,
            lambda: services.document_add(
                actor=request.user, resident=resident, number=number, request=request, **data
            ),
        )
        if document is not None:
            messages.success(request, _("The document has been added."))
            return redirect("people:resident_detail", pk=resident.pk)
    return render(request, "people/document_form.html", {"form": form, "resident": resident})


@casework_required
def permit_create(request, pk):
    resident = selectors.resident_get(actor=request.user, pk=pk, request=request)
    form = PermitForm(request.POST or None, documents=resident.documents.all())
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        number = data.pop("number")
        permit = save_or_show_errors(
            form,
            lambda: services.permit_add(actor=request.user, resident=resident, number=number, request=request, **data),
        )
        if permit is not None:
            messages.success(request, _("The visa or permit has been added."))
            return redirect("people:resident_detail", pk=resident.pk)
    return render(request, "people/permit_form.html", {"form": form, "resident": resident})


@casework_required
def household_create(request, pk):
    """Start a household around one resident, at their address unless another is chosen."""
    resident = selectors.resident_get(actor=request.user, pk=pk, request=request)
    addresses = places.address_choices(actor=request.user)
    form = HouseholdForm(
        request.POST or None,
        addresses=addresses,
        members=selectors.residents_visible_to(request.user).filter(pk=pk),
        initial={"address": resident.address_id, "contact_person": resident.pk},
    )
    if request.method == "POST" and form.is_valid():
        household = save_or_show_errors(
            form,
            lambda: services.household_create(
                actor=request.user,
                station=request.staff.station,
                address=form.cleaned_data["address"],
                members=[resident],
                contact_person=form.cleaned_data["contact_person"],
                request=request,
            ),
        )
        if household is not None:
            messages.success(request, _("The household has been created."))
            return redirect("people:resident_detail", pk=resident.pk)
    return render(request, "people/household_form.html", {"form": form, "resident": resident, "household": None})


@casework_required
def household_edit(request, pk):
    household = selectors.household_get(actor=request.user, pk=pk)
    addresses = places.address_choices(actor=request.user)
    form = HouseholdForm(
        request.POST or None, instance=copy.copy(household), addresses=addresses, members=household.members.all()
    )
    if request.method == "POST" and form.is_valid():
        saved = save_or_show_errors(
            form,
            lambda: services.household_update(
                actor=request.user,
                household=household,
                address=form.cleaned_data["address"],
                contact_person=form.cleaned_data["contact_person"],
                request=request,
            ),
        )
        if saved is not None:
            messages.success(request, _("The household has been updated."))
            contact = household.contact_person_id or household.members.values_list("pk", flat=True).first()
            return redirect("people:resident_detail", pk=contact) if contact else redirect("people:resident_list")
    return render(request, "people/household_form.html", {"form": form, "household": household, "resident": None})


@casework_required
def find_by_document(request):
    """The number is sent in a POST body, never in a URL, so it stays out of logs and browser history."""
    form = FindByDocumentForm(request.POST or None)
    residents = None
    if request.method == "POST" and form.is_valid():
        residents = selectors.resident_find_by_document(
            actor=request.user, number=form.cleaned_data["number"], request=request
        )
    return render(request, "people/find_by_document.html", {"form": form, "residents": residents})
