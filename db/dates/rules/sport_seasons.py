""" "the following season" after "the 1998-99 season": a season of a sport or a theatre runs
over two years and is placed by the first (`absolute.year_range`), so the season after or before
one told in years is the next or previous year's. After a season of the calendar ("the summer
of 1997") "the following season" is left alone (the autumn, or the next sports season?).
"""

from __future__ import annotations

import datetime as dt

from .table import Ctx, Groups, Res, make, rule

_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1}


@rule(
    "season_after_season",
    r"(?P<the>(?i:the))\s+(?P<rel>(?i:following|next|previous|preceding))\s+(?i:season)(?!\w)",
    starts="the",
)
def _season_after_season(g: Groups, c: Ctx) -> Res | None:
    if c.ref is None or c.ref[1] != "year":
        return None
    year = c.ref[0].year + _STEP[g.lower("rel")]
    return make((dt.date(year, 1, 1), "year"), from_ref=True)
