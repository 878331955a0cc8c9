"""What every piece the station publishes shares: one source language, translations that each carry their own
workflow (draft, waiting for review, reviewed; who translated, who reviewed), and a revision number of the source
so a translation made from an older source shows as outdated.

A language with no translation row is "missing"; it is never stored as a row.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from parler.models import TranslatableModelMixin, TranslatedFields

from lianyang.core.models import TimeStampedModel

LONGEST_TITLE = 200


class TranslationStatus(models.TextChoices):
    MISSING = "missing", _("Missing")
    DRAFT = "draft", _("Draft")
    NEEDS_REVIEW = "review", _("Needs review")
    REVIEWED = "reviewed", _("Reviewed")


def translated_text(*, body: bool = True) -> TranslatedFields:
    """The translated fields of a published piece: its title (and body), with the translation's workflow."""
    fields = {
        "title": models.CharField(_("title"), max_length=LONGEST_TITLE),
        "status": models.CharField(
            _("translation status"), max_length=10, choices=TranslationStatus.choices, default=TranslationStatus.DRAFT
        ),
        "source_revision": models.PositiveIntegerField(_("made from revision"), default=1),
        "translator": models.ForeignKey(
            settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
        ),
        "reviewer": models.ForeignKey(
            settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
        ),
        "review_note": models.CharField(_("reviewer's note"), max_length=500, blank=True),
        "changed_at": models.DateTimeField(_("changed"), auto_now=True),
    }
    if body:
        fields["body"] = models.TextField(_("text"), blank=True)
    return TranslatedFields(**fields)


class TranslatedPiece(TranslatableModelMixin, TimeStampedModel):
    """A notice, an article, a handbook section or entry: written in `source_language`, at `revision`."""

    source_language = models.CharField(_("written in"), max_length=10, choices=settings.LANGUAGES, default="zh-hans")
    revision = models.PositiveIntegerField(_("revision of the source"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.safe_translation_getter("title", any_language=True) or f"#{self.pk}"
