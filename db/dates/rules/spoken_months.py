""" "The bad flood was in 1947, the March.": a month added after a year as a speaker gives it,
"the" and the month's name set off by a comma after the year and ending the clause. It is that
month of that year; anywhere else "the March" is more likely a march.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTH_FULL
from .common import _month
from .table import Ctx, Groups, Res, make, rule

_YEAR_BEFORE = re.compile(r"\b(?P<y>1\d{3}|20\d{2}),\s*$")


@rule("month_after_year", rf"(?i:the)\s+(?P<mon>{MONTH_FULL})(?=\s*[.,;:!?])", starts="the")
def _month_after_year(g: Groups, c: Ctx) -> Res | None:
    year = _YEAR_BEFORE.search(c.before())
    if year is None:
        return None
    if c.sent_ref is None or c.sent_ref[0].year != int(year["y"]):
        return None  # the year must be a date told, not a count ("1947, the March")
    c.basis = "sent_ref"
    return make((dt.date(int(year["y"]), _month(g.req("mon")), 1), "month"), from_ref=True)
