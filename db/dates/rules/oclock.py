""" "attacked at ten o'clock", "resumed at six o'clock the next morning": an hour with
"o'clock" and no part of the day ("ten o'clock at night" is `clock.clock_words`'), on the day
the story is on; with "the next morning" or "that evening" after it, one TIME on that day, as
TimeML marks "10 p.m. Wednesday". The hour is read as written (TimeML's "T10:00"), turned to
the afternoon only by a part of the day that says so, its own or the story's, or by a morning
or an earlier clock time the story is on that day (`evening_hours`)."""

from __future__ import annotations

import datetime as dt
import re

from ..periods import ymd
from .clock import _HOUR_WORDS, _TIME_CUE, _on_day
from .evening_hours import afternoon_told, evening_told, later_hour_told, night_clock
from .table import Ctx, Groups, Res, rule

_HOUR = rf"(?P<h>1[0-2]|[1-9]|(?i:{'|'.join(_HOUR_WORDS)}))"


# the hour a sentence says it was: "It was nearly eleven o'clock before the ship answered"
_IT_WAS = re.compile(
    r"(?i)\b(?:it|which)\s+(?:was|is|had\s+been|struck)\s+"
    r"(?:(?:about|nearly|almost|just|already|past|after|gone|well)\s+)*$"
)


_TEA_HOURS = range(1, 6)  # "at three o'clock" without a part of the day: the afternoon's


def _afternoon(c: Ctx, day: dt.date, hour: int) -> bool:
    """Whether an o'clock hour as written (1-12) is after noon: in the evening the story is on,
    past the clock it already stands at that day, or one to five o'clock outside a night ("tea
    in the rectory field at three o'clock"; "at two o'clock in the morning" says so)."""
    if evening_told(c, day, hour) or later_hour_told(c, day, hour):
        return True
    return hour in _TEA_HOURS and not night_clock(c, day)


@rule(
    "oclock",
    rf"{_HOUR}\s+(?i:o['’]clock)"
    r"(?:\s+(?P<rel>(?i:the\s+next|the\s+following|that|next))\s+"
    r"(?P<pod>(?i:morning|afternoon|evening|night)))?(?![\w-])",
    starts="#digit " + " ".join(_HOUR_WORDS),
)
def _oclock(g: Groups, c: Ctx) -> Res | None:
    cue = _TIME_CUE.search(c.before()) or _IT_WAS.search(c.before()[-40:])
    if not cue or re.match(r"\s+(?i:at\s+night|in\s+the)\b", c.after()):
        return None  # "ten o'clock at night", "three o'clock in the afternoon": clock_words'
    h = g.req("h")
    hour = int(h) if h.isdigit() else _HOUR_WORDS.index(h.lower()) + 1
    pod = g.lower("pod")
    if pod in ("afternoon", "evening") or (pod == "night" and hour >= 6):
        hour = hour % 12 + 12
    elif pod == "morning":
        hour %= 12
    clock = f"T{hour:02d}:00"
    res = _on_day(c, clock)
    if not pod and res.point is not None and _afternoon(c, res.point[0], hour):
        clock = f"T{hour + 12:02d}:00"  # "on the night of 6 April ... at ten o'clock": 22:00
        res = _on_day(c, clock)
    elif not pod and res.point is not None and afternoon_told(c, res.point[0], hour):
        clock = f"T{hour + 12:02d}:00"  # "On Friday morning ... by three o'clock": 15:00
        res = _on_day(c, clock)
    if res.point is None or not g["rel"] or g.lower("rel") == "that":
        return res
    day = res.point[0] + dt.timedelta(days=1)  # "the next morning": the day after the story's
    value = ymd(day) + clock
    return Res("TIME", value, (day, "day"), (value, None, "minute"), from_ref=True)
