"""Orders as people read them: building 2 before building 10, room 302 before room 1201."""

import re

_PARTS = re.compile(r"(\d+)")


def natural_key(text) -> tuple:
    """A sort key that compares the digits in `text` as numbers and the rest as case-folded text.

    >>> sorted(["10", "2", "1", "11"], key=natural_key)
    ['1', '2', '10', '11']
    """
    return tuple(
        (0, int(part), "") if part.isdecimal() else (1, 0, part.casefold()) for part in _PARTS.split(str(text)) if part
    )
