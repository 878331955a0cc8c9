"""The staff start page: a work list for caseworkers, a short note for roles without casework.

Every figure links to the list it counts; the registration duties the worker opened (registration/duties.py) are
listed with what to do about each; residents whose permits have all expired are listed with the reminders they
were sent before (registration/reminders.py).
"""

from django.shortcuts import render
from django.utils import timezone
from django_countries import countries

from lianyang.accounts.access import staff_required
from lianyang.accounts.models import Role
from lianyang.casework.requests import selectors as service_requests
from lianyang.core.pages import link_for, moment
from lianyang.people import selectors as people
from lianyang.registration import selectors as registrations
from lianyang.registration.models import RegistrationNeeded
from lianyang.registration.views.countdown import deadline_countdown

from .selectors import reminders_sent, station_figures

# The start page shows the first rows of each list and links to the rest.
LIST_LENGTH = 20


def _duty_rows(rows: list[dict]) -> list[dict]:
    now, reasons = timezone.now(), dict(RegistrationNeeded.Reason.choices)
    record = link_for("people:resident_detail")
    return [
        {
            "resident": f"{row['resident__surname']} {row['resident__given_names']}".strip(),
            "record": record(row["resident_id"]),
            "resident_id": row["resident_id"],
            "reason": reasons.get(row["reason"], row["reason"]),
            "since": moment(row["since"]),
            "deadline": moment(row["deadline_at"]),
            "countdown": deadline_countdown(row["deadline_at"], now),
        }
        for row in rows
    ]


def _expired_rows(rows: list[dict]) -> list[dict]:
    record, sent = link_for("people:resident_detail"), reminders_sent(resident_ids=[row["pk"] for row in rows])
    return [
        {
            "resident": f"{row['surname']} {row['given_names']}".strip(),
            "record": record(row["pk"]),
            "nationality": countries.name(row["nationality"]),
            "until": row["permit_until"].isoformat(),
            "reminders": sent.get(row["pk"], {}).get("count", 0),
            "last_reminder": sent[row["pk"]]["last"] if row["pk"] in sent else None,
        }
        for row in rows
    ]


def _request_lists(user) -> dict:
    """The officer's own open requests and the station's requests near a breach, nearest resolution first."""
    lists = service_requests.start_page_requests(actor=user, limit=LIST_LENGTH)
    now, link = timezone.now(), link_for("casework:requests:detail")
    for rows in lists.values():
        for row in rows:
            row.flag, row.link, row.due = service_requests.flag(row, now), link(row.pk), moment(row.resolution_due)
    return {
        "my_requests": lists["mine"][:LIST_LENGTH],
        "more_my_requests": len(lists["mine"]) > LIST_LENGTH,
        "near_breach": lists["near_breach"][:LIST_LENGTH],
        "more_near_breach": len(lists["near_breach"]) > LIST_LENGTH,
    }


def _liaison_home(request):
    """The police liaison's work: the batches still waiting for a receipt, the oldest first."""
    rows = list(registrations.batches_awaiting_receipt(actor=request.user)[: LIST_LENGTH + 1])
    link = link_for("registration:batch_detail")
    batches = [
        {
            "link": link(row["pk"]),
            "reference": row["reference"],
            "filed": moment(row["filed_at"]),
            "waiting": row["waiting"],
            "registrations": row["registration_count"],
        }
        for row in rows[:LIST_LENGTH]
    ]
    return render(request, "reports/home.html", {"batches": batches, "more_batches": len(rows) > LIST_LENGTH})


@staff_required()
def home(request):
    """The start page: the station's work and figures for its caseworkers, the batches waiting for a receipt for
    the police liaison; no personal data for other roles."""
    if request.staff.role == Role.POLICE_LIAISON:
        return _liaison_home(request)
    if not request.staff.does_casework:
        return render(request, "reports/home.html", {})
    station_id = request.staff.station_id
    figures = station_figures(station_id=station_id)
    nationalities = figures.pop("top_nationalities")
    for row in nationalities:
        row["name"] = countries.name(row["nationality"])
    duties = list(registrations.open_duties(actor=request.user)[: LIST_LENGTH + 1])
    expired = list(people.residents_with_expired_permit(actor=request.user)[: LIST_LENGTH + 1])
    # Residents whose every visa and permit has ended, counted by the list's own query.
    figures["expired"] = expired[0]["total"] if expired else 0
    context = {
        "figures": figures,
        "queue": registrations.queue_figures(actor=request.user),
        "nationalities": nationalities,
        "duties": _duty_rows(duties[:LIST_LENGTH]),
        "more_duties": len(duties) > LIST_LENGTH,
        "duty_count": registrations.open_duties(actor=request.user).count(),
        "expired": _expired_rows(expired[:LIST_LENGTH]),
        "more_expired": len(expired) > LIST_LENGTH,
        **_request_lists(request.user),
    }
    return render(request, "reports/home.html", context)
