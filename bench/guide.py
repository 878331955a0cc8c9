"""The waste guide a build is searched in: the shipped items (the guide is the city's, one list for every station)
loaded by the loader the station runs (`lianyang waste_guide_load`), and two drop-off windows for every compound,
so the portal's guide page shows a resident's windows as it will in a deployment.
"""

import datetime
import time

from lianyang.civic.guide.starter import waste_guide_load
from lianyang.civic.models import DropOffWindow, WasteItem
from lianyang.community.models import Compound

# One compound's hours (docs/domain.md §8): a morning and an evening window.
WINDOWS = ((datetime.time(6, 30), datetime.time(8, 30)), (datetime.time(17, 30), datetime.time(20, 30)))


def guide_missing() -> bool:
    """A build made before the guide existed has no items."""
    return not WasteItem.objects.exists()


def guide_write() -> dict:
    """The shipped items and every compound's windows (those without any); the time it took and the counts."""
    started = time.monotonic()
    items = waste_guide_load()
    bare = Compound.objects.filter(drop_off_windows__isnull=True).values_list("pk", flat=True)
    DropOffWindow.objects.bulk_create(
        [DropOffWindow(compound_id=pk, opens=opens, closes=closes) for pk in bare for opens, closes in WINDOWS],
        batch_size=5_000,
    )
    return {
        "seconds": round(time.monotonic() - started, 1),
        "waste_items": items,
        "drop_off_windows": DropOffWindow.objects.count(),
    }
