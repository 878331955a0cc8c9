"""Campaign coverage, counted: how many of the campaign's households the officers got through to.

A household is covered when it is reached or completed (for a census: visited, or its form done); refused and not
at home are tried but not covered. Rows come in already grouped by the database ((group, status, count)), so a
campaign over a whole city's hundred thousand households is counted in a few GROUP BY queries.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import ContactStatus as Status

COVERED = (Status.REACHED, Status.COMPLETED)


@dataclass
class Row:
    """The households of one compound, building or officer (`key`), by status."""

    key: object
    label: str = ""
    by_status: dict = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def covered(self) -> int:
        return sum(self.by_status.get(status, 0) for status in COVERED)

    @property
    def share(self) -> float:
        return self.covered / self.total if self.total else 0.0

    @property
    def percent(self) -> int:
        return round(100 * self.share)


def tally(counts: Iterable[tuple[object, str, int]]) -> dict[object, Row]:
    """Rows by group from (group, status, households) counts, in the order the groups first appear."""
    rows: dict[object, Row] = {}
    for key, status, households in counts:
        row = rows.get(key)
        if row is None:  # not setdefault: a Row made for every count costs a city's campaign a millisecond
            row = rows[key] = Row(key)
        row.by_status[status] = row.by_status.get(status, 0) + households
    return rows
