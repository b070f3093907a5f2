""" "at the Martinmas hiring of 1931", "on the Easter Monday of 1916": a year right after a day
(a feast's, with a happening's noun between) is the year of that day, told again: the story
stays on the day ("He walked there the same afternoon" is that Martinmas's afternoon), not on
the whole year; and the feast, though it stands before a noun, is not named in passing as "the
November 27 agreement" is. Used by `extract`."""

from __future__ import annotations

import re
from typing import Any

from .rules.anchoring import GRAN_RANK
from .rules.happening_years import feast_year

# the words between the day and its year: "[noun] of ", " in "
_BETWEEN = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:of|in)\s+")


def restates_day_year(text: str, before: Any, begin: int, point: Any) -> bool:
    """Whether the year `point` at `begin` restates the year of the mention `before` (a day,
    or finer), told just before it in the same phrase."""
    if before is None or point is None or point[1] != "year":
        return False
    told = before.res.point
    if told is None or GRAN_RANK[told[1]] >= GRAN_RANK["month"] or told[0].year != point[0].year:
        return False
    return begin - before.end <= 25 and _BETWEEN.fullmatch(text, before.end, begin) is not None


def dated_by_its_year(text: str, end: int, explicit_year: bool) -> bool:
    """Whether a feast before a noun ("the Martinmas hiring") has its year after the noun ("of
    1931"): a day of that year the story is at, not an event named in passing by its date."""
    return explicit_year and feast_year(text[end : end + 40]) is not None
