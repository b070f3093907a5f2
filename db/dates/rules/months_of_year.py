"""A year's opening or closing months named by their count: "in the first three months of the
year" (its first quarter), "the first six months of 2025" (its first half), "the last three
months of last year" (its fourth quarter). Business and economic news write quarters and halves
this way as often as by name.
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import YEAR_DIGITS
from ..tense import PAST
from .table import Ctx, Groups, Res, make, rule

_COUNTS = {"three": 3, "six": 6, "3": 3, "6": 6}
_GRAN = {3: "quarter", 6: "half"}


@rule(
    "months_of_year",
    r"(?P<head>(?i:the)\s+(?P<side>(?i:first|last|final|opening|closing))\s+"
    r"(?P<n>(?i:three|six)|3|6)\s+(?i:months))\s+(?i:of)\s+"
    rf"(?:(?P<y>{YEAR_DIGITS})\b|(?P<rel>(?i:the|this|last|next))\s+(?i:year)\b)",
    starts="the",
)
def _months_of_year(g: Groups, c: Ctx) -> Res | None:
    """The quarter or half a count of a year's first or last months covers. "the year" is the
    narrative's year where the text is in another year than the DCT's, else the DCT's (the
    year before for closing months not over by the DCT in a past sentence)."""
    n = _COUNTS[g.lower("n")]
    closing = g.lower("side") in ("last", "final", "closing")
    rel = g.lower("rel") if g["rel"] else None
    if g["y"]:
        year = int(g["y"])
    elif (
        rel == "the"
        and c.anchor_year is not None
        and (c.dct is None or c.anchor_year != c.dct.year)
    ):
        year, c.basis = c.anchor_year, "narrative"
    elif c.dct is not None:
        c.basis = "dct"
        year = c.dct.year + {"last": -1, "next": 1}.get(rel or "", 0)
        over = dt.date(year, 12 if closing else n, 28) < c.dct
        if rel == "the" and closing and not over and c.tense() == PAST:
            year -= 1
    else:
        return None
    first_month = 13 - n if closing else 1
    res = make((dt.date(year, first_month, 1), _GRAN[n]))
    res.explicit_year = bool(g["y"])
    res.relative = not g["y"] and c.basis == "dct"
    # TimeML marks "the first three months" as a DURATION (as "the first nine months" in TBAQ)
    res.timeml = ("DURATION", f"P{n}M", c.begin + len(g.req("head")))
    return res
