"""A resident's requests on the portal: ask in their own language (from a phone, with photos if they like), read the
station's replies (never its internal notes), write back, reopen within 14 days and rate the answer.

Thin pages over `casework.requests`: every rule, and the refusal of anyone but the resident who asked, is there.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lianyang.casework.categories import Category
from lianyang.casework.models import LONGEST_SUBJECT, ServiceRequest
from lianyang.casework.requests import selectors, services
from lianyang.casework.requests.forms import AskForm, PortalMessageForm, RatingForm
from lianyang.casework.requests.views import attachment_response
from lianyang.core.pages import page_number, page_window, run_and_tell, save_or_show_errors
from lianyang.people.selectors import account_resident

LOGIN = "portal:login"


@login_required(login_url=LOGIN)
@require_GET
def my_requests(request):
    page = page_number(request)
    rows, has_next = page_window(selectors.my_requests(actor=request.user), page, size=20)
    return render(
        request,
        "portal/requests/list.html",
        {"rows": rows, "page": page, "has_next": has_next, "query": "", "has_record": account_resident(request.user)},
    )


def _ask_initial(request) -> dict:
    """What another page fills in for the resident (the waste guide: ?category=waste&subject=…): a category only
    from the list, a subject cut to its length."""
    initial = {}
    if request.GET.get("category") in Category.values:
        initial["category"] = request.GET["category"]
    subject = request.GET.get("subject", "").strip()
    if subject:
        initial["subject"] = subject[:LONGEST_SUBJECT]
    return initial


@login_required(login_url=LOGIN)
def ask(request):
    """Ask the station a question in the language of the page; it goes to an officer who speaks it."""
    if account_resident(request.user) is None:
        return render(request, "portal/requests/ask.html", {"form": None})
    form = AskForm(request.POST or None, request.FILES or None, initial=_ask_initial(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        created = save_or_show_errors(
            form,
            lambda: services.request_submit(
                actor=request.user,
                category=data["category"],
                subject=data["subject"],
                text=data["text"],
                language=translation.get_language(),
                attachments=data["attachments"],
                request=request,
            ),
        )
        if created:
            messages.success(request, _("Thank you. Your question was sent to the station."))
            return redirect("requests:detail", pk=created.pk)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "error_forms": [form] if form.errors else []}
    return render(request, "portal/requests/ask.html", context, status=status)


def _detail(request, service_request, *, reply_form=None, rating_form=None, status=200):
    closed = service_request.status == ServiceRequest.Status.CLOSED
    reply_form, rating_form = reply_form or PortalMessageForm(), rating_form or RatingForm()
    context = {
        "item": service_request,
        "thread": selectors.thread_of(actor=request.user, service_request=service_request),
        "attachments": selectors.request_attachments(service_request=service_request),
        "reply_form": reply_form,
        "rating_form": rating_form,
        "error_forms": [form for form in (reply_form, rating_form) if form.errors],
        "can_rate": closed and service_request.rating is None,
        "can_reopen": closed and service_request.closed_at >= timezone.now() - services.REOPEN_WITHIN,
    }
    return render(request, "portal/requests/detail.html", context, status=status)


@login_required(login_url=LOGIN)
@require_GET
def request_detail(request, pk):
    return _detail(request, selectors.request_get(actor=request.user, pk=pk, own=True, request=request))


def _write(request, pk, *, form, write, done: str, form_name: str):
    """A form on the request's page: on success back to the page with `done`, else the page with the form's
    errors (HTTP 400)."""
    service_request = selectors.request_get(actor=request.user, pk=pk, own=True, request=request)
    if form.is_valid() and save_or_show_errors(
        form, lambda: write(actor=request.user, service_request=service_request, request=request, **form.cleaned_data)
    ):
        messages.success(request, done)
        return redirect("requests:detail", pk=service_request.pk)
    return _detail(request, service_request, **{form_name: form}, status=400)


@login_required(login_url=LOGIN)
@require_POST
def request_reply(request, pk):
    """The resident writes back; a request that waited for them goes on."""
    return _write(
        request,
        pk,
        form=PortalMessageForm(request.POST, request.FILES),
        write=services.request_resident_reply,
        done=_("Your message was sent to the station."),
        form_name="reply_form",
    )


@login_required(login_url=LOGIN)
@require_POST
def request_rate(request, pk):
    return _write(
        request,
        pk,
        form=RatingForm(request.POST),
        write=services.request_rate,
        done=_("Thank you for your rating."),
        form_name="rating_form",
    )


@login_required(login_url=LOGIN)
@require_POST
def request_reopen(request, pk):
    service_request = selectors.request_get(actor=request.user, pk=pk, own=True, request=request)
    run_and_tell(
        request,
        lambda: services.request_reopen(actor=request.user, service_request=service_request, request=request),
        _("Your request is open again."),
    )
    return redirect("requests:detail", pk=service_request.pk)


@login_required(login_url=LOGIN)
@require_GET
def attachment_file(request, pk):
    return attachment_response(selectors.attachment_get(actor=request.user, pk=pk, own=True, request=request))
