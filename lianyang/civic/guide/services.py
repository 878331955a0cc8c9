"""The head's corrections to the waste guide: adding an item and changing its category, note, source or names.

The guide tells residents how to follow the Shanghai Municipal Domestic Waste Management Regulations (in force
1 July 2019), so only a station head changes it (DESIGN.md, Who uses it: the head keeps the station's settings),
each change in the audit log with the fields it touched. Bad input is refused whole with a translated message and
nothing is written; a saved change reaches every process's search through the guide's version.
"""

import re

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lianyang.accounts.access import staff_profile
from lianyang.accounts.models import Role
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.civic.models import WasteCategory, WasteItem

from .notes import HOW, SOURCES
from .search import guide_search_version_bump, normalise

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
LONGEST_NAME = 120
MOST_NAMES = 20
REQUIRED_LANGUAGES = ("en", "zh-hans")
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _require_head(actor) -> None:
    profile = staff_profile(actor)
    if profile is None or profile.role != Role.HEAD:
        raise PermissionDenied


def _clean_names(names: dict) -> dict[str, list[str]]:
    """Each language's names stripped, empty ones and repeats dropped, the first kept first; refused when a name
    is too long or a language unknown."""
    cleaned = {}
    for language, given in names.items():
        if language not in LANGUAGE_CODES:
            raise ValidationError(_("The guide has no language %(language)s.") % {"language": language}, code="lang")
        kept, seen = [], set()
        for name in given:
            name = " ".join(str(name).split())
            if len(name) > LONGEST_NAME:
                raise ValidationError(
                    {
                        "names": _("A name can have at most %(most)d characters; this one has %(count)d.")
                        % {"most": LONGEST_NAME, "count": len(name)}
                    },
                    code="name_too_long",
                )
            if name and normalise(name) not in seen:
                seen.add(normalise(name))
                kept.append(name)
        if len(kept) > MOST_NAMES:
            raise ValidationError(
                {"names": _("Give at most %(most)d names in one language.") % {"most": MOST_NAMES}}, code="many"
            )
        if kept:
            cleaned[language] = kept
    for language in REQUIRED_LANGUAGES:
        if not cleaned.get(language):
            raise ValidationError(
                {"names": _("Give the item at least an English and a Chinese name.")}, code="name_missing"
            )
    return cleaned


def _check_names_free(item: WasteItem | None, names: dict[str, list[str]]) -> None:
    """No name this change adds may already be another item's in the same language: one word, one answer."""
    had = {(language, normalise(name)) for language, given in (item.names if item else {}).items() for name in given}
    added = {(language, normalise(name)): name for language, given in names.items() for name in given}
    added = {pair: name for pair, name in added.items() if pair not in had}
    if not added:
        return
    others = WasteItem.objects.exclude(pk=getattr(item, "pk", None)).values_list("key", "names")
    for key, other_names in others:
        for language, given in other_names.items():
            for name in given:
                if (language, normalise(name)) in added:
                    raise ValidationError(
                        {
                            "names": _("“%(name)s” is already a name of another item (%(item)s).")
                            % {"name": added[(language, normalise(name))], "item": key}
                        },
                        code="name_taken",
                    )


@transaction.atomic
def waste_item_save(
    *, actor, item: WasteItem | None = None, key: str, category: str, how: str, source: str, names: dict, request=None
) -> WasteItem:
    """Add an item (`item` None) or correct one; its key stays what it was. Only a station head; every change
    audited with the fields it changed, and the search's version bumped so every process sees it."""
    _require_head(actor)
    if category not in WasteCategory.values:
        raise ValidationError({"category": _("Choose one of Shanghai's four categories.")}, code="category")
    if how not in HOW:
        raise ValidationError({"how": _("Choose one of the guide's notes.")}, code="how")
    if source not in SOURCES:
        raise ValidationError({"source": _("Choose one of the guide's sources.")}, code="source")
    names = _clean_names(names)
    if item is None:
        key = (key or "").strip()
        if not _KEY.fullmatch(key) or len(key) > 80:
            raise ValidationError(
                {"key": _("A key is up to 80 lower-case letters, digits and hyphens, such as bubble-tea-cup.")},
                code="key",
            )
        if WasteItem.objects.filter(key=key).exists():
            raise ValidationError({"key": _("Another item already has this key.")}, code="key_taken")
    else:
        item = WasteItem.objects.select_for_update().get(pk=item.pk)
    _check_names_free(item, names)
    values = {"category": category, "how": how, "source": source, "names": names}
    if item is None:
        item = WasteItem.objects.create(key=key, edited_by=actor, **values)
        changed, action = ["key", *values], AuditEvent.Action.CREATE
    else:
        changed = [field for field, value in values.items() if getattr(item, field) != value]
        if not changed:
            return item
        changed += [f"names:{code}" for code in LANGUAGE_CODES if item.names.get(code) != names.get(code)]
        for field, value in values.items():
            setattr(item, field, value)
        item.edited_by = actor
        item.save(update_fields=[*values, "edited_by", "updated_at"])
        action = AuditEvent.Action.UPDATE
    audit_record(actor=actor, action=action, obj=item, fields=changed, request=request)
    transaction.on_commit(guide_search_version_bump)
    return item
