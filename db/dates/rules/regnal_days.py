""" "on 3 May in the fifth year of the reign of George III", "the 9th of June in the twelfth
year of his reign", "on 3 May in the year of our Lord 694": a day told without its year, dated by
the year told right after it (no comma between: a comma starts an aside). The day takes that
year (a regnal year is written as the calendar year it begins in, as `regnal_years` and
`named_reigns` write it), not the year the story or the publication date would give a year-less
day."""

from __future__ import annotations

import re

from .table import Ctx

# a regnal year right after the day: " in the fifth year of", " in the year of our Lord"
_REGNAL_AFTER = re.compile(r"\s+in\s+the\s+(?:[\w-]+\s+)?year\s+of\s+\w")


def regnal_year_after(c: Ctx) -> int | None:
    """The calendar year of the regnal year told right after the match, else None."""
    after = c.after()
    if " year of " not in after[:40] or _REGNAL_AFTER.match(after) is None:
        return None  # the cheap test first
    point = c.peek_next(2)
    if point is None or point[1] != "year":
        return None
    return point[0].year
