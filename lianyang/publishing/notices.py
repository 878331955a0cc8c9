"""The notice board's writes and reads: a notice is written in one language for the whole station, one of its
residential areas or one of its compounds; it is published only when every language it needs has a reviewed
text, and shown to residents within its window, pinned notices first."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lianyang.accounts.access import officer_of
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.community.models import Compound, ResidentialArea
from lianyang.core.text import listed

from .models import Notice
from .reading import readable
from .translation import LANGUAGE_CODES, languages_not_ready, source_set, text_checked

# The fields an officer may set on a notice (an allow-list: nothing else is written from a form).
NOTICE_FIELDS = (
    "category",
    "area",
    "compound",
    "shown_from",
    "shown_until",
    "pinned",
    "required_languages",
    "poster_languages",
)

# The refusals of an audience or a language outside what the station offers: the form answers a choice that is not
# in its list with the same words, so the officer reads why whichever of the two catches it.
AREA_NOT_OURS = gettext_lazy("This residential area is not one of the station's.")
COMPOUND_NOT_OURS = gettext_lazy("This compound is not one of the station's.")
LANGUAGE_NOT_LISTED = gettext_lazy("Please choose languages from the list.")


def _languages_checked(codes, field: str) -> list[str]:
    codes = list(dict.fromkeys(codes or []))
    if not codes or any(code not in LANGUAGE_CODES for code in codes):
        raise ValidationError({field: LANGUAGE_NOT_LISTED})
    return codes


def _fields_checked(station, fields: dict) -> dict:
    """The notice's practical details as they will be stored, or a refusal naming the field."""
    if fields.get("category") not in Notice.Category.values:
        raise ValidationError({"category": _("Please choose a category.")})
    area, compound = fields.get("area"), fields.get("compound")
    if area is not None and compound is not None:
        raise ValidationError({"compound": _("Please choose either a residential area or a compound, not both.")})
    if area is not None and (not isinstance(area, ResidentialArea) or area.station_id != station.pk):
        raise ValidationError({"area": AREA_NOT_OURS})
    if compound is not None and (not isinstance(compound, Compound) or compound.area.station_id != station.pk):
        raise ValidationError({"compound": COMPOUND_NOT_OURS})
    if not isinstance(fields.get("shown_from"), datetime.datetime):
        raise ValidationError({"shown_from": _("Please say from when the notice is shown.")})
    until = fields.get("shown_until")
    if until is not None and until <= fields["shown_from"]:
        raise ValidationError({"shown_until": _("The notice must stop being shown after it starts.")})
    fields["pinned"] = bool(fields.get("pinned"))
    fields["required_languages"] = _languages_checked(fields.get("required_languages"), "required_languages")
    fields["poster_languages"] = _languages_checked(fields.get("poster_languages"), "poster_languages")
    return fields


def _audit(actor, notice: Notice, action: str, fields: list[str], request=None) -> None:
    audit_record(actor=actor, action=action, obj=notice, station_id=notice.station_id, fields=fields, request=request)


def _defaults() -> dict:
    return {name: Notice._meta.get_field(name).get_default() for name in NOTICE_FIELDS}


@transaction.atomic
def notice_create(*, actor, station, language: str, title: str, body: str, request=None, **fields) -> Notice:
    """A new notice of the actor's station, written in `language` (its source, a draft until reviewed)."""
    officer_of(actor, station.pk)
    title, body = text_checked(title, body, language)
    given = {name: value for name, value in fields.items() if name in NOTICE_FIELDS and value is not None}
    fields = _fields_checked(station, {**_defaults(), "shown_from": timezone.now(), **given})
    notice = Notice.objects.create(station=station, source_language=language, created_by=actor, **fields)
    source_set(notice, actor=actor, language=language, title=title, body=body)
    _audit(actor, notice, AuditEvent.Action.CREATE, ["title", "body", *NOTICE_FIELDS], request)
    return notice


@transaction.atomic
def notice_update(*, actor, notice: Notice, request=None, **fields) -> Notice:
    """Change a notice's practical details (audience, window, pinning, languages); its texts change through the
    translation workflow."""
    officer_of(actor, notice.station_id)
    notice = Notice.objects.select_for_update().select_related("station").get(pk=notice.pk)
    fields = _fields_checked(notice.station, {name: fields.get(name, getattr(notice, name)) for name in NOTICE_FIELDS})
    changed = [name for name in NOTICE_FIELDS if getattr(notice, name) != fields[name]]
    for name in changed:
        setattr(notice, name, fields[name])
    notice.save()
    _audit(actor, notice, AuditEvent.Action.UPDATE, changed, request)
    return notice


@transaction.atomic
def notice_publish(*, actor, notice: Notice, request=None) -> Notice:
    """Put the notice on the board, the feeds and the other channels. Refused while a language it needs has no
    reviewed text made from the current source: the refusal names those languages."""
    officer_of(actor, notice.station_id)
    notice = Notice.objects.select_for_update().get(pk=notice.pk)
    waiting = languages_not_ready(notice, notice.required_languages)
    if waiting:
        names = listed(language_name(code) for code in waiting)
        raise ValidationError(
            _("It cannot be published yet: no reviewed text in %(languages)s.") % {"languages": names},
            code="not_reviewed",
        )
    if notice.published_at is None:
        notice.published_at, notice.published_by = timezone.now(), actor
        notice.save(update_fields=["published_at", "published_by", "updated_at"])
        _audit(actor, notice, AuditEvent.Action.TRANSITION, ["published"], request)
    return notice


@transaction.atomic
def notice_withdraw(*, actor, notice: Notice, request=None) -> Notice:
    """Take a published notice off the board and out of the feeds (it stays on record for staff)."""
    officer_of(actor, notice.station_id)
    notice = Notice.objects.select_for_update().get(pk=notice.pk)
    if notice.published_at is not None:
        notice.published_at, notice.published_by = None, None
        notice.save(update_fields=["published_at", "published_by", "updated_at"])
        _audit(actor, notice, AuditEvent.Action.TRANSITION, ["withdrawn"], request)
    return notice


def language_name(code: str) -> str:
    """The language's name in the reader's interface language."""
    return str(dict(settings.LANGUAGES).get(code, code))


def board(*, station_id: int, area_id: int | None = None, compound_id: int | None = None, now=None, language: str = ""):
    """The notices a reader of this station (and area and compound, when known) sees now: published, within their
    window, for the whole station or for the reader's area or compound; pinned first, newest first. With the
    reader's `language`, only the translations they may be shown are read."""
    now = now or timezone.now()
    audience = Q(area__isnull=True, compound__isnull=True)
    if area_id:
        audience |= Q(area_id=area_id)
    if compound_id:
        audience |= Q(compound_id=compound_id)
    return (
        Notice.objects.filter(station_id=station_id, published_at__isnull=False, shown_from__lte=now)
        .filter(Q(shown_until__isnull=True) | Q(shown_until__gt=now))
        .filter(audience)
        .prefetch_related(readable(Notice, language) if language else "translations")
    )
