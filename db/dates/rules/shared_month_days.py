""" "On 3 and 4 July", "the 18th, 19th and 20th May": the days before the last of a list share
its month (and its year), so each is that day, as a reader and TimeML date it ("3" in "on 3 and
4 October" is 3 October). Only a list joined by commas and "and"/"or"/"&" (a dash or "to" is a
range, `_join_ranges`'s), with the month right after its last day."""

from __future__ import annotations

from ..lexicon import MONTH_FULL, YEAR, year_of
from .anchoring import pick_year_anchored
from .common import _date, _month
from .table import Ctx, Groups, Res, make, rule

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


@rule(
    "shared_month_day",
    r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    rf"(?=(?:\s*,\s*{_DAY})*\s*,?\s+(?:and|or|&)\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?"
    rf"(?P<mon>{MONTH_FULL})(?:,?\s+(?P<y>{YEAR}))?(?![\w-]))",
    starts="#digit",
)
def _shared_month_day(g: Groups, c: Ctx) -> Res | None:
    if c.before()[-1:].isdigit() or c.before()[-1:] in ".,/:-":
        return None  # inside a figure: "1,3 and", "2.3 and"
    month, day = _month(g.req("mon")), int(g.req("d"))
    if g["y"]:
        year, anchored, explicit = year_of(g.req("y")), True, True
    else:
        picked, anchored = pick_year_anchored(c, month, day)
        if picked is None:
            return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
        year, explicit = picked, False
    d = _date(year, month, day)
    if d is None:
        return None
    return make((d, "day"), explicit_year=explicit, yearless=not explicit, relative=not anchored)
