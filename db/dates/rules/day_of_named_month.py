""" "The first day of January 1845", "the last day of March": that day of the named month, not
the month ("the first day of the month" is `ends_of_periods`). Without a year the month takes
the year a month alone would (the story's, else the DCT's)."""

from __future__ import annotations

import calendar
import datetime as dt

from ..lexicon import MONTH_FULL, YEAR, year_of
from .anchoring import pick_year_anchored
from .common import _month
from .table import Ctx, Groups, Res, make, rule


@rule(
    "day_of_named_month",
    r"(?i:the)\s+(?P<nth>(?i:first|last|final))\s+(?i:day)\s+(?i:of)\s+"
    rf"(?P<mon>{MONTH_FULL})(?:,?\s+(?P<y>{YEAR}))?(?![\w-])",
    starts="the",
)
def _day_of_named_month(g: Groups, c: Ctx) -> Res | None:
    month = _month(g.req("mon"))
    first = g.lower("nth") == "first"
    if g["y"]:
        year, explicit, anchored = year_of(g.req("y")), True, True
    else:
        picked, anchored = pick_year_anchored(c, month)
        if picked is None:
            day = 1 if first else calendar.monthrange(2001, month)[1]  # a common year
            return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
        year, explicit = picked, False
    day = 1 if first else calendar.monthrange(year, month)[1]
    return make(
        (dt.date(year, month, day), "day"),
        explicit_year=explicit,
        yearless=not explicit,
        relative=not anchored,
    )
