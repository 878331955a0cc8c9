"""How long is left until a registration's deadline, in words, in the reader's language, computed on the server.

The deadline is arrival plus the station's window (law art. 39: 24 hours). An open registration past it is
overdue; the queue shows it in red.
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import ngettext

# Beyond this, whole days read better than hours and minutes.
DAYS_FROM = datetime.timedelta(hours=48)


@dataclass(frozen=True)
class Countdown:
    text: str
    overdue: bool


def _left(days: int, hours: int, minutes: int) -> str:
    if days:
        return ngettext("%(days)d day left", "%(days)d days left", days) % {"days": days}
    if hours:
        return ngettext("%(hours)d h %(minutes)d min left", "%(hours)d h %(minutes)d min left", hours) % {
            "hours": hours,
            "minutes": minutes,
        }
    return ngettext("%(minutes)d min left", "%(minutes)d min left", minutes) % {"minutes": minutes}


def _overdue(days: int, hours: int, minutes: int) -> str:
    if days:
        return ngettext("Overdue by %(days)d day", "Overdue by %(days)d days", days) % {"days": days}
    if hours:
        return ngettext("Overdue by %(hours)d h %(minutes)d min", "Overdue by %(hours)d h %(minutes)d min", hours) % {
            "hours": hours,
            "minutes": minutes,
        }
    return ngettext("Overdue by %(minutes)d min", "Overdue by %(minutes)d min", minutes) % {"minutes": minutes}


def deadline_countdown(deadline_at: datetime.datetime, now: datetime.datetime) -> Countdown:
    """'5 h 20 min left', '2 days left' or 'Overdue by 3 h 5 min' (whole minutes; overdue counts from 1 min)."""
    overdue = deadline_at <= now
    span = now - deadline_at if overdue else deadline_at - now
    minutes = int(span.total_seconds() // 60)
    if overdue:
        minutes = max(minutes, 1)
    days = minutes // (24 * 60) if span >= DAYS_FROM else 0
    hours, minutes = divmod(minutes, 60)
    words = _overdue if overdue else _left
    return Countdown(words(days, hours, minutes), overdue)
