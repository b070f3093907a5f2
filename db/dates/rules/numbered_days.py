""" "By Day 5", "On Day 12": the numbered days of a journey or an expedition told as a chronology
("left Cape Evans on 27 June ... By Day 5 ... On Day 12"), counted from the day the story was on
when the count began (that day is Day 1) or, after an earlier "Day N", from that day. Left alone:
"Day 3 of the trial" (a day of something named), "D-Day", a count without a day in focus."""

from __future__ import annotations

import datetime as dt
import re

from .table import Ctx, Groups, Res, make, rule

_EARLIER = re.compile(r"\b[Dd]ay\s+(\d{1,3})(?![\d.,:/-])")
_BEFORE = re.compile(r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom)\s+$")
_OF_AFTER = re.compile(r"\s+of\b")
_REACH = 3000  # characters back an earlier day of the count may stand
_MAX_DAY = 400  # a longer count is no day a reader places


@rule("numbered_day", r"(?<![\w-])[Dd]ay\s+(?P<n>[1-9]\d{0,2})(?![\d.,:/\w-])", starts="day")
def _numbered_day(g: Groups, c: Ctx) -> Res | None:
    n = int(g.req("n"))
    if n > _MAX_DAY or c.ref is None or c.ref[1] != "day":
        return None
    # "Day 5: ..." heads a diary's entry; in lower case only after "on", "by" ("hurt her ankle
    # on day 41" of a challenge begun on the day the story is on)
    at_start = c.begin == c.sent_begin and c.text[c.begin] == "D"
    if not at_start and not _BEFORE.search(c.text, max(c.sent_begin, c.begin - 8), c.begin):
        return None
    if _OF_AFTER.match(c.after()):
        return None
    last = None
    for last in _EARLIER.finditer(c.text, max(0, c.begin - _REACH), c.begin):  # noqa: B007
        continue
    counted = int(last[1]) if last is not None else 1
    return make((c.ref[0] + dt.timedelta(days=n - counted), "day"), from_ref=True)
