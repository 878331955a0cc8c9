"""The head's settings of service levels: targets per category, the station's week, its calendar days.

Only the station's head sets them (DESIGN.md, Who uses it: the head keeps the station's settings); each change is
in the audit log with the fields it touched. Bad input is refused whole with a translated message, and nothing
is written.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from lianyang.accounts.access import staff_profile
from lianyang.accounts.models import Role
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from ..categories import Category
from ..models import CalendarDay, OpeningHours, ServiceLevel, Weekday
from .selectors import service_levels_for

Span = tuple[datetime.time, datetime.time]


def _require_head(actor, station_id: int) -> None:
    profile = staff_profile(actor)
    if profile is None or profile.role != Role.HEAD or profile.station_id != station_id:
        raise PermissionDenied


def _audit(actor, action: str, day: CalendarDay, request) -> None:
    audit_record(
        actor=actor, action=action, obj=day, station_id=day.station_id, fields=["date", "kind", "name"], request=request
    )


def _audit_settings(actor, object_type: str, station, fields: list[str], request) -> None:
    """A change of the station's settings, filed under the station (they have no row of their own)."""
    audit_record(
        actor=actor,
        action=AuditEvent.Action.UPDATE,
        object_type=object_type,
        object_id=station.pk,
        station_id=station.pk,
        fields=fields,
        request=request,
    )


def _check_targets(category: str, first_response: int, resolution: int, warn_percent: int) -> None:
    label = Category(category).label
    if first_response <= 0 or resolution <= 0:
        raise ValidationError(
            _("%(category)s: a target must be more than zero working hours.") % {"category": label}, code="target"
        )
    if resolution < first_response:
        raise ValidationError(
            _("%(category)s: the resolution target cannot be shorter than the first response target.")
            % {"category": label},
            code="order",
        )
    if not 1 <= warn_percent <= 99:
        raise ValidationError(
            _("%(category)s: the warning must come between 1 and 99 percent of the target.") % {"category": label},
            code="warn",
        )


@transaction.atomic
def service_levels_set(*, actor, station, levels: dict[str, tuple[int, int, int]], request=None) -> list[str]:
    """Set the targets (first response and resolution, in working minutes) and the warning threshold (percent)
    of each category given; the names of the categories changed. One bad category refuses them all."""
    _require_head(actor, station.pk)
    for category, (first_response, resolution, warn_percent) in levels.items():
        if category not in Category.values:
            raise ValidationError(_("This category does not exist."), code="category")
        _check_targets(category, first_response, resolution, warn_percent)
    current = service_levels_for(station=station)
    changed = []
    targets = dict(levels)
    for category, (first_response, resolution, warn_percent) in levels.items():
        level = current[category]
        if (level.first_response_minutes, level.resolution_minutes, level.warn_percent) == targets[category]:
            continue  # unchanged (a category left on the defaults stays on them)
        ServiceLevel.objects.update_or_create(
            station=station,
            category=category,
            defaults={
                "first_response_minutes": first_response,
                "resolution_minutes": resolution,
                "warn_percent": warn_percent,
            },
        )
        changed.append(category)
    if changed:
        _audit_settings(actor, "casework.servicelevel", station, changed, request)
    return changed


def _check_week(week: dict[int, list[Span]]) -> None:
    for weekday, spans in week.items():
        day = Weekday(weekday).label
        ordered = sorted(spans)
        for opens, closes in ordered:
            if closes <= opens:
                raise ValidationError(
                    _("%(day)s: %(opens)s–%(closes)s closes before it opens.")
                    % {"day": day, "opens": f"{opens:%H:%M}", "closes": f"{closes:%H:%M}"},
                    code="order",
                )
        for (_opens, closes), (next_opens, _closes) in zip(ordered, ordered[1:], strict=False):
            if next_opens < closes:
                raise ValidationError(_("%(day)s: two opening periods overlap.") % {"day": day}, code="overlap")
    if not any(week.values()):
        raise ValidationError(_("The station must be open at least once a week."), code="closed")


@transaction.atomic
def opening_hours_set(*, actor, station, week: dict[int, list[Span]], request=None) -> None:
    """Replace the station's week: for each weekday (Monday 0) its opening periods, none for a closed day.

    Periods may not overlap and each closes after it opens; a week with no opening at all is refused, since the
    service-level clock would never run.
    """
    _require_head(actor, station.pk)
    week = {weekday: list(week.get(weekday, [])) for weekday in Weekday.values}
    _check_week(week)
    OpeningHours.objects.filter(station=station).delete()
    OpeningHours.objects.bulk_create(
        OpeningHours(station=station, weekday=weekday, opens=opens, closes=closes)
        for weekday, spans in week.items()
        for opens, closes in sorted(spans)
    )
    open_days = [Weekday(weekday).name.lower() for weekday, spans in week.items() if spans]
    _audit_settings(actor, "casework.openinghours", station, open_days, request)


def calendar_day_add(*, actor, station, date: datetime.date, kind: str, name: str, request=None) -> CalendarDay:
    """Make `date` a holiday or a working day at the station, over the official calendar; one entry a date."""
    _require_head(actor, station.pk)
    name = (name or "").strip()
    if kind not in CalendarDay.Kind.values:
        raise ValidationError(_("Choose whether the station is closed or open that day."), code="kind")
    if not name:
        raise ValidationError(_("Give the day a name, such as the holiday's."), code="name")
    already = _("%(date)s already has an entry; remove it first to change it.") % {"date": f"{date:%Y-%m-%d}"}
    if CalendarDay.objects.filter(station=station, date=date).exists():
        raise ValidationError(already, code="duplicate")
    try:
        with transaction.atomic():
            day = CalendarDay.objects.create(station=station, date=date, kind=kind, name=name[:80])
            _audit(actor, AuditEvent.Action.CREATE, day, request)
    except IntegrityError as error:  # the same date added at the same moment by another request
        raise ValidationError(already, code="duplicate") from error
    return day


@transaction.atomic
def calendar_day_remove(*, actor, day: CalendarDay, request=None) -> None:
    """Remove the head's entry for a date: the official calendar and the station's week decide it again."""
    _require_head(actor, day.station_id)
    _audit(actor, AuditEvent.Action.DELETE, day, request)
    day.delete()
