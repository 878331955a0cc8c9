"""The waste guide's counts for the operator's figures (`lianyang stats`): its items by Shanghai category."""

from lianyang.civic.models import WasteCategory, WasteItem
from lianyang.core.figures import counts_by


def waste_figures() -> dict:
    """The guide's items by Shanghai category (every category listed) and in all."""
    by_category = counts_by(WasteItem.objects.all(), "category", WasteCategory.values)
    return {"waste_items": {"by_category": by_category, "total": sum(by_category.values())}}
