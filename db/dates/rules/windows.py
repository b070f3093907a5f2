"""Reporting windows a company's results are told in: "the three months to December" (the
fourth quarter), "the six months to June" (the first half), and the halves of a fiscal year the
text defines ("the second half of the fiscal year", `fiscal_years`).
"""

from __future__ import annotations

import datetime as dt

from ..fiscal_years import first_month
from ..lexicon import MONTH, MONTHS, YEAR_DIGITS
from ..periods import add_months
from ..tense import FUTURE
from .table import Ctx, Groups, Res, make, rule

_COUNTS = {"three": 3, "six": 6, "3": 3, "6": 6}
# The day that closes a quarter or a half ("the three months to June 30" is the second quarter)
_LAST_DAY = {3: 31, 6: 30, 9: 30, 12: 31}


@rule(
    "months_to",
    r"(?P<head>(?i:the)\s+(?:(?i:latest|last|first)\s+)?(?P<n>(?i:three|six)|3|6)\s+"
    r"(?i:months))\s+(?i:to|ended|ending|through|until|that\s+ended)\s+(?:(?i:the\s+end\s+of)\s+)?"
    rf"(?P<m>{MONTH})(?:\.?\s*(?P<d>\d{{1,2}})\b)?(?:,?\s+(?P<y>{YEAR_DIGITS}))?",
    starts="the",
)
def _months_to(g: Groups, c: Ctx) -> Res | None:
    """A window of months ending with a month or with the day that closes a quarter ("the
    three months to June 30"), where it is a quarter or a half (not "the six months ended
    Oct. 1": TimeBank marks a DURATION and a day there, and the day is the text's to find).
    A year-less end month is the last one over by the DCT (results come after their period),
    or with a future verb the next one."""
    n = _COUNTS[g.lower("n")]
    last = MONTHS[g.lower("m").rstrip(".")]
    if g["d"] and int(g["d"]) != _LAST_DAY.get(last):
        return None  # "the six months ended Oct. 1": a span to a day that ends no quarter
    if g["y"]:
        year = int(g["y"])
    elif c.anchor_year is not None and (c.dct is None or c.anchor_year != c.dct.year):
        year, c.basis = c.anchor_year, "narrative"
    elif c.dct is not None:
        c.basis = "dct"
        if c.tense() == FUTURE:
            year = c.dct.year + (0 if last >= c.dct.month else 1)
        else:
            year = c.dct.year - (0 if last < c.dct.month else 1)
    else:
        return None
    first = add_months(dt.date(year, last, 1), 1 - n)
    if n == 3 and last % 3 == 0:
        res = make((first, "quarter"))
    elif n == 6 and last % 6 == 0:
        res = make((first, "half"))
    else:
        return None  # "the nine months to September": a span and its month, as TimeML has it
    res.explicit_year = bool(g["y"])
    res.relative = not g["y"] and c.basis == "dct"
    # TimeML marks "the three months" as a DURATION (and the month apart): so does find_timexes
    res.timeml = ("DURATION", f"P{n}M", c.begin + len(g.req("head")))
    return res


@rule(
    "fiscal_half",
    r"(?i:the)\s+(?P<ord>(?i:first|second))(?:-|\s+)(?i:half)\s+(?i:of)\s+"
    r"(?i:the|its|this|our|their)\s+(?:(?i:current)\s+)?(?i:fiscal|financial)\s+(?i:year)",
    starts="the",
)
def _fiscal_half(g: Groups, c: Ctx) -> Res | None:
    """ "the second half of the fiscal year" where the text says when its fiscal year starts:
    that half of the fiscal year holding the DCT (written as the calendar half it is)."""
    start = first_month(c.text)
    if start is None or c.dct is None or start % 6 != 1:
        return None  # a half of another fiscal year is no calendar half
    c.basis = "dct"
    year = c.dct.year if c.dct.month >= start else c.dct.year - 1
    first = add_months(dt.date(year, start, 1), 0 if g.lower("ord") == "first" else 6)
    return make((first, "half"), relative=True)
