"""What the guide tells a resident besides the bin: how to put each item out, where the category is stated, and
each category's short description and sign name.

Shanghai Municipal Domestic Waste Management Regulations (in force 1 July 2019): four categories, sorted at home
and put out at the compound's drop-off point; recyclables clean and dry, wet waste without its bag, hazardous
waste unbroken and packed (docs/domain.md §8). The notes are whole sentences so each language can say them its
own way.
"""

from django.utils.translation import gettext_lazy as _

from lianyang.civic.models import WasteCategory

__all__ = ["CATEGORY_DESCRIPTIONS", "CATEGORY_SIGNS", "HOW", "HOW_CHOICES", "SOURCES", "SOURCE_CHOICES", "how_note"]

# How to put an item out, by the key an item's `how` holds.
HOW = {
    "rinse-flatten": _("Rinse it, let it dry and flatten it."),
    "clean-dry": _("Put it out clean and dry."),
    "textiles": _("Put clean, dry clothes and fabric in a tied bag in the textiles bin."),
    "paper": _("Keep paper dry and flat; paper soiled with food or grease is dry waste."),
    "keep-packed": _("Keep it closed in its own packaging so nothing leaks."),
    "unbroken": _("Put it out unbroken; wrap it if it might break."),
    "battery": _("Tape the ends of the battery and put it in the red hazardous waste bin."),
    "no-bag": _("Tip it in without its bag; the bag goes in dry waste."),
    "drain": _("Drain off the liquid first."),
    "bagged": _("Put it out in a tied bag."),
    "wrap-sharp": _("Wrap sharp edges in paper or tape so nobody gets cut."),
    "ordinary-battery": _(
        "Ordinary dry-cell batteries are dry waste in Shanghai; rechargeable and button batteries are hazardous."
    ),
}
HOW_CHOICES = list(HOW.items())

# Where an item's category is stated, by the key an item's `source` holds.
SOURCES = {
    "city-guide": _("Shanghai city guide to waste disposal (2023)"),
    "official-guideline": _("Shanghai Municipal Domestic Waste Management Regulations and their guidelines (2019)"),
    "wet-list": _("Shanghai wet waste list"),
    "dry-list": _("Shanghai dry waste list"),
    "sorting-guide": _("Shanghai household waste sorting guide (2019)"),
}
SOURCE_CHOICES = list(SOURCES.items())

# The words on Shanghai's bins, shown in Chinese on every poster whatever its language (the regulation, art. 4).
CATEGORY_SIGNS = {
    WasteCategory.RECYCLABLE: "可回收物",
    WasteCategory.HAZARDOUS: "有害垃圾",
    WasteCategory.WET: "湿垃圾",
    WasteCategory.DRY: "干垃圾",
}

# What goes in each bin, in a line for residents.
CATEGORY_DESCRIPTIONS = {
    WasteCategory.RECYCLABLE: _("Paper, plastics, glass, metal and fabric, clean and dry."),
    WasteCategory.HAZARDOUS: _("Batteries that can be recharged, lamps, medicines, paints and chemicals."),
    WasteCategory.WET: _("Food scraps, peels, leftovers and other waste that rots."),
    WasteCategory.DRY: _("Everything else: soiled paper, tissues, ceramics and dust. When unsure, dry waste."),
}


def how_note(key: str) -> str:
    """The note for a `how` key; an unknown key (a correction in progress) shows nothing rather than failing."""
    return HOW.get(key, "")
