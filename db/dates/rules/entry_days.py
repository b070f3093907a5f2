"""A day of the month alone heading a record's entry, "4th. Harrowed the long field.", "Sat. 7th.
To market": a farm diary, a log or an account book names the month once and then only the day.
It is that day of the month the entries are in (the last day told before it, or a month's
heading line: "JUNE 1916"), or of the next month where the day is before that one ("30th. ...
2nd." runs on into the next month), and its weekday, where written, must fit. Only at a line's
start (after an opening quote where the entry is quoted) or after an entry's full stop, before a
full stop (`record_lines.DAY_ALONE`), and only where
the text is on a day or a month: elsewhere "4th." is a rank or an item's number.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import WEEKDAYS
from ..periods import ymd
from ..record_lines import DAY_ALONE
from .table import Ctx, Groups, Res, make, rule

# a line's start or an entry's full stop before it, and an opening quote where the entry is
# quoted whole ("'Wed. 14th. Fog till eleven.'")
_OPENS = re.compile(r"(?:^|\n|[.!?]\s)[^\S\n]*['\"‘“]?$")
_SHORT_DAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3}
_SHORT_DAYS |= {"fri": 4, "sat": 5, "sun": 6}
_CLIPPED_BEFORE = re.compile(r"(?:^|\W)(?i:mon|tues?|wed|thu|thurs?|fri|sat|sun)\.[^\S\n]+$")


def _weekday(word: str) -> int:
    word = word.lower().rstrip(".")
    return WEEKDAYS[word] if word in WEEKDAYS else _SHORT_DAYS[word]


def _in_month(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@rule("entry_day", DAY_ALONE, starts="#digit #weekday mon tue tues wed thu thur thurs fri sat sun")
def _entry_day(g: Groups, c: Ctx) -> Res | None:
    if c.ref is None or c.ref[1] not in ("day", "month"):
        return None
    if not _OPENS.search(c.text, max(0, c.begin - 3), c.begin):
        return None
    if not g["wd"] and _CLIPPED_BEFORE.search(c.text, max(0, c.begin - 8), c.begin):
        return None  # "Tues. 22nd": the day with its weekday, or none
    last, n = c.ref[0], int(g.req("d"))
    month = dt.date(last.year, last.month, 1)
    # under a month's heading ("JUNE 1916\n1st. Moved up"), any day of it
    day = _in_month(month.year, month.month, n) if n >= last.day or c.ref[1] == "month" else None
    if day is None:  # the next month's
        month = (month + dt.timedelta(days=32)).replace(day=1)
        day = _in_month(month.year, month.month, n)
    if g["wd"] and day is not None and day.weekday() != _weekday(g.req("wd")):
        # the last day told was ahead of the entries ("sails on Saturday week"): the weekday
        # says the entry is still in that day's month
        day = _in_month(last.year, last.month, n) if n < last.day else None
        day = day if day is not None and day.weekday() == _weekday(g.req("wd")) else None
    if day is None:
        return None
    return make((day, "day"), "DATE", ymd(day), from_ref=True)
