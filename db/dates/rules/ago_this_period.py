""" "Three years ago this month", "A year ago this week", "Two years ago today": an anniversary
counted back from the publication date, the period named ("this month") of that many years
back, at its precision, not a year back and the current month as two expressions."""

from __future__ import annotations

import datetime as dt

from ..lexicon import number_of
from ..periods import PLACEHOLDER, shift
from .table import Ctx, Groups, Res, make, rule

_NUMBER = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"


@rule(
    "years_ago_this_period",
    rf"(?P<n>(?i:{_NUMBER}))\s+(?i:years?)\s+(?i:ago)\s+"
    r"(?:(?i:this)\s+(?P<p>(?i:month|week))|(?P<today>(?i:today)))(?![\w'’-])",
    starts="a an one two three four five six seven eight nine ten #digit",
)
def _years_ago_this_period(g: Groups, c: Ctx) -> Res | None:
    n = number_of(g.lower("n"))
    gran = "day" if g["today"] else g.lower("p")
    if n is None or c.dct is None:
        return Res("DATE", PLACEHOLDER[gran]) if n is not None else None
    back: dt.date = shift(c.dct, -n, "year")
    return make((back, gran), relative=True, offset=(-n, "year"))
