"""The waste-sorting guide: items with their Shanghai category, and each compound's drop-off windows.

Shanghai Municipal Domestic Waste Management Regulations (in force 1 July 2019) sort household waste into four
categories with their own bins: recyclable (blue), hazardous (red), household food waste, called wet waste (brown),
and residual waste, called dry waste (black). The national scheme's names and colours (kitchen / other waste,
green / grey bins) are another city's rules and never appear here. Drop-off points open a few hours around the
morning and evening peaks, set per compound (docs/domain.md §8).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lianyang.core.models import TimeStampedModel

__all__ = ["BIN_COLOURS", "DropOffWindow", "WasteCategory", "WasteItem"]


class WasteCategory(models.TextChoices):
    """Shanghai's four categories, by the names on the city's signs (the regulation, art. 4)."""

    RECYCLABLE = "recyclable", _("Recyclable")
    HAZARDOUS = "hazardous", _("Hazardous waste")
    WET = "wet", _("Wet waste (household food waste)")
    DRY = "dry", _("Dry waste (residual waste)")


# The colour of each category's bin in Shanghai.
BIN_COLOURS = {
    WasteCategory.RECYCLABLE: "blue",
    WasteCategory.HAZARDOUS: "red",
    WasteCategory.WET: "brown",
    WasteCategory.DRY: "black",
}


class WasteItem(TimeStampedModel):
    """A household item and the bin it goes in, with its names in every interface language.

    `names` maps a language code to a list of names, the first shown, the others synonyms the search knows.
    `how` is one of the guide's notes (guide/notes.py); `source` names where the category is stated
    (guide/notes.py SOURCES). The shipped list loads by `key`; the head's corrections are never overwritten.
    """

    key = models.SlugField(_("key"), max_length=80, unique=True)
    category = models.CharField(_("category"), max_length=12, choices=WasteCategory.choices)
    how = models.CharField(_("how to put it out"), max_length=20)
    source = models.CharField(_("source"), max_length=200)
    names = models.JSONField(_("names"), default=dict)
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return self.name_in("en")

    def name_in(self, language: str) -> str:
        """The item's name in `language`, else in English, else in Chinese."""
        for code in (language, "en", "zh-hans"):
            if self.names.get(code):
                return self.names[code][0]
        return self.key


class DropOffWindow(models.Model):
    """A time of day when the compound's drop-off point is open (one compound: 06:30–08:30 and 17:30–20:30)."""

    compound = models.ForeignKey("community.Compound", on_delete=models.CASCADE, related_name="drop_off_windows")
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["compound", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes__gt=models.F("opens")), name="window_closes_after_it_opens"
            )
        ]

    def __str__(self):
        return f"{self.opens:%H:%M}–{self.closes:%H:%M}"
