"""Activities made through the officers' own service, with times relative to now (the clock may be moved)."""

import datetime

from django.utils import timezone

from lianyang.activities.events.planning import activity_create
from lianyang.people.models import Consent
from lianyang.people.services import consent_set
from tests.factories import make_portal_account, make_resident, make_staff


def make_activity(station, *, officer=None, days_ahead: int = 7, capacity: int = 10, title="Cooking class", **fields):
    """An activity of `station` starting `days_ahead` days from now, sign-up open from yesterday until it starts."""
    starts_at = (timezone.now() + datetime.timedelta(days=days_ahead)).replace(second=0, microsecond=0)
    values = {
        "theme": "cooking",
        "venue": "Station kitchen, 2nd floor",
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=2),
        "capacity": capacity,
        "signup_opens_at": timezone.now() - datetime.timedelta(days=1),
        "signup_closes_at": starts_at - datetime.timedelta(hours=1),
        "languages": ["en", "zh-hans"],
        "seats_per_signup": 3,
        "offer_hours": 24,
    }
    values.update(fields)
    officer = officer or make_staff(station, "officer")
    return activity_create(actor=officer, station=station, language="en", title=title, **values)


def make_participant(
    station, index: int = 0, *, email: str | None = None, language: str = "en", consent=True, **fields
):
    """A resident of `station` with a portal account and (unless told otherwise) consent for activities."""
    resident = make_resident(station, index, preferred_language=language, **fields)
    user = make_portal_account(resident, email or f"resident{resident.pk}@example.com", language=language)
    if consent:
        consent_set(actor=None, resident=resident, purpose=Consent.Purpose.ACTIVITIES, given=True)
    return user
