""" "It is twenty years since the mill closed", "It is fifty years this month since the pier
opened": an anniversary told in the present. What the "since" clause tells happened that many
years (months, weeks, days) before the writer's day, at the precision of "this month", "this
week" or "today" after the amount, else of its unit. TimeML marks the amount a DURATION
("twenty years", P20Y) and "this month" on its own; the amount dates the clause for the
timeline. "It was ten years since ..." (a story's past) is left to the amount alone."""

from __future__ import annotations

import re

from ..lexicon import NUM, UNITS, number_of, unit_of
from ..periods import shift
from .common import _period
from .table import Ctx, Groups, Res, make, rule

_IT_IS = re.compile(
    r"(?i)\bit(?:\s+is|['’]s|\s+has\s+been|['’]s\s+been)\s+"
    r"(?:(?:now|exactly|just|nearly|almost|over|more\s+than|fully)\s+)?$"
)
_PRECISION = {"this month": "month", "this week": "week", "today": "day"}


@rule(
    "it_is_amount_since",
    rf"(?P<n>{NUM})\s+(?P<unit>(?i:years|months|weeks|days))"
    # "since" inside the match, so that it outruns the plain amount; the span ends at the unit
    r"(?:\s+(?P<p>(?i:this\s+month|this\s+week|today)))?\s+(?i:since)(?=\s)",
    starts="#digit #number",
)
def _it_is_amount_since(g: Groups, c: Ctx) -> Res | None:
    n = number_of(g.req("n"))
    if n is None or c.dct is None or not _IT_IS.search(c.before()):
        return None
    unit = unit_of(g.req("unit"))
    gran = _PRECISION.get(" ".join(g.lower("p").split()), UNITS[unit][0])
    res = make((shift(c.dct, -n, unit), gran), relative=True, offset=(-n, unit))
    res.end = g.end("unit")
    res.timeml = ("DURATION", _period(n, unit), res.end)
    return res
