"""Days told from a feast, as chronicles and parish histories date them: "the Thursday after
Easter", "the Sunday before Michaelmas", "the eve of Pentecost", "the morrow of Candlemas". The
feast is found in its year as `holidays` finds it (a movable one by the Easter of that year);
the weekday is the first such day after (or the last before) it, the eve the day before, the
morrow the day after.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..lexicon import WEEKDAY, WEEKDAYS, YEAR, year_of
from .common import _ws
from .holidays import _GREGORIAN_EASTER_FROM, _HOLIDAY_RE, _HOLIDAYS, _yearless
from .table import Ctx, Groups, Res, make, rule


@rule(
    "feast_offset",
    rf"(?i:the)\s+(?:(?P<wd>{WEEKDAY})\s+(?P<dir>(?i:after|before|following|next\s+after))"
    r"|(?P<rel>(?i:eve|vigil|morrow|day\s+after|day\s+before))\s+(?i:of))"
    rf"\s+(?P<h>(?i:{_HOLIDAY_RE}))(?:,?\s+(?P<y>{YEAR}))?",
    starts="the",
)
def _feast_offset(g: Groups, c: Ctx) -> Res | None:
    feast = _HOLIDAYS.get(re.sub(r"['’]", "'", _ws(g.req("h")).lower()))
    if feast is None or not g.req("h")[0].isupper():
        return None
    when = _shifted(feast, g)
    if g["y"]:
        return make((when(year_of(g.req("y"))), "day"), explicit_year=True)
    if c.dct is None:
        return None
    return _yearless("", c, c.dct, when, "day")


def _weekday(d: dt.date) -> int:
    """Monday 0 to Sunday 6 of a date as its time wrote it: before the Gregorian reform the
    feasts are Julian dates (`holidays._easter`), whose weekdays the proleptic Gregorian
    `date.weekday` does not give."""
    if d.year >= _GREGORIAN_EASTER_FROM:
        return d.weekday()
    y, m = (d.year, d.month) if d.month > 2 else (d.year - 1, d.month + 12)
    julian_day = 365 * y + y // 4 + (153 * (m - 3) + 2) // 5 + d.day + 1721117
    return julian_day % 7


def _shifted(feast: Callable[[int], dt.date], g: Groups) -> Callable[[int], dt.date]:
    if g["wd"]:
        weekday, before = WEEKDAYS[g.lower("wd")], g.lower("dir") == "before"

        def on_weekday(y: int) -> dt.date:
            d = feast(y)
            if before:
                return d - dt.timedelta(days=(_weekday(d) - weekday - 1) % 7 + 1)
            return d + dt.timedelta(days=(weekday - _weekday(d) - 1) % 7 + 1)

        return on_weekday
    step = 1 if g.lower("rel") in ("morrow", "day after") else -1
    return lambda y: feast(y) + dt.timedelta(days=step)
