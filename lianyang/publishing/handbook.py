"""The living-tips handbook: sections of entries residents read and search in their language. Each entry records
when its facts were last checked; one not checked for twelve months is flagged for review (numbers, offices and
rules change)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from lianyang.accounts.access import officer_of
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from .models import REVIEW_EVERY_DAYS, HandbookEntry, HandbookSection
from .translation import source_set, text_checked


def _key(given: str, title: str) -> str:
    return slugify(given or title)[:40] or "section"


@transaction.atomic
def section_create(*, actor, station, language: str, title: str, key: str = "", request=None) -> HandbookSection:
    """A new section at the end of the station's handbook."""
    officer_of(actor, station.pk)
    title, _body = text_checked(title, "", language, has_body=False)
    last = HandbookSection.objects.filter(station=station).aggregate(last=Max("position"))["last"] or 0
    try:
        with transaction.atomic():
            section = HandbookSection.objects.create(
                station=station, key=_key(key, title), position=last + 1, source_language=language, created_by=actor
            )
    except IntegrityError:
        raise ValidationError({"key": _("The handbook already has a section with this key.")}) from None
    source_set(section, actor=actor, language=language, title=title)
    audit_record(actor=actor, action=AuditEvent.Action.CREATE, obj=section, station_id=station.pk, request=request)
    return section


@transaction.atomic
def entry_create(
    *,
    actor,
    section: HandbookSection,
    language: str,
    title: str,
    body: str,
    key: str = "",
    basis: str = "",
    checked_on: datetime.date | None = None,
    request=None,
) -> HandbookEntry:
    """A new entry at the end of a section; its facts count as checked today unless told otherwise."""
    officer_of(actor, section.station_id)
    title, body = text_checked(title, body, language)
    today = timezone.localdate()
    checked_on = checked_on or today
    if checked_on > today:
        raise ValidationError({"checked_on": _("The facts cannot have been checked in the future.")})
    last = section.entries.aggregate(last=Max("position"))["last"] or 0
    try:
        with transaction.atomic():
            entry = HandbookEntry.objects.create(
                section=section,
                key=slugify(key or title)[:60] or "entry",
                position=last + 1,
                basis=(basis or "").strip()[:200],
                last_reviewed_on=checked_on,
                source_language=language,
                created_by=actor,
            )
    except IntegrityError:
        raise ValidationError({"key": _("This section already has an entry with this key.")}) from None
    source_set(entry, actor=actor, language=language, title=title, body=body)
    audit_record(
        actor=actor, action=AuditEvent.Action.CREATE, obj=entry, station_id=section.station_id, request=request
    )
    return entry


@transaction.atomic
def entry_facts_checked(*, actor, entry: HandbookEntry, request=None) -> HandbookEntry:
    """An officer has checked the entry's facts against their source today."""
    officer_of(actor, entry.section.station_id)
    entry.last_reviewed_on = timezone.localdate()
    entry.save(update_fields=["last_reviewed_on", "updated_at"])
    audit_record(
        actor=actor,
        action=AuditEvent.Action.UPDATE,
        obj=entry,
        station_id=entry.section.station_id,
        fields=["last_reviewed_on"],
        request=request,
    )
    return entry


def is_due_for_review(entry: HandbookEntry, today: datetime.date | None = None) -> bool:
    """Not checked for twelve months."""
    today = today or timezone.localdate()
    return (today - entry.last_reviewed_on).days >= REVIEW_EVERY_DAYS
