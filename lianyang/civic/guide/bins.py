"""Shanghai's four bins as residents see them on the portal and on the compounds' posters: each category's name,
the Chinese words on the bin, its colour and a line on what goes in, with a few everyday examples.

Shanghai Municipal Domestic Waste Management Regulations (in force 1 July 2019): recyclable (blue bin), hazardous
waste (red), household food waste or wet waste (brown), residual or dry waste (black). These are Shanghai's names and
colours; the national scheme's (kitchen and other waste, green and grey bins) never appear.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from lianyang.civic.models import BIN_COLOURS, WasteCategory, WasteItem

from .notes import CATEGORY_DESCRIPTIONS, CATEGORY_SIGNS

__all__ = ["EXAMPLES_PER_BIN", "POSTER_EXAMPLES", "Bin", "bin_of", "bins", "bin_examples"]

# The words for each bin's colour, whole, so each language says them its own way.
COLOUR_NAMES = {
    "blue": _("Blue bin"),
    "red": _("Red bin"),
    "brown": _("Brown bin"),
    "black": _("Black bin"),
}

# The everyday items each bin's examples are chosen from, most telling first; an item the guide lacks is skipped
# and the bin filled up from its other items.
POSTER_EXAMPLES = {
    WasteCategory.RECYCLABLE: [
        "newspaper", "cardboard-box", "plastic-bottle", "glass-bottle", "drink-can", "clothes", "drink-carton", "book",
    ],
    WasteCategory.HAZARDOUS: [
        "rechargeable-battery", "button-battery", "fluorescent-tube", "expired-medicine", "mercury-thermometer",
        "leftover-paint", "nail-polish-remover",
    ],
    WasteCategory.WET: [
        "leftover-food", "fish-bones", "eggshell", "banana-peel", "tea-leaves", "leafy-vegetables", "coffee-grounds",
    ],
    WasteCategory.DRY: [
        "toilet-paper", "bubble-tea-cup", "disposable-lunch-box", "cigarette-butt", "ceramic-bowl", "plastic-bag",
        "cat-litter",
    ],
}  # fmt: skip
EXAMPLES_PER_BIN = 6
ORDER = (WasteCategory.RECYCLABLE, WasteCategory.HAZARDOUS, WasteCategory.WET, WasteCategory.DRY)


@dataclass(frozen=True)
class Bin:
    category: str
    name: str
    sign: str  # the Chinese words on the bin
    colour: str  # blue, red, brown, black
    colour_name: str
    description: str


def bin_of(category: str) -> Bin:
    """The bin of `category`, said in the active language."""
    category = WasteCategory(category)
    colour = BIN_COLOURS[category]
    return Bin(
        category=category.value,
        name=str(category.label),
        sign=CATEGORY_SIGNS[category],
        colour=colour,
        colour_name=str(COLOUR_NAMES[colour]),
        description=str(CATEGORY_DESCRIPTIONS[category]),
    )


def bins() -> list[Bin]:
    """The four bins in the order of Shanghai's signs."""
    return [bin_of(category) for category in ORDER]


def bin_examples(language: str) -> dict[str, list[str]]:
    """Up to EXAMPLES_PER_BIN items' names in `language` (else English, else Chinese) for each bin: the chosen
    everyday items first, then the bin's other items by key. Two queries."""
    chosen = {key for keys in POSTER_EXAMPLES.values() for key in keys}
    by_key = {item.key: item for item in WasteItem.objects.filter(key__in=chosen)}
    examples = {}
    for category in ORDER:
        items = [by_key[key] for key in POSTER_EXAMPLES[category] if key in by_key][:EXAMPLES_PER_BIN]
        examples[category.value] = items
    short = {
        category: EXAMPLES_PER_BIN - len(items) for category, items in examples.items() if len(items) < EXAMPLES_PER_BIN
    }
    if short:
        others = WasteItem.objects.filter(category__in=short).exclude(key__in=chosen).order_by("category", "key")
        for item in others:
            if short[item.category] > 0:
                examples[item.category].append(item)
                short[item.category] -= 1
    return {category: [item.name_in(language) for item in items] for category, items in examples.items()}
