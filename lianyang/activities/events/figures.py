"""The head's figures on activities over the last twelve months: attendance, no-shows and the waiting list month by
month, and the ratings by theme, by nationality and over time, as server-drawn charts with their tables.

Counts only, never a person: the figures are the station's, drawn from its own activities (PIPL art. 6, no more
than the purpose needs)."""

import datetime

from django.db.models import Avg, Count, Q
from django.db.models.functions import TruncMonth
from django.shortcuts import render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django_countries import countries

from lianyang.accounts.access import head_required
from lianyang.core.charts import bar_chart

from ..models import Enrolment, Theme

Status = Enrolment.Status
MONTHS = 12
MOST_NATIONALITIES = 12


def _month_label(month: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(month), "YEAR_MONTH_FORMAT")


def station_figures(*, station_id: int, now: datetime.datetime | None = None) -> dict:
    """The figures of station `station_id` for the activities that started in the last twelve months."""
    now = now or timezone.now()
    enrolments = Enrolment.objects.filter(
        activity__station_id=station_id,
        activity__starts_at__gte=now - datetime.timedelta(days=MONTHS * 31),
        activity__starts_at__lte=now,
    )
    by_month = list(
        enrolments.annotate(month=TruncMonth("activity__starts_at"))
        .values("month")
        .annotate(
            attended=Count("id", filter=Q(status=Status.ATTENDED)),
            no_shows=Count("id", filter=Q(status=Status.NO_SHOW)),
            waited=Count("id", filter=Q(queued_at__isnull=False)),
            rating=Avg("rating"),
        )
        .order_by("month")
    )
    rated = enrolments.filter(rating__isnull=False)
    by_theme = list(
        rated.values("activity__theme").annotate(rating=Avg("rating"), count=Count("id")).order_by("-count")
    )
    by_nationality = list(
        rated.values("resident__nationality")
        .annotate(rating=Avg("rating"), count=Count("id"))
        .order_by("-count")[:MOST_NATIONALITIES]
    )
    return {"by_month": by_month, "by_theme": by_theme, "by_nationality": by_nationality}


@head_required
@require_GET
def figures_page(request):
    figures = station_figures(station_id=request.staff.station_id)
    months = [{**row, "label": _month_label(row["month"])} for row in figures["by_month"]]
    themes = [
        {**row, "label": Theme(row["activity__theme"]).label, "rating": round(row["rating"], 1)}
        for row in figures["by_theme"]
    ]
    nationalities = [
        {
            **row,
            "label": countries.name(row["resident__nationality"]) or row["resident__nationality"],
            "rating": round(row["rating"], 1),
        }
        for row in figures["by_nationality"]
    ]
    charts = [
        (_("Attended"), bar_chart([(m["label"], m["attended"]) for m in months], title=_("Attended by month"))),
        (_("No-shows"), bar_chart([(m["label"], m["no_shows"]) for m in months], title=_("No-shows by month"))),
        (
            _("Waiting list"),
            bar_chart([(m["label"], m["waited"]) for m in months], title=_("People on a waiting list by month")),
        ),
        (
            _("Rating by month"),
            bar_chart(
                [(m["label"], round(m["rating"], 1)) for m in months if m["rating"]], title=_("Average rating by month")
            ),
        ),
        (
            _("Rating by theme"),
            bar_chart([(t["label"], t["rating"]) for t in themes], title=_("Average rating by theme")),
        ),
        (
            _("Rating by nationality"),
            bar_chart([(n["label"], n["rating"]) for n in nationalities], title=_("Average rating by nationality")),
        ),
    ]
    context = {"charts": charts, "months": months, "themes": themes, "nationalities": nationalities}
    return render(request, "activities/figures.html", context)
