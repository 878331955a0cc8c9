"""The station's newspaper: numbered issues, each made of translated articles; English first, and any other
language whose articles are all reviewed."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .workflow import TranslatedPiece, translated_text


class NewspaperIssue(models.Model):
    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="newspaper_issues")
    number = models.PositiveIntegerField(_("issue number"))
    dated = models.DateField(_("date"))
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["station", "number"], name="one_issue_per_number"),
            models.CheckConstraint(condition=Q(number__gt=0), name="issue_number_positive"),
        ]

    def __str__(self):
        return f"No. {self.number}"


class Article(TranslatedPiece):
    issue = models.ForeignKey(NewspaperIssue, on_delete=models.CASCADE, related_name="articles")
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    # A picture checked by its content (lianyang.core.uploads), renamed by the server, in private storage.
    image = models.FileField(_("picture"), upload_to="publishing/articles/%Y/%m/", blank=True)
    translations = translated_text()

    class Meta:
        ordering = ["issue", "position", "id"]
