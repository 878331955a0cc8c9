"""The officers' writes of activities: create and change one, translate it, and plan a recurring series.

An activity is written in one language (its source) and translated into the others; each translation is a draft
until another officer reviews it (the four-eyes rule the station keeps for everything it publishes). Only the
officers and the head of the activity's station write its activities.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.core.models import Weekday

from ..models import Activity, ActivitySeries, Theme, TranslationStatus
from ..models.activities import LONGEST_TITLE
from .services import _offer_next, officer_of, seats_taken

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The fields an officer may set on an activity (an allow-list: nothing else is written from a form).
ACTIVITY_FIELDS = (
    "theme",
    "venue",
    "starts_at",
    "ends_at",
    "capacity",
    "signup_opens_at",
    "signup_closes_at",
    "languages",
    "photo_note",
    "seats_per_signup",
    "offer_hours",
)


def _fields_checked(fields: dict) -> dict:
    if fields.get("theme") not in Theme.values:
        raise ValidationError({"theme": _("Please choose a theme.")})
    if not (fields.get("venue") or "").strip():
        raise ValidationError({"venue": _("Please say where the activity takes place.")})
    if fields["ends_at"] <= fields["starts_at"]:
        raise ValidationError({"ends_at": _("The activity must end after it starts.")})
    if fields["signup_closes_at"] <= fields["signup_opens_at"]:
        raise ValidationError({"signup_closes_at": _("Sign-up must close after it opens.")})
    if fields["signup_closes_at"] > fields["starts_at"]:
        raise ValidationError({"signup_closes_at": _("Sign-up must close before the activity starts.")})
    if (fields.get("capacity") or 0) < 1:
        raise ValidationError({"capacity": _("An activity needs at least one seat.")})
    if (fields.get("seats_per_signup") or 0) < 1:
        raise ValidationError({"seats_per_signup": _("One sign-up must be able to take at least one seat.")})
    if (fields.get("offer_hours") or 0) < 1:
        raise ValidationError({"offer_hours": _("A freed seat must be offered for at least one hour.")})
    unknown = [code for code in fields.get("languages") or [] if code not in LANGUAGE_CODES]
    if unknown:
        raise ValidationError({"languages": _("Please choose languages from the list.")})
    fields["venue"] = fields["venue"].strip()
    return fields


def _text_checked(title: str, language: str) -> str:
    if language not in LANGUAGE_CODES:
        raise ValidationError({"language": _("Please choose a language from the list.")})
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": _("Please give the activity a title.")})
    if len(title) > LONGEST_TITLE:
        raise ValidationError({"title": _("Please keep the title to %(limit)d characters.") % {"limit": LONGEST_TITLE}})
    return title


def _audit(actor, activity: Activity, action: str, fields: list[str], request=None) -> None:
    audit_record(
        actor=actor, action=action, obj=activity, station_id=activity.station_id, fields=fields, request=request
    )


@transaction.atomic
def activity_create(
    *, actor, station, language: str, title: str, description: str = "", series=None, request=None, **fields
) -> Activity:
    """A new activity of the actor's station, written in `language` (its source, a draft until reviewed)."""
    officer_of(actor, station.pk)
    title = _text_checked(title, language)
    fields = _fields_checked(
        {name: fields.get(name, Activity._meta.get_field(name).get_default()) for name in ACTIVITY_FIELDS}
    )
    activity = Activity(station=station, series=series, source_language=language, created_by=actor, **fields)
    activity.set_current_language(language)
    activity.title, activity.description = title, (description or "").strip()
    activity.status, activity.translator = TranslationStatus.DRAFT, actor
    activity.save()
    _audit(actor, activity, AuditEvent.Action.CREATE, ["title", *ACTIVITY_FIELDS], request)
    return activity


