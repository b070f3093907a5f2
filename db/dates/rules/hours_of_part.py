""" "at six that evening", "by five the next morning", "at ten o'clock in the forenoon": an hour
in words with the part of the day it falls in named after it, as histories and old minutes
write it (with "in the morning" or "at night" it is `clock.clock_words`', with "o'clock that
evening" `oclock`'s). One TIME, on the story's day, or the day after it for "the next morning"."""

from __future__ import annotations

import datetime as dt

from ..periods import ymd
from .clock import _HOUR_WORDS, _TIME_CUE, _on_day
from .table import Ctx, Groups, Res, rule


@rule(
    "hour_of_part_of_day",
    rf"(?P<h>(?i:{'|'.join(_HOUR_WORDS)}))"
    r"(?:\s+(?P<rel>(?i:that|the\s+next|the\s+following|the\s+same))\s+"
    r"(?P<pod>(?i:morning|afternoon|evening|night))"
    r"|\s+(?i:o['’]clock)\s+(?i:in\s+the)\s+(?P<fore>(?i:forenoon|afternoon)))(?![\w-])",
    starts=" ".join(_HOUR_WORDS),
)
def _hour_of_part(g: Groups, c: Ctx) -> Res | None:
    if not _TIME_CUE.search(c.before()):
        return None  # "six that evening were hurt": a count
    hour = _HOUR_WORDS.index(g.lower("h")) + 1
    pod = g.lower("pod") or ("morning" if g.lower("fore") == "forenoon" else "afternoon")
    if pod == "morning":
        hour %= 12
    elif pod in ("afternoon", "evening") or (pod == "night" and hour >= 6):
        hour = hour % 12 + 12
    clock = f"T{hour:02d}:00"
    rel = g.lower("rel").split()
    if not rel or rel[-1] in ("that", "same"):
        return _on_day(c, clock)
    story = _on_day(c, "T12:00")  # the story's day itself, before any turn of the night
    if story.point is None:
        return Res("TIME", "XXXX-XX-XX" + clock)
    day = story.point[0] + dt.timedelta(days=1)  # "at five the next morning": the day after
    value = ymd(day) + clock
    return Res("TIME", value, (day, "day"), (value, None, "minute"), from_ref=True)
