"""The officers' pages for service requests: the inbox, a request's thread and its actions, recording a request
made at the counter, by phone, on WeChat or by e-mail, and the station's canned replies.

Views collect input and show what the services and selectors answer; a refusal of a service is a form error or a
message on the page (HTTP 400 for a refused action), never a 500.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from lianyang.accounts.access import casework_required
from lianyang.core.pages import link_for, moment, page_number, page_window, run_and_tell, save_or_show_errors
from lianyang.people import selectors as people

from .. import models
from ..categories import Category
from . import selectors, services
from .forms import AssignForm, CannedReplyForm, InboxFilterForm, MergeForm, MessageForm, NoteForm, RecordForm

LANGUAGE_NAMES = dict(settings.LANGUAGES)
SEARCH_RESULTS = 20
TAB_LABELS = {
    "mine": gettext_lazy("Mine"),
    "unassigned": gettext_lazy("Unassigned"),
    "near_breach": gettext_lazy("Near breach"),
    "waiting": gettext_lazy("Waiting for the resident"),
    "all": gettext_lazy("All of the station"),
}


def language_name(code: str) -> str:
    return str(LANGUAGE_NAMES.get(code, code))


ROW_FLAGS = {  # a row's class and tag by selectors.flag
    "breached": ("overdue", gettext_lazy("Breached")),
    "near": ("at-risk", gettext_lazy("Near breach")),
    "": ("", ""),
}


def _label_rows(rows) -> None:
    """Everything a row of the inbox shows, worked out once here: the template only prints it (a page of 50 rows
    is most of the page's time when each row's labels are looked up and tested by the template)."""
    now, link = timezone.now(), link_for("casework:requests:detail")
    categories = {code: str(label) for code, label in Category.choices}
    statuses = {code: str(label) for code, label in models.ServiceRequest.Status.choices}
    flags = {flag: (css, str(label)) for flag, (css, label) in ROW_FLAGS.items()}
    for row in rows:
        row.css, row.flag_label = flags[selectors.flag(row, now)]
        row.language_name = language_name(row.language)
        row.link, row.due = link(row.pk), moment(row.resolution_due)
        row.category_label, row.status_label = categories[row.category], statuses[row.status]
        resident = row.resident
        row.resident_label = " · ".join(name for name in (resident.passport_name, resident.native_name) if name)
        row.officer_label = row.assignee.staff_profile.display_name if row.assignee else "—"


@casework_required
def request_inbox(request):
    """The officer's inbox: a tab (mine, unassigned, near breach, waiting, all), filters and a search, with the
    count of every tab and of the breached requests."""
    tab = request.GET.get("tab") if request.GET.get("tab") in selectors.TABS else "mine"
    form = InboxFilterForm(request.GET)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = selectors.inbox(
        actor=request.user,
        tab=tab,
        status=filters.get("status", ""),
        category=filters.get("category", ""),
        language=filters.get("language", ""),
        channel=filters.get("channel", ""),
        query=filters.get("q", ""),
    )
    page = page_number(request)
    shown, has_next = page_window(rows, page)
    _label_rows(shown)
    counts = selectors.inbox_counts(actor=request.user)
    kept = {name: value for name, value in filters.items() if value}
    tabs = [
        {
            "label": TAB_LABELS[name],
            "count": counts[name],
            "query": urlencode({**kept, "tab": name}),
            "current": name == tab,
        }
        for name in selectors.TABS
    ]
    context = {
        "form": form,
        "tab": tab,
        "tabs": tabs,
        "breached": counts["breached"],
        "rows": shown,
        "page": page,
        "has_next": has_next,
        "query": urlencode({**kept, "tab": tab}),
        "filtered": bool(kept),
    }
    return render(request, "casework/requests/inbox.html", context)


def _detail_context(request, service_request, **forms) -> dict:
    thread = selectors.thread_of(actor=request.user, service_request=service_request)
    canned = selectors.canned_replies_for(actor=request.user, language=service_request.language)
    chosen = next((reply for reply in canned if str(reply.pk) == request.GET.get("canned")), None)
    caseworkers = selectors.caseworkers_of(actor=request.user)
    return {
        "item": service_request,
        "language": language_name(service_request.language),
        "flag": selectors.flag(service_request),
        "thread": thread,
        "attachments": selectors.request_attachments(service_request=service_request),
        "canned": canned,
        "chosen": chosen,
        "reply_form": forms.get("reply_form") or MessageForm(initial={"body": chosen.body if chosen else ""}),
        "note_form": forms.get("note_form") or NoteForm(),
        "assign_form": AssignForm(caseworkers=caseworkers, initial={"assignee": service_request.assignee_id}),
        "has_merge_candidates": bool(selectors.merge_candidates(actor=request.user, service_request=service_request)),
        "can_reopen": service_request.status == models.ServiceRequest.Status.CLOSED
        and service_request.closed_at >= timezone.now() - services.REOPEN_WITHIN,
        "is_open": service_request.is_open,
    }


@casework_required
@require_GET
def request_detail(request, pk):
    """A request, its thread with the internal notes, and what the officer can do with it."""
    service_request = selectors.request_get(actor=request.user, pk=pk, request=request)
    return render(request, "casework/requests/detail.html", _detail_context(request, service_request))


@casework_required
@require_POST
def request_message(request, pk, kind):
    """A reply to the resident, or an internal note."""
    service_request = selectors.request_get(actor=request.user, pk=pk, request=request)
    if kind == "reply":
        form = MessageForm(request.POST, request.FILES)
        write = services.request_reply
        extra = lambda: {"attachments": form.cleaned_data["attachments"]}  # noqa: E731
        done, name = _("Your reply was sent to the resident."), "reply_form"
    elif kind == "note":
        form, write, extra = NoteForm(request.POST), services.request_note, dict
        done, name = _("The note was added. The resident does not see it."), "note_form"
    else:
        raise Http404
    if form.is_valid() and save_or_show_errors(
        form,
        lambda: write(
            actor=request.user,
            service_request=service_request,
            body=form.cleaned_data["body"],
            request=request,
            **extra(),
        ),
    ):
        messages.success(request, done)
        return redirect("casework:requests:detail", pk=service_request.pk)
    context = _detail_context(request, service_request, **{name: form})
    return render(request, "casework/requests/detail.html", context, status=400)


STEPS = {
    "wait": (services.request_wait, gettext_lazy("The request is waiting for the resident. Its clock has stopped.")),
    "resume": (services.request_resume, gettext_lazy("The request is open again. Its clock runs.")),
    "close": (services.request_close, gettext_lazy("The request is closed.")),
    "reopen": (services.request_reopen, gettext_lazy("The request is open again.")),
}


@casework_required
@require_POST
def request_step(request, pk, kind):
    """Wait for the resident, resume, close or reopen; a refusal is shown on the request's page."""
    if kind not in STEPS:
        raise Http404
    service_request = selectors.request_get(actor=request.user, pk=pk, request=request)
    write, done = STEPS[kind]
    run_and_tell(request, lambda: write(actor=request.user, service_request=service_request, request=request), done)
    return redirect("casework:requests:detail", pk=service_request.pk)


