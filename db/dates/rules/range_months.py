"""A range's end is not before its start: "Orders are dispatched from Monday 4 January until the
end of March", written in December, runs to March of the January's year, not the March just
gone; "held the castle from 14 October 1066 until March" is March 1067. A year-less month or
day after "until", "till", "to" or "through" (with "the end of", "early", "mid-", "late"
between), in a sentence that opened the range with "from" on an earlier date, falls on the
first such month or day after that start. Used by `anchoring.pick_year_anchored`."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..periods import Point

# "from <start> until the end of ", "from <start> to early ": the range's end word before it
# (one date between "from" and the end word: not "runs from June 1 to November 30 and peaks in
# early to mid-September", whose "to" joins two parts of a month)
_END_BEFORE = re.compile(
    r"(?i)\bfrom\s+(?:(?!(?:to|until|till|through|and)\b)[^.;:!?]){1,60}?\s+"
    r"(?:until|till|to|through)\s+"
    r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?|late\s+)?$"
)


# a start whose year is fixed: by its year, or by its weekday ("Monday 4 January"); a year-less
# start ("from January to March") is the engine's to align with its end (`extract`'s ranges)
_FIXED_START = re.compile(
    r"\b(?:1\d{3}|20\d\d)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE
)


def year_after_start(
    before: str, start: Point | None, start_words: str, year: int, month: int, day: int | None
) -> int:
    """`year`, or the next one where the month (or day) ending a "from ... until" range in that
    year would come before the range's start (`start`: the sentence's date before it, written
    `start_words`, which fix its year)."""
    if start is None or start[1] not in ("day", "month") or not _FIXED_START.search(start_words):
        return year
    if "from" not in before.lower() or _END_BEFORE.search(before[-120:]) is None:
        return year
    if _end(year, month, day) >= start[0]:
        return year
    # the first such month or day on or after the start: the start's year or the next
    first = start[0].year
    return first if _end(first, month, day) >= start[0] else first + 1


def _end(year: int, month: int, day: int | None) -> dt.date:
    """The day (or the last day of the month) in `year`; 28 February for a 29th it lacks."""
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day or last, last))
