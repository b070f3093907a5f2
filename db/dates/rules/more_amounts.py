""" "another sixteen years", "another eighteen months": an amount added to one already told is
a DURATION that TimeML marks with its "another" (the narrative sets mark it so)."""

from __future__ import annotations

from ..lexicon import NUM, UNIT, number_of, unit_of
from .common import _period
from .table import Ctx, Groups, Res, rule


@rule(
    "another_amount",
    rf"(?i:another)\s+(?P<num>{NUM})\s+(?P<unit>{UNIT})(?![\w-])",
    starts="another",
)
def _another_amount(g: Groups, c: Ctx) -> Res | None:
    n = number_of(g.req("num"))
    if n is None or n < 2 or c.text[c.end : c.end + 4].lower().strip().startswith("old"):
        return None  # "another a year" is no amount; "another 20 years old" an age
    return Res("DURATION", _period(n, unit_of(g.req("unit"))))
