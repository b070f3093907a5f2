"""A clock time of a timetable that names no day of its own: "nightly at 7.30pm except
Sundays", "matinees at 2.30pm on Wednesdays and Saturdays", "open from 9am to 5pm, Monday to
Saturday", "closed between 8pm and 6am every night". It is the hour of every such day
(XXXX-XX-XXT19:30), not a time on the publication day or on the last day the text named.

`_EVERY_DAY_AFTER` in `clock.py` already takes "8am to 10pm daily"; this adds the recurrence
told before the clock ("nightly at", "every morning from"), plural weekdays after it ("on
Wednesdays and Saturdays", "except Sundays"), a run of weekdays with no date ("Monday to
Saturday"), and "and" joining the span ("between 8pm and 6am every night"). A single weekday
("at 7.30pm on Saturday") or a run of weekdays with a date or week after it ("Monday to Friday
next week") is a day, and stays one."""

from __future__ import annotations

import re

from .table import Ctx

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)"
_RECURS = (
    r"(?:daily|nightly|every\s+(?:day|night|morning|afternoon|evening|weekday)"
    r"|each\s+(?:day|night|morning|afternoon|evening))"
)

# the recurrence right before: "nightly at 7.30pm", "every morning from 6am", "daily, at 10am"
_BEFORE = re.compile(rf"(?i)\b{_RECURS},?\s+(?:from|at|between|until|till)\s+$")

# after the clock (and the other end of its span): a recurrence, plural weekdays, or a run of
# weekdays
_AFTER = re.compile(
    rf"(?:\s*(?:-|–|to|until|till|and)\s*{_CLOCK})?,?\s+(?:"
    rf"(?i:{_RECURS})(?![\w-])"
    rf"|(?:(?i:on|except|and)\s+)?(?:(?i:every)\s+)?{_DAY}s(?![\w'’-])"
    rf"|{_DAY}\s+(?:to|-|–|through)\s+{_DAY}(?![\w'’-])(?!,?\s+(?:\d|(?i:next|this|last)\b))"
    r")"
)


def no_day(c: Ctx) -> bool:
    """Whether the clock time at `c` is a timetable's hour of every day it names, with no day
    of its own."""
    before = c.before()
    if before and _BEFORE.search(before[-40:]):
        return True
    after = c.after()
    return bool(after) and bool(_AFTER.match(after[:80]))
