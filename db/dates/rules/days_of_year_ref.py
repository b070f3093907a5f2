""" "8 July that year", "on 3 May the following year", "July 8 of the same year": a day and
month of the year the story is in, or of the one after or before it, as "Easter that year" is
(`feasts_of_year`); the longest match wins over the bare day, whose year the tense would
otherwise pick from the publication date."""

from __future__ import annotations

from ..lexicon import MONTH_FULL, MONTHS
from .anchoring import _anchored
from .common import _date
from .table import Ctx, Groups, Res, make, rule

_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
_WHICH = (
    r"(?:(?i:of)\s+)?(?P<w>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|"
    r"the\s+preceding))\s+(?i:year)(?![\w'’-])"
)


@rule(
    "day_of_year_ref",
    rf"(?:(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?P<m1>{MONTH_FULL})"
    rf"|(?P<m2>{MONTH_FULL})\s+(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?),?\s+{_WHICH}",
    starts="#digit #month",
)
def _day_of_year_ref(g: Groups, c: Ctx) -> Res | None:
    month = MONTHS[(g.lower("m1") or g.lower("m2"))]
    day = int(g["d1"] or g.req("d2"))
    year_res = _anchored(c, _STEPS.get(g.lower("w").split()[-1], 0), "year", story=True)
    if year_res.point is None:
        return None
    when = _date(year_res.point[0].year, month, day)
    return None if when is None else make((when, "day"), from_ref=True)
