"""The police's result sheet: upload, a preview that reports every row, then the liaison's confirmation.

The parsed rows wait in the liaison's session under a one-time token; confirming checks them again against the
registrations as they are then, and applies only the rows without a problem (receipts.result_sheet_apply).
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lianyang.core.pages import save_or_show_errors

from .. import receipts
from ..forms import ResultSheetConfirmForm, ResultSheetForm, new_key
from .police import liaison_required

SESSION_KEY = "registration:result_sheet"


def _stored_rows(stored: dict) -> list[receipts.SheetRow]:
    return [receipts.sheet_row(*values) for values in stored["rows"]]


def _summary(rows: list[receipts.SheetRow]) -> dict:
    problems = [row for row in rows if row.problem]
    return {"rows": rows, "problem_count": len(problems), "good_count": len(rows) - len(problems)}


@liaison_required
def result_sheet_upload(request):
    form = ResultSheetForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        rows = save_or_show_errors(form, lambda: receipts.result_sheet_read(form.cleaned_data["sheet"]))
        if rows is not None:
            request.session[SESSION_KEY] = {"token": new_key(), "rows": [row.to_session() for row in rows]}
            return redirect("registration:result_sheet_preview")
    return render(request, "registration/result_sheet_upload.html", {"form": form})


@liaison_required
def result_sheet_preview(request):
    """Every row with what stands in its way; nothing is recorded until the liaison confirms."""
    stored = request.session.get(SESSION_KEY)
    if not stored:
        messages.info(request, _("Upload the police's result sheet first."))
        return redirect("registration:result_sheet_upload")
    rows = receipts.result_sheet_check(actor=request.user, rows=_stored_rows(stored))
    context = {**_summary(rows), "confirm_form": ResultSheetConfirmForm(initial={"token": stored["token"]})}
    return render(request, "registration/result_sheet_preview.html", context)


@liaison_required
@require_POST
def result_sheet_confirm(request):
    form = ResultSheetConfirmForm(request.POST)
    stored = request.session.get(SESSION_KEY)
    if not (form.is_valid() and stored and constant_time_compare(stored["token"], form.cleaned_data["token"])):
        messages.error(request, _("This preview is out of date: nothing was recorded. Upload the sheet again."))
        return redirect("registration:result_sheet_upload")
    del request.session[SESSION_KEY]
    rows = receipts.result_sheet_apply(actor=request.user, rows=_stored_rows(stored), request=request)
    return render(request, "registration/result_sheet_done.html", _summary(rows))
