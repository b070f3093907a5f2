"""Fitting found dates for the timeline: a year-less end of a range takes the other end's year
("from March to May 2011"); a part of day ("2019-12-23TNI") is placed on its day; a range that
ends before it starts places nothing."""

from __future__ import annotations

import re
from typing import Protocol

from db.timekeys import DateError, span_keys

from .periods import dating, fmt
from .rules.table import Res


class Mention(Protocol):
    """A found date expression (extract's `_Mention`): its resolution."""

    res: Res


def align_years(ma: Mention, mb: Mention) -> None:
    """ "from March to May 2011": a year-less end of a range takes the other end's year."""
    a, b = ma.res, mb.res
    if a.point is None or b.point is None:
        return
    (da, _), (db, _) = a.point, b.point
    if a.yearless and _year_known(b):
        year = db.year if (da.month, da.day) <= (db.month, db.day) else db.year - 1
        _set_year(a, year, mb)
    elif b.yearless and _year_known(a):
        year = da.year if (db.month, db.day) >= (da.month, da.day) else da.year + 1
        _set_year(b, year, ma)
    elif a.yearless and b.yearless and da > db:
        _set_year(a, db.year if (da.month, da.day) <= (db.month, db.day) else db.year - 1, mb)


def _year_known(r: Res) -> bool:
    """Whether a range's end carries its year: its own ("May 2011") or one named from now
    ("September last year", "June this year"), which is no guess from the tense or the story."""
    return r.explicit_year or (r.relative and not r.yearless)


def _set_year(r: Res, year: int, partner: Mention) -> None:
    d, gran = r.point  # type: ignore[misc]
    try:
        d = d.replace(year=year)
    except ValueError:  # 29 February
        return
    suffix = r.value[len(fmt(*r.point)) :]  # type: ignore[misc]
    r.point = (d, gran)
    r.value = fmt(d, gran) + suffix
    r.dating = dating(r.point)
    r.basis, r.source = "ref", partner  # the year came from the range's other end


_PART_OF_DAY = re.compile(r"^(-?\d{4,}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT)$")


def placeable(start: str, end: str | None, precision: str) -> tuple[str | None, str | None, str]:
    """A dating as the timeline can place it: a part of day ("2019-12-23TNI", a TIMEX value,
    not a calendar date) becomes its day; a range that ends before it starts (a writer's slip,
    or "since 2011" in a text published before 2011) places nothing (None)."""
    day = _PART_OF_DAY.match(start)
    if day:
        start, precision = day.group(1), "day"
    try:
        span_keys(start, end)
    except DateError:
        return None, None, precision
    return start, end, precision
