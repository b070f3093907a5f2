""" "For the first fortnight they did nothing but sleep", "during the first week", "throughout
the opening month": a stretch of the length of its unit at the start (or end) of a stay the
text does not date (a history's fortnight of the story's month is `story_fortnights`'). Marked as
TimeML does (a DURATION of one unit), drawn as nothing; "the first week of May" (an "of" after
it) and "in the first week" (a date's place, not a length) are left alone."""

from __future__ import annotations

import re

from .table import Ctx, Groups, Res, rule

_UNITS = {"day": "P1D", "week": "P1W", "fortnight": "P2W", "month": "P1M", "year": "P1Y"}
_FOR_BEFORE = re.compile(r"(?i)\b(?:for|during|throughout|over)\s+$")


@rule(
    "first_span",
    r"(?i:the)\s+(?i:first|last|opening|final)\s+(?P<unit>(?i:day|week|fortnight|month|year))"
    r"(?![\w'’-])(?!\s+(?i:of|or|and)\b)",
    starts="the",
)
def _first_span(g: Groups, c: Ctx) -> Res | None:
    if not _FOR_BEFORE.search(c.before()[-16:]):
        return None
    return Res("DURATION", _UNITS[g.lower("unit")])
