"""A show's "opening night" (or "first night", "press night"): the night of the opening the
text dated before it ("The revival opened at the Lyric on Tuesday ... On opening night the
lights failed" is Tuesday night), a TIME as TimeML marks a night. Only where a sentence before
it tells of the opening with a weekday or a day and month; else no date.
"""

from __future__ import annotations

import re

from ..lexicon import MONTH_FULL, WEEKDAY, WEEKDAYS
from ..periods import ymd
from .common import _date, _day, _month, _weekday_from
from .table import Ctx, Groups, Res, make, rule

_REACH = 3000  # characters before the match where the opening is looked for
# the opening told with its day: "opened at the Corn Exchange on Wednesday night", "premieres
# on 3 May", "had its first night on Tuesday"
_OPENED = re.compile(
    r"\b(?P<verb>opened|opens|premiered|premieres|debuted|had\s+its\s+(?:premiere|first\s+night))"
    rf"\b[^.;!?]{{0,80}}?\bon\s+(?:(?P<wd>{WEEKDAY})|(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?P<m>{MONTH_FULL})|(?P<m2>{MONTH_FULL})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b"
)

# "on the first night they camped": a story's night, no show's
_STORY_NIGHT = re.compile(r"(?i)\b(?:the|a|every|each|our|their)\s+$")


@rule(
    "opening_night",
    r"(?P<w>(?i:opening|first|press))\s+(?i:night)(?![\w'’-])",
    starts="opening first press",
)
def _opening_night(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None or re.match(r"\s+of\b", c.after()):
        return None  # "the first night of the tour": some night of it
    if g.lower("w") == "first" and _STORY_NIGHT.search(c.before()):
        return None  # "on the first night they camped": a story's night, no show's
    window = c.text[max(0, c.begin - _REACH) : c.begin]
    if "open" not in window and "premi" not in window and "debut" not in window:
        return None  # the cheap guard before the search
    found = None
    for found in _OPENED.finditer(window):  # noqa: B007 (the last one is the opening)
        pass
    if found is None:
        return None
    ahead = found["verb"] in ("opens", "premieres")
    if found["wd"]:
        day = _weekday_from(c.dct, WEEKDAYS[found["wd"].lower()], forward=ahead, inclusive=True)
    else:
        month, d = _month(found["m"] or found["m2"]), _day(found["d"] or found["d2"])
        told = _date(c.dct.year, month, d)
        if told is None:
            return None
        if not ahead and told > c.dct:
            told = _date(c.dct.year - 1, month, d) or told
        day = told
    return make((day, "day"), "TIME", f"{ymd(day)}TNI", relative=True)
