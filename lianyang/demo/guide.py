"""The demo's waste guide: the shipped items, loaded as a station loads them (`lianyang waste_guide_load`), and the
drop-off windows of each demo compound, set by the station's head through the service (audited like any change).

Compounds open their points around the morning and evening peaks at hours their property management chooses
(docs/domain.md §8); the demo draws each compound's pair from a few common ones and leaves one compound of each
station without hours, so the demo shows "not set yet" too.
"""

import datetime
import random

from lianyang.civic.guide.starter import waste_guide_load
from lianyang.civic.guide.windows import windows_set
from lianyang.community.models import Compound

T = datetime.time
HOURS = (
    ((T(6, 30), T(8, 30)), (T(17, 30), T(20, 30))),
    ((T(7, 0), T(9, 0)), (T(18, 0), T(20, 0))),
    ((T(6, 0), T(9, 0)), (T(17, 0), T(19, 0)), (T(19, 30), T(21, 0))),
)


def guide_add() -> int:
    """The shipped items the database lacks; how many were added."""
    return waste_guide_load()


def windows_add(rng: random.Random, *, station, head) -> int:
    """Windows for every compound of `station` but the last by name; how many compounds have them."""
    compounds = list(Compound.objects.filter(area__station=station).order_by("name"))
    for compound in compounds[:-1]:
        windows_set(actor=head, compound=compound, windows=rng.choice(HOURS))
    return len(compounds[:-1])
