"""The days of an event that runs over several, counted from its first: a match report's "on
the second evening", "the third day", "play on the fourth and final day", a trial's "on the
fifth day". The first day is the one the text names where it tells the start: "the first
session on Wednesday", "the opening day on Monday", "the trial opened on Tuesday", "began on
Wednesday". Where the text tells no start, the words are left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..lexicon import POD_CODE, WEEKDAY, WEEKDAYS
from ..periods import ymd
from .table import Ctx, Groups, Res, make, rule

_REACH = 3000  # characters before the day read for the start
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
# where the text tells the start: "the first session on Wednesday", "began on Monday"
_START = re.compile(
    r"(?i)\b(?:(?:first|opening)\s+(?:day|session|morning|ball)[^.;:]{0,30}?\bon\s+"
    r"|(?:began|begun|opened|started|got\s+under\s+way|started\s+play)\s+(?:on\s+)?)"
    rf"(?P<wd>{WEEKDAY})\b"
)


@lru_cache(maxsize=8)
def _first_day(text: str, before: int, dct: dt.date) -> dt.date | None:
    """The first day of the event the text tells the start of before `before`: the weekday
    named there, on or before the publication date."""
    found = None
    for m in _START.finditer(text, max(0, before - _REACH), before):
        found = m
    if found is None:
        return None
    wd = WEEKDAYS[found.group("wd").lower()]
    return dct - dt.timedelta(days=(dct.weekday() - wd) % 7)


@rule(
    "event_day",
    r"(?i:the)\s+(?P<n>(?i:first|second|third|fourth|fifth|sixth|seventh))"
    r"(?:\s+(?i:and)\s+(?i:final|last))?\s+(?P<unit>(?i:day|morning|afternoon|evening|night))"
    r"(?![\w-])",
    starts="the",
)
def _event_day(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None or c.after().lstrip().lower().startswith(("of ", "in ", "at ")):
        return None  # "the third day of the strike", "the second night in a row": no start told
    first = _first_day(c.text, c.begin, c.dct)
    if first is None:
        return None
    d = first + dt.timedelta(days=_NTH[g.lower("n")] - 1)
    unit = g.lower("unit")
    if unit == "day":
        return make((d, "day"), "DATE", ymd(d))
    return make((d, "day"), "TIME", f"{ymd(d)}T{POD_CODE[unit]}")
