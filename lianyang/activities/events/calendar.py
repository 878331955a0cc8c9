"""Calendar files: one event per sign-up (an ICS download) and a resident's private feed of all their seats."""

from django.utils import timezone
from icalendar import Calendar, Event

from ..models import Enrolment
from .texts import title_in

PRODUCT = "-//Lianyang station//Activities//EN"


def _event(enrolment: Enrolment, language: str) -> Event:
    activity = enrolment.activity
    event = Event()
    event.add("uid", f"enrolment-{enrolment.pk}@lianyang")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", activity.starts_at)
    event.add("dtend", activity.ends_at)
    event.add("summary", title_in(activity, language)[0])
    event.add("location", activity.venue)
    event.add("description", enrolment.check_in_code)
    event.add("status", "CONFIRMED" if enrolment.status != Enrolment.Status.OFFERED else "TENTATIVE")
    return event


def calendar_bytes(enrolments, language: str, *, name: str = "") -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    if name:
        calendar.add("x-wr-calname", name)
    for enrolment in enrolments:
        calendar.add_component(_event(enrolment, language))
    return calendar.to_ical()
