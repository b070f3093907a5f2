""" "the 1998-99 season", "the following season": a season of a sport or a theatre, written
across the two years it runs over and placed by the first, as `absolute.year_range` places
"1998-99"; the words "the ... season" are part of the date. The season after or before one
told in years is the next or previous year's; after a season of the calendar ("the summer of
1997") "the following season" is left alone (the autumn, or the next sports season?).
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import YEAR_DIGITS
from .absolute import _year_range
from .table import Ctx, Groups, Res, make, rule


@rule(
    "sport_season",
    rf"(?:(?i:the)\s+)?(?P<y>{YEAR_DIGITS})\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}})\s+(?i:season)(?!\w)",
    starts="the #digit",
)
def _sport_season(g: Groups, c: Ctx) -> Res | None:
    return _year_range(g, c)


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
