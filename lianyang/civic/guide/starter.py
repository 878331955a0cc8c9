"""The guide's shipped items (lianyang/civic/guide/items/*.json, by category): some 480 common
household items, each with its Shanghai category, its names in the ten interface languages and the document that
states its category.

The category of each item follows the Shanghai Municipal Domestic Waste Management Regulations (in force 1 July
2019) and the city's lists named in its `source` (guide/notes.py SOURCES). Loading adds the items not yet in the
database by key and never touches the others: the head's corrections stand (docs/domain.md §8).
"""

import json
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.civic.models import WasteCategory, WasteItem

from .notes import HOW, SOURCES
from .search import guide_search_version_bump, normalise

FOLDER = Path(__file__).parent / "items"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def shipped_items() -> list[dict]:
    """Every shipped item, the files' order kept."""
    items = []
    for path in sorted(FOLDER.glob("*.json")):
        items += json.loads(path.read_text(encoding="utf-8"))
    return items


def shipped_items_problems(items: list[dict], known: list[dict] = ()) -> list[str]:
    """What is wrong with the list: a missing language, an unknown category, note or source, a key twice, or one
    name (in one language, compared as the search compares it) for items of different categories, which would
    give a resident two bins for one word. `known` are items already in the database, checked against too."""
    problems, keys = [], set()
    categories = set(WasteCategory.values)
    owners = defaultdict(dict)  # (language, normalised name) -> {key: category}
    for item in [*known, *items]:
        owners_key = item.get("key", "")
        for language, names in item.get("names", {}).items():
            for name in names:
                owners[(language, normalise(name))][owners_key] = item.get("category")
    for item in items:
        key = item.get("key", "")
        if key in keys:
            problems.append(_("The key %(key)s is used twice.") % {"key": key})
        keys.add(key)
        if item.get("category") not in categories:
            problems.append(_("%(key)s: unknown category %(value)s.") % {"key": key, "value": item.get("category")})
        if item.get("how") not in HOW:
            problems.append(_("%(key)s: unknown note %(value)s.") % {"key": key, "value": item.get("how")})
        if item.get("source") not in SOURCES:
            problems.append(_("%(key)s: unknown source %(value)s.") % {"key": key, "value": item.get("source")})
        names = item.get("names", {})
        for language in LANGUAGE_CODES:
            if not names.get(language) or not all(isinstance(name, str) and name.strip() for name in names[language]):
                problems.append(_("%(key)s: no names in %(language)s.") % {"key": key, "language": language})
    for (language, name), keys_categories in sorted(owners.items()):
        if len(set(keys_categories.values())) > 1:
            problems.append(
                _("The %(language)s name %(name)s belongs to items of different categories: %(items)s.")
                % {
                    "language": language,
                    "name": name,
                    "items": ", ".join(f"{key} ({category})" for key, category in sorted(keys_categories.items())),
                }
            )
    return problems


@transaction.atomic
def waste_guide_load() -> int:
    """Add every shipped item whose key is not yet in the database; answer how many were added. Refuses the whole
    list, adding nothing, when it has a problem (shipped_items_problems)."""
    items = shipped_items()
    existing = {
        key: {"key": key, "category": category, "names": names}
        for key, category, names in WasteItem.objects.values_list("key", "category", "names")
    }
    new = [item for item in items if item["key"] not in existing]
    shipped_keys = {item["key"] for item in items}
    problems = shipped_items_problems(items, known=[row for key, row in existing.items() if key not in shipped_keys])
    if problems:
        raise ValidationError(problems)
    WasteItem.objects.bulk_create(
        [
            WasteItem(
                key=item["key"],
                category=item["category"],
                how=item["how"],
                source=item["source"],
                names={code: item["names"][code] for code in LANGUAGE_CODES if item["names"].get(code)},
            )
            for item in new
        ]
    )
    if new:
        audit_record(
            actor=None,
            action=AuditEvent.Action.CREATE,
            object_type=WasteItem._meta.label_lower,
            fields=[f"items:{len(new)}"],
        )
        transaction.on_commit(guide_search_version_bump)
    return len(new)
