"""Monthly activities with fair sign-up, waitlist and check-in; expats paired with local hosts."""

from .activities import SEAT_HOLDING, Activity, ActivitySeries, CalendarFeed, Enrolment, Theme, TranslationStatus

__all__ = ["SEAT_HOLDING", "Activity", "ActivitySeries", "CalendarFeed", "Enrolment", "Theme", "TranslationStatus"]
