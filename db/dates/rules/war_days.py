"""Named days of one year's history: "VE Day" (8 May 1945), "VJ Day" (15 August 1945, as
Britain keeps it), "V-E Day". Unlike "Armistice Day", which comes round each November
(`holidays`), each names one day: a log's "VE Day. Holiday." is that day, not this year's.
An anniversary keeps the day it marks ("the fiftieth anniversary of VE Day"); "VE Day 1995"
names the day kept that year.
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import YEAR, year_of
from .table import Ctx, Groups, Res, make, rule

_DAYS = {"E": dt.date(1945, 5, 8), "J": dt.date(1945, 8, 15)}


@rule(
    "war_day",
    rf"V-?(?P<k>E|J)[^\S\n]*(?:-[^\S\n]*)?(?i:day)(?![\w-])(?:,?\s+(?P<y>{YEAR}))?",
    starts="ve v vj",
)
def _war_day(g: Groups, c: Ctx) -> Res | None:
    day = _DAYS[g.req("k")]
    if g["y"]:  # "VE Day 1995": the day kept that year
        return make((day.replace(year=year_of(g.req("y"))), "day"), explicit_year=True)
    return make((day, "day"), explicit_year=True)
