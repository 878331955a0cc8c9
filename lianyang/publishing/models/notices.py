"""The notice board: a notice for the whole station, one residential area or one compound, shown within its
window, pinned ones first; printed as a poster in several languages on one sheet."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .workflow import TranslatedPiece, translated_text

POSTER_LANGUAGES = ["zh-hans", "en", "ja", "ko"]
REQUIRED_LANGUAGES = ["zh-hans", "en"]


def _poster_languages():
    return list(POSTER_LANGUAGES)


def _required_languages():
    return list(REQUIRED_LANGUAGES)


class Notice(TranslatedPiece):
    class Category(models.TextChoices):
        POLICY = "policy", _("Policy")
        SAFETY = "safety", _("Safety")
        ACTIVITY = "activity", _("Activity")
        SERVICE = "service", _("Service")
        CIVIC = "civic", _("Civic")

    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="notices")
    area = models.ForeignKey(
        "community.ResidentialArea", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    compound = models.ForeignKey(
        "community.Compound", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    translations = translated_text()
    category = models.CharField(_("category"), max_length=10, choices=Category.choices, default=Category.SERVICE)
    shown_from = models.DateTimeField(_("shown from"))
    shown_until = models.DateTimeField(_("shown until"), null=True, blank=True)
    pinned = models.BooleanField(_("pinned"), default=False)
    required_languages = models.JSONField(_("languages it needs before publishing"), default=_required_languages)
    poster_languages = models.JSONField(_("languages on the poster"), default=_poster_languages)
    # A picture checked by its content (lianyang.core.uploads), renamed by the server, in private storage.
    image = models.FileField(_("picture"), upload_to="publishing/notices/%Y/%m/", blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    published_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-pinned", "-shown_from", "-id"]
        indexes = [models.Index(fields=["station", "published_at", "shown_from"], name="notice_board_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(shown_until__isnull=True) | Q(shown_until__gt=models.F("shown_from")),
                name="notice_window_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(compound__isnull=True) | Q(area__isnull=True), name="notice_one_audience"
            ),
        ]
