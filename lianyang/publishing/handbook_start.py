"""The starting handbook a new station receives: twelve sections of living tips in the ten interface languages,
written by the project from the laws and public sources each entry names (lianyang/publishing/starter/*.json).

Loaded once into a station's handbook as texts waiting for review: the station's officers check each against
their own practice and approve it (four eyes) before residents read it; every entry's facts count as checked on
the day it is loaded.
"""

import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lianyang.accounts.access import officer_of
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from .models import HandbookEntry, HandbookSection, TranslationStatus
from .translation import LANGUAGE_CODES

FOLDER = Path(__file__).parent / "starter"


def starter_sections() -> list[dict]:
    """The starting handbook's sections in order, each with its entries, every text in every language."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(FOLDER.glob("*.json"))]


def _rows(piece, texts: dict, *, actor, body: dict | None = None) -> list:
    model = piece.translations.model
    return [
        model(
            master=piece,
            language_code=code,
            title=texts[code],
            translator=actor,
            status=TranslationStatus.NEEDS_REVIEW,
            source_revision=1,
            **({"body": body[code]} if body is not None else {}),
        )
        for code in LANGUAGE_CODES
        if texts.get(code)
    ]


@transaction.atomic
def handbook_start_load(*, actor, station, request=None) -> int:
    """Fill an empty handbook of `station` with the starting handbook; answers how many entries it holds."""
    officer_of(actor, station.pk)
    if HandbookSection.objects.filter(station=station).exists():
        raise ValidationError(
            _("The handbook already has sections: the starting handbook goes only into an empty one.")
        )
    today, rows, count = timezone.localdate(), [], 0
    for spec in starter_sections():
        section = HandbookSection.objects.create(
            station=station, key=spec["section"], position=spec["order"], source_language="en", created_by=actor
        )
        rows += _rows(section, spec["title"], actor=actor)
        for position, item in enumerate(spec["entries"], start=1):
            entry = HandbookEntry.objects.create(
                section=section,
                key=item["key"],
                position=position,
                basis=item["basis"],
                last_reviewed_on=today,
                source_language="en",
                created_by=actor,
            )
            rows += _rows(entry, item["title"], actor=actor, body=item["body"])
            count += 1
    for model in (HandbookSection, HandbookEntry):
        translation_model = model._parler_meta.root_model
        translation_model.objects.bulk_create([row for row in rows if isinstance(row, translation_model)])
    audit_record(
        actor=actor, action=AuditEvent.Action.CREATE, object_type="handbook", object_id=station.pk,
        station_id=station.pk, fields=[f"entries:{count}"], request=request,
    )  # fmt: skip
    return count
