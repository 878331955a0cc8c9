"""A station's publications at scale, written as the demo writes them (lianyang/demo/publishing.py), for every
station of a build: the starting handbook reviewed in every language, a year of notices with their translations in
every state, and six newspaper issues. The measured pages read the board and search the handbook of the busiest
station while every other station's rows share the tables.

Written through the publishing services (they are fast enough: some two hundred calls per station), from a stream
keyed by the station and the build's seed, so the rows do not depend on which process writes them.
"""

import random

from lianyang.demo.publishing import publications_add
from lianyang.publishing.models import HandbookSection


def publications_write(station, *, seed: int) -> dict:
    rng = random.Random(f"{seed}:{station.name_en}:publications")
    return publications_add(rng, station=station, featured=True)


def stations_without_publications(stations):
    """The stations (of a kept build) that have no handbook yet."""
    return stations.exclude(pk__in=HandbookSection.objects.values("station_id"))
