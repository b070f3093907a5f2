""" "A generation later", "a generation earlier": some twenty-five years from the story's time,
as the decade a reader would put it in (after 1957: the 1980s, "198")."""

from __future__ import annotations

import datetime as dt

from .table import Ctx, Groups, Res, make, rule

_GENERATION_YEARS = 25


@rule(
    "generation_later",
    r"(?P<a>(?i:a))\s+(?i:generation)\s+(?P<dir>(?i:later|earlier|before|after))(?![\w-])",
    starts="a",
)
def _generation_later(g: Groups, c: Ctx) -> Res | None:
    if c.ref is None:
        return None
    sign = 1 if g.lower("dir") in ("later", "after") else -1
    year = c.ref[0].year + sign * _GENERATION_YEARS
    if year < 1:
        return None
    return make((dt.date(year // 10 * 10 or 1, 1, 1), "decade"), from_ref=True)
