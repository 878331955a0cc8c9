"""The notice board's staff pages: the station's notices, writing one, its page (languages and their state,
publish or withdraw), and changing where and when it is shown."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lianyang.accounts.access import casework_required
from lianyang.core.pages import run_and_tell, save_or_show_errors

from .. import notices, selectors
from ..forms import NoticeForm
from ..reading import reading_of
from ..translation import languages_not_ready
from ..wechat.forms import WeChatSendForm
from .pieces import translation_table


def _title(piece, language):
    reading = reading_of(piece, language)
    return reading.title if reading else str(piece)


@casework_required
@require_GET
def notice_list(request):
    state = request.GET.get("state", "")
    language = translation.get_language()
    rows = [
        {"notice": notice, "title": _title(notice, language), "states": selectors.piece_states(notice)}
        for notice in selectors.station_notices(station_id=request.staff.station_id, state=state)[:200]
    ]
    return render(request, "publishing/notice_list.html", {"rows": rows, "state": state})


@casework_required
def notice_create(request):
    station = request.staff.station
    now = timezone.localtime().replace(second=0, microsecond=0)
    form = NoticeForm(
        request.POST or None, station=station, initial={"language": translation.get_language(), "shown_from": now}
    )
    if request.method == "POST" and form.is_valid():
        notice = save_or_show_errors(
            form,
            lambda: notices.notice_create(actor=request.user, station=station, request=request, **form.cleaned_data),
        )
        if notice:
            messages.success(request, _("The notice is saved as a draft. Ask a colleague to review it."))
            return redirect("publishing:notice", pk=notice.pk)
    status = 400 if form.errors else 200
    return render(request, "publishing/notice_form.html", {"form": form}, status=status)


@casework_required
def notice_edit(request, pk):
    notice = selectors.station_piece(station_id=request.staff.station_id, kind="notice", pk=pk)
    initial = {name: getattr(notice, name) for name in notices.NOTICE_FIELDS}
    form = NoticeForm(request.POST or None, station=request.staff.station, editing=True, initial=initial)
    if (
        request.method == "POST"
        and form.is_valid()
        and save_or_show_errors(
            form,
            lambda: notices.notice_update(actor=request.user, notice=notice, request=request, **form.cleaned_data),
        )
    ):
        messages.success(request, _("The notice is saved."))
        return redirect("publishing:notice", pk=notice.pk)
    status = 400 if form.errors else 200
    return render(request, "publishing/notice_form.html", {"form": form, "notice": notice}, status=status)


@casework_required
@require_GET
def notice_detail(request, pk):
    notice = selectors.station_piece(station_id=request.staff.station_id, kind="notice", pk=pk)
    context = {
        "notice": notice,
        "title": _title(notice, translation.get_language()),
        "translations": translation_table(notice, "notice"),
        "missing_required": languages_not_ready(notice, notice.required_languages),
        "wechat_form": WeChatSendForm(),
    }
    return render(request, "publishing/notice_detail.html", context)


@casework_required
@require_POST
def notice_publish(request, pk):
    notice = selectors.station_piece(station_id=request.staff.station_id, kind="notice", pk=pk)
    if request.POST.get("withdraw"):
        run_and_tell(
            request,
            lambda: notices.notice_withdraw(actor=request.user, notice=notice, request=request),
            _("The notice is off the board."),
        )
    else:
        run_and_tell(
            request,
            lambda: notices.notice_publish(actor=request.user, notice=notice, request=request),
            _("The notice is on the board."),
        )
    return redirect("publishing:notice", pk=notice.pk)
