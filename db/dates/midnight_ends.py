"""TIMEX3's "midnight" at the end of the day it belongs to: T24:00 of that day.

"Filed by midnight on 31 January", "ceased trading at midnight on Thursday", "midnight Friday",
"shortly before midnight": the moment that ends the day named (TimeML and TimeBank write it
"T24"). The timeline keeps its own reading (the day's last minute, `rules.clock`); only the
TIMEX3 value is written this way. A midnight told as the start of a day ("just after midnight",
"past midnight", "since midnight") and a bare "at midnight" with no day of its own (a diary's
"split at midnight" under its day's heading) are left as they are.
"""

from __future__ import annotations

import re

# a midnight that starts a day rather than ending one
_AFTER_WORD = re.compile(r"(?i)\b(?:after|past|since)\s+$")
# the day a joined span names after it: "midnight Friday", "midnight tomorrow", "midnight on 4 May"
_JOINED_DAY = re.compile(
    r"(?i),?\s+(?:on\s+)?(?:to(?:day|night|morrow)|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)"
)
# the gap between "midnight" and the day named with it: "midnight on Thursday", "midnight,
# Friday", "the midnight mass on Christmas Eve", "a midnight showing on New Year's Eve"
_DAY_GAP = re.compile(r"(?i)(?:\s+(?:mass|service|showing|screening|deadline))?(?:\s+on|,)?\s+$")


def midnight_value(text: str, begin: int, end: int, value: str, next_day: tuple | None) -> str:
    """The TIMEX3 value of a TIME mention at [begin, end) whose text opens with "midnight":
    T24:00 of its day where the day is the one it ends. `next_day` is the next mention of the
    sentence as (begin, value), or None."""
    if len(value) != 16 or not text.startswith(("midnight", "Midnight"), begin):
        return value
    if _AFTER_WORD.search(text, max(0, begin - 12), begin):
        return value  # "just after midnight": the next day's first moment
    day, clock = value[:10], value[10:]
    if clock == "T23:59":
        return day + "T24:00"  # "by midnight", "shortly before midnight": the day's end
    if clock != "T00:00":
        return value
    if end - begin > len("midnight"):
        if _JOINED_DAY.match(text, begin + len("midnight"), end):
            return day + "T24:00"  # "midnight Friday", "midnight tomorrow": one span with its day
        return value
    if next_day is not None:
        nbegin, nvalue = next_day
        if nvalue[:10] == day and _DAY_GAP.fullmatch(text, end, nbegin):
            return day + "T24:00"  # "at midnight on Thursday"
    return value
