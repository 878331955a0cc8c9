"""The living-tips handbook: sections of entries, each entry reviewed for accuracy at least once a year (an entry
not reviewed for twelve months is flagged: phone numbers, offices and rules change)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .workflow import TranslatedPiece, translated_text

REVIEW_EVERY_DAYS = 365


class HandbookSection(TranslatedPiece):
    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="handbook_sections")
    key = models.SlugField(_("key"), max_length=40)
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    translations = translated_text(body=False)

    class Meta:
        ordering = ["station", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["station", "key"], name="one_handbook_section_per_key")]


class HandbookEntry(TranslatedPiece):
    section = models.ForeignKey(HandbookSection, on_delete=models.CASCADE, related_name="entries")
    key = models.SlugField(_("key"), max_length=60)
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    basis = models.CharField(_("source or legal basis"), max_length=200, blank=True)
    last_reviewed_on = models.DateField(_("facts last checked"))
    translations = translated_text()

    class Meta:
        verbose_name_plural = "handbook entries"
        ordering = ["section", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["section", "key"], name="one_handbook_entry_per_key")]
