""" "By Indenture of the tenth day of June 1796, John Crane conveyed the mill, built by his father
about forty years since, ...": a record quoted whole speaks from the day it opens with. An amount
counted back from now ("forty years ago", the older "forty years since") inside such a quotation
counts back from that day, not from the publication's. The record's day: the first expression
after the quotation's opening mark in the sentence, within a few words of it, a day with its
year long before the publication (a news quote opening "On Monday ..." is no record)."""

from __future__ import annotations

import datetime as dt

from .anchoring import HISTORY_YEARS
from .table import Ctx

_OPENING_REACH = 40  # characters from the opening mark to the record's day
_OPENERS = '“"'  # not "‘": an apostrophe closes it as well


def record_day(c: Ctx) -> dt.date | None:
    """The day the quotation holding the match opens with, where it is a record's; else None."""
    before = c.before()
    if not any(q in before for q in _OPENERS):
        return None  # the cheap test first: no quotation opened in the sentence before
    at = _opening(before)
    if at < 0:
        return None
    at += c.begin - len(before)
    first = None  # the first expression inside the quotation (`told` runs in text order)
    for m in reversed(c.told):
        if m.begin < at:
            break
        first = m
    if first is None or first.begin - at > _OPENING_REACH or first.begin >= c.begin:
        return None
    point = first.res.point
    pub = c.pub or c.dct
    if point is None or point[1] != "day" or pub is None:
        return None
    return point[0] if point[0].year <= pub.year - HISTORY_YEARS else None


def _opening(before: str) -> int:
    """Where the quotation still open at the end of `before` opened, else -1."""
    curly = before.rfind("“")
    if curly >= 0 and before.rfind("”") < curly:
        return curly
    if before.count('"') % 2 == 1:
        return before.rfind('"')
    return -1
