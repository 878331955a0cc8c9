"""`lianyang stats` counts the waste guide's items by Shanghai category and in all."""

import pytest

from lianyang.civic.guide.starter import shipped_items, waste_guide_load
from tests.reports.test_stats_casework import stats

pytestmark = pytest.mark.django_db


def test_waste_items_are_counted_by_category():
    assert stats()["waste_items"] == {
        "by_category": dict.fromkeys(["recyclable", "hazardous", "wet", "dry"], 0),
        "total": 0,
    }
    waste_guide_load()
    counts = stats()["waste_items"]
    shipped = shipped_items()
    assert counts["total"] == len(shipped)
    assert counts["by_category"]["wet"] == sum(item["category"] == "wet" for item in shipped)
