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


_WHOLE_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}


@rule(
    "whole_unit",
    r"(?P<the>(?i:the))\s+(?i:whole|entire)\s+(?P<unit>(?i:day|week|month|year))(?![\w-])",
    starts="the",
)
def _whole_unit(g: Groups, c: Ctx) -> Res | None:
    """ "sat out the whole day", "the entire year": one unit, all of it, a DURATION."""
    return Res("DURATION", _WHOLE_UNITS[g.lower("unit")])
