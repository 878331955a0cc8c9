"""The guide's staff pages: the items with the residents' search and a category filter, and the head's form to add
or correct an item. Officers read; only a station head writes (guide/services.py)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from lianyang.accounts.access import casework_required, head_required
from lianyang.civic.models import BIN_COLOURS, WasteCategory, WasteItem
from lianyang.core.pages import save_or_show_errors

from . import selectors, services
from .forms import GuideSearchForm, WasteItemForm
from .notes import SOURCES, how_note


@casework_required
@require_GET
def item_list(request):
    form = GuideSearchForm(request.GET or None)
    rows, error = [], ""
    if form.is_valid() or not request.GET:
        data = form.cleaned_data if request.GET else {}
        try:
            rows = selectors.guide_items(
                query=data.get("q", ""), category=data.get("category", ""), language=translation.get_language()
            )
        except ValidationError as refusal:
            error = " ".join(refusal.messages)
    for row in rows:
        row["note"] = how_note(row["item"].how)
        row["source"] = SOURCES.get(row["item"].source, row["item"].source)
        row["chinese"] = (row["item"].names.get("zh-hans") or [""])[0]
    counts = selectors.category_counts()
    context = {
        "form": form,
        "rows": rows,
        "error": error,
        "searched": bool(request.GET.get("q")),
        "counts": [(WasteCategory(code).label, code, BIN_COLOURS[code], count) for code, count in counts.items()],
        "total": sum(counts.values()),
        "can_edit": request.staff.role == "head",
    }
    return render(request, "civic/guide/item_list.html", context, status=400 if form.errors else 200)


def _form_page(request, form, item=None):
    status = 400 if form.errors else 200
    return render(request, "civic/guide/item_form.html", {"form": form, "item": item}, status=status)


@head_required
def item_add(request):
    form = WasteItemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        item = save_or_show_errors(
            form, lambda: services.waste_item_save(actor=request.user, request=request, **form.service_arguments())
        )
        if item:
            messages.success(request, _("The item is in the guide."))
            return redirect("civic:guide_items")
    return _form_page(request, form)


@head_required
def item_edit(request, pk):
    item = get_object_or_404(WasteItem, pk=pk)
    form = WasteItemForm(request.POST or None, editing=True, initial=WasteItemForm.initial_for(item))
    if request.method == "POST" and form.is_valid():
        saved = save_or_show_errors(
            form,
            lambda: services.waste_item_save(
                actor=request.user, item=item, request=request, **form.service_arguments()
            ),
        )
        if saved:
            messages.success(request, _("The item is saved."))
            return redirect("civic:guide_items")
    return _form_page(request, form, item)
