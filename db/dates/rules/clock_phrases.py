""" "At half past six in the morning", "half past six that evening" (or "the next morning":
the day after the story's), "by a quarter to ten", "half-past ten", "at 11.30": clock times told
in words around an hour, or with a dot between hour and minutes (the British way). Both only
after a word that says a time follows ("at", "by", "until"), and a dotted time not after a
figure's verb ("closed at 11.30") nor before a unit ("at 11.30 per cent"): those are amounts;
nor "0.55", a fraction."""

from __future__ import annotations

import datetime as dt
import re

from ..periods import ymd
from .clock import _HOUR_WORDS, _TIME_CUE, _on_day, part_of_day_after
from .evening_hours import afternoon_told, evening_told, later_hour_told, midnight_hour_told
from .table import Ctx, Groups, Res, rule

_MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}
_HOUR = rf"(?P<h>1[0-2]|[1-9]|(?i:{'|'.join(_HOUR_WORDS)}))"


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOUR_WORDS.index(word.lower()) + 1


@rule(
    "clock_past",
    r"(?P<part>(?i:half|a\s+quarter|quarter|twenty-five|twenty|ten|five))(?:\s+|-)"
    rf"(?P<dir>(?i:past|to))\s+{_HOUR}(?:\s+(?i:o['’]clock))?"
    r"(?:\s+(?:(?:(?P<next>(?i:the\s+next|the\s+following))|(?i:in\s+the|that|this|the\s+same))"
    r"\s+(?P<pod>(?i:morning|afternoon|evening))|"
    r"(?P<night>(?i:at\s+night|that\s+night))))?"
    r"(?![\w-])",
    starts="half a quarter twenty ten five",
)
def _clock_past(g: Groups, c: Ctx) -> Res | None:
    if not _TIME_CUE.search(c.before()):
        return None  # "ten to one odds", "half past caring"
    part = g.lower("part")
    minutes = 30 if part == "half" else 15 if "quarter" in part else _MINUTE_WORDS[part]
    hour = _hour(g.req("h"))
    if g.lower("dir") == "to":
        hour, minutes = hour - 1 if hour > 1 else 12, 60 - minutes
    pod = g.lower("pod") or part_of_day_after(c.after())  # "... on the evening of 4 May"
    night = bool(g["night"]) or pod == "night"
    if pod == "morning":
        hour %= 12
    elif pod in ("afternoon", "evening") or (night and 6 <= hour < 12):
        hour = hour % 12 + 12
    clock = f"T{hour:02d}:{minutes:02d}"
    res = _on_day(c, clock)
    if not (pod or night) and res.point is not None:
        # "that evening ... at ten past eleven": 23:10; "... about twenty to one": 00:40
        day = res.point[0]
        if evening_told(c, day, hour):
            res = _on_day(c, f"T{hour + 12:02d}:{minutes:02d}")
        elif midnight_hour_told(c, day, hour):
            res = _on_day(c, f"T00:{minutes:02d}")
        elif day_past(c, day, hour):
            res = _on_day(c, f"T{hour + 12:02d}:{minutes:02d}")  # "at 11.45 ... half past three"
    if res.point is None or not g["next"]:
        return res
    day = res.point[0] + dt.timedelta(days=1)  # "half past seven the next morning"
    value = ymd(day) + clock
    return Res("TIME", value, (day, "day"), (value, None, "minute"), from_ref=True)


def day_past(c: Ctx, day: dt.date, hour: int) -> bool:
    """Whether a clock told in words, an hour of one to eleven as written, is after noon because
    the story's clock that day already stands past it or at its morning ("Play began at a
    quarter to twelve ... all out by half past three": 15:30; `evening_hours`)."""
    return later_hour_told(c, day, hour) or afternoon_told(c, day, hour)


# a figure's verb before "at": "closed at 11.30", "stood at 2.50" are amounts
_FIGURE_BEFORE = re.compile(
    r"(?i)\b(?:closed|close|closing|ended|ending|stood|stands|traded|trading|finished|peaked|"
    r"priced|valued|fixed|set|rate|rates|level|levels|fell|rose|opened|settled|quoted|was|were|"
    r"is|are)\s+(?:\w+\s+)?(?:at|to|from|by|around|about)\s+$"
)
_UNIT_AFTER = re.compile(
    r"\s*(?:%|(?i:per\s*cent|percent|points?|pence|cents?|[a-z]*metres?|"
    r"shares?|m|km|kg|seconds?|secs?|million|billion|times)\b)"
)


@rule(
    "clock_dot",
    r"(?<![\d.,$£€])(?P<h>1\d|2[0-3]|0\d|[1-9])\.(?P<m>[0-5]\d)(?![\d.,]\d)(?!\s*(?i:a\.?m|p\.?m)\b)",
    starts="#digit",
)
def _clock_dot(g: Groups, c: Ctx) -> Res | None:
    before = c.before()
    if not _TIME_CUE.search(before) or _FIGURE_BEFORE.search(before):
        return None
    if _UNIT_AFTER.match(c.after()):
        return None
    hour, minutes = int(g.req("h")), g.req("m")
    res = _on_day(c, f"T{hour:02d}:{minutes}")
    if res.point is not None and g.req("h")[0] != "0":
        # "at 9.30 p.m. ... the watch stopped at 11.40": 23:40; "... at 12.20": 00:20
        day = res.point[0]
        if evening_told(c, day, hour):
            res = _on_day(c, f"T{hour + 12:02d}:{minutes}")
        elif midnight_hour_told(c, day, hour):
            res = _on_day(c, f"T00:{minutes}")
    return res