@casework_required
@require_POST
def request_assign(request, pk):
    """Hand the request to another officer of the station, by hand."""
    service_request = selectors.request_get(actor=request.user, pk=pk, request=request)
    form = AssignForm(request.POST, caseworkers=selectors.caseworkers_of(actor=request.user))
    if form.is_valid():
        assignee = next(
            p.user for p in selectors.caseworkers_of(actor=request.user) if p.user_id == form.cleaned_data["assignee"]
        )
        try:
            services.request_assign(
                actor=request.user, service_request=service_request, assignee=assignee, request=request
            )
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, text)
        else:
            messages.success(request, _("The request was handed over."))
    else:
        messages.error(request, _("Please choose an officer of this station."))
    return redirect("casework:requests:detail", pk=service_request.pk)


@casework_required
def request_merge(request, pk):
    """Merge a duplicate into another open request of the same resident, after a confirmation page."""
    service_request = selectors.request_get(actor=request.user, pk=pk, request=request)
    candidates = selectors.merge_candidates(actor=request.user, service_request=service_request)
    form = MergeForm(request.POST or None, candidates=candidates)
    if request.method == "POST" and form.is_valid():
        into = next(item for item in candidates if item.pk == form.cleaned_data["into"])
        if save_or_show_errors(
            form,
            lambda: services.request_merge(
                actor=request.user, service_request=service_request, into=into, request=request
            ),
        ):
            messages.success(request, _("The duplicate was merged."))
            return redirect("casework:requests:detail", pk=into.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "casework/requests/merge.html",
        {"item": service_request, "form": form, "candidates": candidates},
        status=status,
    )


@casework_required
def request_record(request):
    """Record a request a resident made at the counter, by phone, on WeChat or by e-mail: find the resident by the
    usual search, then write down what they asked."""
    resident_pk = request.GET.get("resident")
    if not resident_pk:
        query = request.GET.get("q", "").strip()[:100]
        residents = list(people.resident_list(actor=request.user, query=query)[:SEARCH_RESULTS]) if query else None
        return render(request, "casework/requests/choose_resident.html", {"q": query, "residents": residents})
    resident = people.resident_get(actor=request.user, pk=resident_pk, request=request)
    initial = {"language": resident.preferred_language, "channel": "walk_in"}
    form = RecordForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        created = save_or_show_errors(
            form,
            lambda: services.request_record(
                actor=request.user,
                resident=resident,
                category=data["category"],
                channel=data["channel"],
                language=data["language"],
                subject=data["subject"],
                text=data["text"],
                attachments=data["attachments"],
                request=request,
            ),
        )
        if created:
            messages.success(request, _("The request was recorded."))
            return redirect("casework:requests:detail", pk=created.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "casework/requests/record.html", {"resident": resident, "form": form}, status=status)


@casework_required
@require_GET
def attachment_file(request, pk):
    """A file sent with a request, from private storage to a caseworker of its station; always downloaded."""
    return attachment_response(selectors.attachment_get(actor=request.user, pk=pk, request=request))


def attachment_response(attachment) -> FileResponse:
    try:
        handle = attachment.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    extension = attachment.file.name.rsplit(".", 1)[-1]
    response = FileResponse(
        handle,
        content_type="application/octet-stream",
        as_attachment=True,
        filename=f"request-{attachment.request_id}-{attachment.pk}.{extension}",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@casework_required
def canned_replies(request):
    """The station's canned replies, by language, and a form to add one."""
    form = CannedReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_or_show_errors(form, lambda: services.canned_reply_create(actor=request.user, **data)):
            messages.success(request, _("The canned reply was added."))
            return redirect(reverse("casework:requests:canned"))
    replies = list(selectors.canned_replies_of_station(actor=request.user))
    for reply in replies:
        reply.language_name = language_name(reply.language)
    status = 400 if request.method == "POST" else 200
    return render(request, "casework/requests/canned.html", {"form": form, "replies": replies}, status=status)
