"""A fortnight counted within a month ("in the first fortnight of May", "the last fortnight of
June 1915"): TimeML has no value for half a month, so the value is the month, as for "early
May", and the timeline draws the month (a happening there is placed in it)."""

from __future__ import annotations

import datetime as dt

from ..lexicon import MONTH, YEAR
from .anchoring import named_or_picked_year
from .common import _month
from .table import Ctx, Groups, Res, make, rule


@rule(
    "fortnight_of_month",
    r"(?i:the)\s+(?P<nth>(?i:first|second|last|final))\s+(?i:fortnight)\s+(?i:of)\s+"
    rf"(?P<mon>{MONTH})\b(?:,?\s+(?P<y>{YEAR})\b)?",
    starts="the",
)
def _fortnight_of_month(g: Groups, c: Ctx) -> Res | None:
    month = _month(g.req("mon"))
    year, anchored = named_or_picked_year(c, g["y"], month)
    if year is None:
        return None
    point = (dt.date(year, month, 1), "month")
    if g["y"]:
        return make(point, explicit_year=True)
    return make(point, yearless=True, relative=not anchored)
