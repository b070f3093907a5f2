""" "The ticket was bought on the day of the draw", "anyone who shopped in the week of the draw":
a day (week, night) named by a happening the text dated before ("the draw on Wednesday 24
June", "last night's draw", "the Midsummer Day draw") is that happening's day, or the week that
holds it. Where no mention of the noun was dated, nothing is marked (the happening's day is not
known)."""

from __future__ import annotations

import re

from ..periods import Point, ymd
from .table import Ctx, Groups, Res, make, rule

_PARTS = {"night": "NI", "morning": "MO", "evening": "EV", "afternoon": "AF"}
# how far back a happening's dated mention is looked for (a news story's length)
_REACH = 4000


def _dated_before(c: Ctx, noun: str) -> Point | None:
    """The point of the latest mention dated beside `noun` before `c`: the noun right after the
    date ("last night's draw", "the Midsummer Day draw") or with "on"/"of" before it ("the draw
    on Wednesday 24 June", "the draw of 8 March")."""
    word = re.escape(noun)
    after_date = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{word}\b", re.IGNORECASE)
    before_date = re.compile(
        rf"\b{word}\s+(?:(?:held|made|staged)\s+)?(?:on|of)\s+(?:the\s+)?$", re.IGNORECASE
    )
    for told in reversed(c.told):
        if told.begin >= c.begin:
            continue
        if c.begin - told.end > _REACH:
            break
        point = told.res.point
        if point is None or point[1] != "day":
            continue
        if after_date.match(c.text, told.end, told.end + 40) or before_date.search(
            c.text[max(0, told.begin - 60) : told.begin]
        ):
            return point
    return None


@rule(
    "day_of_noun",
    r"(?i:the)\s+(?P<unit>(?i:day|week|night|morning|afternoon|evening))\s+(?i:of)\s+"
    r"(?i:the)\s+(?P<noun>[a-z]+)(?![\w'’-])",
    starts="the",
)
def _day_of_noun(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None or not c.told:
        return None
    point = _dated_before(c, g.req("noun"))
    if point is None:
        return None
    unit = g.lower("unit")
    if unit == "week":
        return make((point[0], "week"), from_ref=True)
    if unit in _PARTS:
        return make((point[0], "day"), "TIME", f"{ymd(point[0])}T{_PARTS[unit]}", from_ref=True)
    return make((point[0], "day"), "DATE", ymd(point[0]), from_ref=True)
