""" "Up at five. Walked to the quarry ... Home by nine, very tired.": a diary's or a log's bare
hour, told in the clipped style that drops the subject ("Up", "Home", "Bed", "Breakfast"), is a
time of the day the entry is on. Only where such a word opens the sentence (a few words at most
before "at" or "by") and nothing follows the hour but a stop, "and" or where and with whom ("with
the Lowes"): "read at five" or "won by nine votes" in running prose is an age or an amount. The
word says the part of the day: rising and setting out are in the morning (the hour as written),
coming home, dinner and bed in the evening ("Home by nine" is 21:00). Only where the day is the
one the words are written on (a diary entry's, a dated letter's: `quoted_letters.writer_now`),
so a diary quoted with no day told for it gets no hour on another day. Hours in words only: a
bare figure ("by 9") is as often an amount."""

from __future__ import annotations

import re

from .clock import _HOUR_WORDS, _on_day
from .table import Ctx, Groups, Res, rule

_MORNING = r"Up|Rose|Woke|Breakfast|Started|Set\s+out|Off|Left|Away|Called|Sailed|Weighed"
_EVENING = r"Home|Back|Bed|Dinner|Supper|Dined|Returned|Lights\s+out|Turned\s+in|Tea"
# the clipped opening: a word of the day's round, a few words, then "at" or "by"
_OPENING = re.compile(
    rf"(?:^|(?<=[.!?;:\"“‘(\n]))\s*(?:(?P<morning>{_MORNING})|(?P<evening>{_EVENING}))"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:at|by|till|until)\s+(?:about\s+)?$"
)
_CLAUSE_END = re.compile(r"\s*(?:[.,;!)\"”’']|\s+(?:and|with|at|in|on)\s|$)")


@rule(
    "diary_hour",
    rf"(?<![\w-])(?P<h>(?i:{'|'.join(_HOUR_WORDS)}))(?![\w’'-])",
    starts=" ".join(_HOUR_WORDS),
)
def _diary_hour(g: Groups, c: Ctx) -> Res | None:
    before = c.before()
    if " at " not in before[-20:] and " by " not in before[-20:] and "till" not in before[-20:]:
        return None  # the cheap test first
    opening = _OPENING.search(before)
    if opening is None or not _CLAUSE_END.match(c.after()):
        return None
    hour = _HOUR_WORDS.index(g.lower("h")) + 1
    if opening["evening"] and hour < 12:
        hour += 12  # "Home by nine", "Bed at eleven"
    res = _on_day(c, f"T{hour:02d}:00")
    if res.point is None or res.point[0] != c.dct:
        return None  # only on the day its writer writes on (an entry's, a dated letter's)
    return res