@transaction.atomic
def activity_update(*, actor, activity: Activity, request=None, **fields) -> Activity:
    """Change an activity's practical details; more seats are offered to the waiting list at once. Fewer seats
    than people already holding one are refused: nobody loses a confirmed seat by an edit."""
    officer_of(actor, activity.station_id)
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    fields = _fields_checked({name: fields.get(name, getattr(activity, name)) for name in ACTIVITY_FIELDS})
    if fields["capacity"] < seats_taken(activity):
        raise ValidationError({"capacity": _("More people already hold a seat than this. Cancel seats first.")})
    changed = [name for name in ACTIVITY_FIELDS if getattr(activity, name) != fields[name]]
    for name in changed:
        setattr(activity, name, fields[name])
    activity.save()
    _offer_next(activity, timezone.now())
    _audit(actor, activity, AuditEvent.Action.UPDATE, changed, request)
    return activity


@transaction.atomic
def activity_translate(
    *, actor, activity: Activity, language: str, title: str, description: str = "", reviewed: bool = False, request=None
) -> Activity:
    """Write or correct the activity's text in `language`; marking it reviewed needs an officer other than its
    translator (four eyes), and any change to a reviewed text makes it a draft again unless reviewed anew."""
    officer_of(actor, activity.station_id)
    title = _text_checked(title, language)
    description = (description or "").strip()
    row = activity.translations.filter(language_code=language).first()
    row = row or activity.translations.model(master=activity, language_code=language)
    changed = row.pk is None or row.title != title or row.description != description
    if changed:
        row.title, row.description, row.translator = title, description, actor
    if reviewed:
        if row.translator_id == actor.pk:
            raise ValidationError(_("Another officer must review a translation you wrote."), code="own_review")
        row.status, row.reviewer = TranslationStatus.REVIEWED, actor
    elif changed:
        row.status, row.reviewer = TranslationStatus.DRAFT, None
    row.save()
    _audit(actor, activity, AuditEvent.Action.UPDATE, [f"translation:{language}:{row.status}"], request)
    return activity


def _local(day: datetime.date, at: datetime.time) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, at))


@transaction.atomic
def series_create(
    *,
    actor,
    station,
    ordinal: int,
    weekday: int,
    start_time: datetime.time,
    duration_minutes: int,
    first_day: datetime.date,
    last_day: datetime.date,
    language: str,
    title: str,
    description: str = "",
    signup_days_before: int = 14,
    request=None,
    **fields,
) -> ActivitySeries:
    """A recurring activity ("every second Saturday of the month"): one activity per day the rule names between
    `first_day` and `last_day` (at most two years), each open for sign-up `signup_days_before` days before it
    and closing when it starts."""
    officer_of(actor, station.pk)
    if ordinal not in ActivitySeries.Ordinal.values or weekday not in Weekday.values:
        raise ValidationError(_("Please choose which day of the month."), code="rule")
    if last_day < first_day or (last_day - first_day).days > 731:
        raise ValidationError({"last_day": _("A series must end after it starts, within two years.")})
    if not duration_minutes or duration_minutes < 1 or duration_minutes > 24 * 60:
        raise ValidationError({"duration_minutes": _("Please give a duration between one minute and one day.")})
    series = ActivitySeries.objects.create(
        station=station,
        ordinal=ordinal,
        weekday=weekday,
        start_time=start_time,
        duration_minutes=duration_minutes,
        first_day=first_day,
        last_day=last_day,
    )
    now = timezone.now()
    days = [day for day in series.days() if _local(day, start_time) > now]
    if not days:
        raise ValidationError(_("The rule names no day ahead between these dates."), code="no_days")
    for day in days:
        starts_at = _local(day, start_time)
        activity_create(
            actor=actor,
            station=station,
            language=language,
            title=title,
            description=description,
            series=series,
            request=request,
            **{
                **fields,
                "starts_at": starts_at,
                "ends_at": starts_at + datetime.timedelta(minutes=duration_minutes),
                "signup_opens_at": starts_at - datetime.timedelta(days=signup_days_before),
                "signup_closes_at": starts_at,
            },
        )
    return series
