""" "It opened in September two years later", "in the spring, three years on": a month or season
with its year counted from the story's. The count belongs to the month (one date, that month of
the year so many years after or before the text's last point); read apart, the month took the
story's year and the count made a year of its own beside it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTH_FULL, MONTHS, NUM, SEASON_FIRST_MONTH, SEASONS, number_of
from .anchoring import _anchored
from .table import Ctx, Groups, Res, make, rule

_SIGN = {"later": 1, "after": 1, "on": 1, "earlier": -1, "before": -1}
# "after" / "before" / "on" count from the story only where they end the phrase: "two years
# after the war" counts from the war
_THAN = re.compile(r"\s+than\b")
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$|(?:and|but|when|with|as)\b)")


@rule(
    "months_years_later",
    rf"(?:(?P<m>{MONTH_FULL})|(?:(?i:the)\s+)?(?P<s>(?i:spring|summer|autumn|fall|winter)))"
    rf",?\s+(?P<num>{NUM})\s+(?i:years?)\s+(?P<dir>(?i:later|earlier|after|before|on))(?![\w-])",
    starts="#month the spring summer autumn fall winter",
)
def _months_years_later(g: Groups, c: Ctx) -> Res | None:
    direction = g.lower("dir")
    if direction in ("after", "before", "on") and not _PHRASE_ENDS.match(c.after()):
        return None
    if _THAN.match(c.after()):
        return None  # "called it in January, a year earlier than required": a comparison
    n = number_of(g.req("num"))
    if n is None or n > 200:
        return None
    year_res = _anchored(c, _SIGN[direction] * n, "year")
    if year_res.point is None:
        return None
    year = year_res.point[0].year
    if g["m"]:
        month = dt.date(year, MONTHS[g.lower("m")[:3]], 1)
        return make((month, "month"), from_ref=True)
    first = SEASON_FIRST_MONTH[SEASONS[g.lower("s")]]
    return make((dt.date(year, first, 1), "season"), from_ref=True)
