"""Each compound's drop-off windows: the times of day its waste point is open, set by the station's staff.

Shanghai Municipal Domestic Waste Management Regulations (in force 1 July 2019): residents put their sorted waste
out at the compound's drop-off point during the hours the property management sets, a few hours around the
morning and evening peaks (one compound: 06:30–08:30 and 17:30–20:30). The station keeps each compound's hours so
the guide and the posters can tell residents; a compound with none set is said to be "not set yet", never given
invented times.
"""

import datetime
from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lianyang.accounts.access import officer_of
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.civic.models import DropOffWindow
from lianyang.community.models import Compound

__all__ = ["MOST_WINDOWS", "station_windows", "windows_of", "windows_said", "windows_set"]

# Two or three windows a day are usual; four leaves room for a weekend hour without turning into a timetable.
MOST_WINDOWS = 4


def _checked(windows) -> list[tuple[datetime.time, datetime.time]]:
    """The windows in the order of the day, or the refusal that says what is wrong with them."""
    windows = list(windows)
    if len(windows) > MOST_WINDOWS:
        raise ValidationError(
            ngettext(
                "A compound has at most %(most)d drop-off window.",
                "A compound has at most %(most)d drop-off windows.",
                MOST_WINDOWS,
            )
            % {"most": MOST_WINDOWS},
            code="too_many",
        )
    for opens, closes in windows:
        if not isinstance(opens, datetime.time) or not isinstance(closes, datetime.time):
            raise ValidationError(_("Please give each window's opening and closing time."), code="time")
        if closes <= opens:
            raise ValidationError(
                _("A window closes after it opens: %(opens)s–%(closes)s is not a window.")
                % {"opens": f"{opens:%H:%M}", "closes": f"{closes:%H:%M}"},
                code="order",
            )
    ordered = sorted((opens.replace(second=0, microsecond=0), closes.replace(second=0, microsecond=0))
                     for opens, closes in windows)  # fmt: skip
    for (first_opens, first_closes), (next_opens, next_closes) in zip(ordered, ordered[1:], strict=False):
        if next_opens < first_closes:
            raise ValidationError(
                _("The windows %(first)s and %(second)s overlap; please make them one window or separate them.")
                % {
                    "first": f"{first_opens:%H:%M}–{first_closes:%H:%M}",
                    "second": f"{next_opens:%H:%M}–{next_closes:%H:%M}",
                },
                code="overlap",
            )
    return ordered


def windows_set(*, actor, compound: Compound, windows, request=None) -> list[DropOffWindow]:
    """Replace the compound's drop-off windows with `windows` ((opens, closes) pairs; none clears them, and the
    compound's hours are then "not set yet").

    The station's head or officers set them for the compounds of their own station; at most four windows, each
    closing after it opens, none overlapping another. Two staff saving at once are served one after the other
    (the compound's row is locked), so the windows are always one person's whole list. Audited as a change of the
    compound's windows."""
    station_id = Compound.objects.filter(pk=compound.pk).values_list("area__station_id", flat=True).first()
    officer_of(actor, station_id)
    ordered = _checked(windows)
    with transaction.atomic():
        Compound.objects.select_for_update().filter(pk=compound.pk).first()
        DropOffWindow.objects.filter(compound=compound).delete()
        saved = DropOffWindow.objects.bulk_create(
            DropOffWindow(compound=compound, opens=opens, closes=closes) for opens, closes in ordered
        )
        audit_record(
            actor=actor,
            action=AuditEvent.Action.UPDATE,
            object_type="civic.dropoffwindow",
            object_id=compound.pk,
            station_id=station_id,
            fields=["windows"],
            request=request,
        )
    return saved


def windows_of(compound: Compound | int) -> list[DropOffWindow]:
    """The compound's windows in the order of the day (none: not set yet). Compounds' hours are public."""
    compound_id = compound if isinstance(compound, int) else compound.pk
    return list(DropOffWindow.objects.filter(compound_id=compound_id).order_by("opens"))


def station_windows(station_id: int) -> dict[int, list[DropOffWindow]]:
    """Every compound's windows of the station, by compound id, in one query (a compound without: absent)."""
    found = defaultdict(list)
    rows = DropOffWindow.objects.filter(compound__area__station_id=station_id).order_by("compound_id", "opens")
    for window in rows:
        found[window.compound_id].append(window)
    return dict(found)


def windows_said(windows) -> list[str]:
    """The windows as a resident reads them: "06:30–08:30" (24-hour clock, as on Shanghai's signs)."""
    return [f"{window.opens:%H:%M}–{window.closes:%H:%M}" for window in windows]
