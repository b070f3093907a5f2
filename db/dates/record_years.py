"""The year a record's title gives its entries: a register, a log or a weather diary printed
under a title line that names its year ("OBSERVER'S NOTES, WINTER 1947", "EXTRACTS FROM HER
LOG, 1834–1835") heads each entry with a day alone ("Jan 24."), far below the title and
beyond the sentences the text's year reaches. Such an entry heading is in the year of the
nearest line above it that names a year and has no closing stop (a title or a year alone on
its line), where that year is long past; a line of prose with a year found first leaves the
heading to the text's own time.
"""

from __future__ import annotations

import re

_REACH = 4000  # characters above the heading searched for the title line
_YEAR = re.compile(r"(?<![\d,.£$])(1\d{3}|20\d{2})(?!\d)")
_CLOSED = re.compile(r"[.!?]['’\"”)]?[^\S\n]*$")


def record_year(text: str, begin: int, latest: int) -> int | None:
    """The year of the title line above the entry heading at `begin`, if at most `latest`."""
    end = text.rfind("\n", 0, begin)
    floor = max(0, begin - _REACH)
    while end > floor:
        start = text.rfind("\n", 0, end) + 1
        found = _YEAR.search(text, start, end)
        if found is not None:
            if _CLOSED.search(text, start, end):
                return None  # prose with a year: the text's own time, not a title's
            year = int(found.group(1))
            return year if year <= latest else None
        end = start - 1
    return None
