""" "The turn of the century": the years around a century's first, written as the decade it
opens ("190" for about 1900; TIMEX3 has no value for a turn). "the turn of the 20th century" is
1900's; without a century, the turn nearest the text's time (its last dated point, else the
publication date), and after "by" the next one ("By the turn of the century it was drawing
more visitors", told after 1935: 2000's).
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import ORDINAL, ORDINALS
from .table import Ctx, Groups, Res, make, rule

_BY = re.compile(r"(?i)\bby\s+$")


@rule(
    "century_turn",
    r"(?:(?i:the)\s+)?(?i:turn)\s+(?i:of)\s+(?i:the)\s+(?:(?P<ord>"
    rf"{ORDINAL})(?:-|\s+))?(?i:century)(?!\w)",
    starts="the turn",
)
def _century_turn(g: Groups, c: Ctx) -> Res | None:
    if g["ord"]:
        o = g.lower("ord")
        n = int(o[:-2]) if o[0].isdigit() else ORDINALS.get(o, 0)
        if not 1 <= n <= 22:
            return None
        turn = (n - 1) * 100
    else:
        now = c.ref[0].year if c.ref is not None else c.dct.year if c.dct is not None else None
        if now is None or now < 1000:  # no time told, or a BC year's stand-in
            return Res("DATE", "XXX")
        turn = -(-now // 100) * 100 if _BY.search(c.before()) else (now + 50) // 100 * 100
    if turn < 100:
        return None
    return make((dt.date(turn, 1, 1), "decade"))
