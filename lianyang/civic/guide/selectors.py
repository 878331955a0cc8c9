"""The guide's reads for the staff pages: items by category or by the residents' search, and counts per category.

The guide holds no personal data: every member of staff reads it whole (docs/domain.md §8).
"""

from django.db.models import Count

from lianyang.civic.models import WasteCategory, WasteItem

from .search import guide_search


def category_counts() -> dict[str, int]:
    """How many items each of Shanghai's four categories has, every category present."""
    counts = dict.fromkeys(WasteCategory.values, 0)
    counts.update(WasteItem.objects.values_list("category").annotate(count=Count("pk")).order_by())
    return counts


def guide_items(*, query: str = "", category: str = "", language: str) -> list[dict]:
    """The items to list: with a query, what the residents' search answers (certain ones first, then guesses),
    else every item by key; only `category`'s when given. Raises the search's ValidationError."""
    if query:
        answer = guide_search(query, language)
        by_key = WasteItem.objects.in_bulk([found.key for found in answer.found], field_name="key")
        rows = [{"item": by_key[found.key], "found": found} for found in answer.found if found.key in by_key]
    else:
        rows = [{"item": item, "found": None} for item in WasteItem.objects.all()]
    return [row for row in rows if not category or row["item"].category == category]
