"""BC dates on the timeline. A story told in BC years is resolved on stand-in years
(`story_years.bc_stand_in`: BC year n stands in as year 1000 - n, or a base a millennium
or more higher for a text of earlier years: `bc_millennia`); its TIMEX3 values are written
back as "BC0490-09", and its events are placed here in astronomical years (1 BC is year 0,
490 BC is -489: `db.timekeys`), so "the battle was fought that September" after "490 BC" is on
the calendar at "-0489-09" rather than nowhere."""

from __future__ import annotations

import re

from .bc_millennia import stand_in_base
from .periods import Dating, Point, dating

_YEAR = re.compile(r"^(\d{4})(?=-|$)")
# A decade or century of stand-in years is no BC decade or century ("the 490s BC" runs from
# 499 to 490 BC, the stand-ins' 0510s from 490 to 481 BC): those stay off the calendar.
_PLACEABLE = frozenset({"day", "week", "weekend", "month", "season", "quarter", "half", "year"})


def _astronomical(iso: str) -> str:
    """A partial ISO date on stand-in years in astronomical years: "0510-09" -> "-0489-09"."""
    match = _YEAR.match(iso)
    if match is None:
        return iso
    year = int(match.group(1)) - stand_in_base() + 1
    text = f"{year:04d}" if year >= 0 else f"-{-year:04d}"
    return text + iso[4:]


def bc_dating(point: Point | None) -> Dating | None:
    """The dating of a BC stand-in point in astronomical years, or None when it has no BC
    period of its own (a stand-in decade or century, or no point)."""
    if point is None or point[1] not in _PLACEABLE or point[0].year >= stand_in_base():
        return None
    start, end, precision = dating(point)
    return _astronomical(start), _astronomical(end) if end else None, precision
