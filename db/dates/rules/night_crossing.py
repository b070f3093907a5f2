"""A story told by the clock across one night: "raised the warning at 8.30 p.m. and lifted it at
5 a.m." (the morning is the next day's), "A man died at about 10 p.m." told after that morning
(back on the evening the night began), and "On Monday the countdown ran through the night, and
loading began at 2.15 a.m." (a night inside the day the sentence opens with: Monday's small
hours). `clock._on_day` asks `night_step` how many days the clock's day moves."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from ..periods import ymd
from .table import Ctx

_EVENING = 18  # a clock time from 6 p.m. is the evening's
_SMALL = 5  # below it, `clock._after_a_night` already moves the small hours on
_MORNING = re.compile(r"(?i)(?:\b|(?<=\d))a\.?m\b|\bmorning\b")  # "5 a.m.", "9.40am"
_EARLIER = re.compile(r"(?i)\b(?:earlier|previously|before\s+that)\b")
# a pluperfect goes back before the evening: "She had set off for work at 8am"; not one that
# tells what was done by a time ("had restored power to 52,000 homes by 9 a.m.")
_HAD = re.compile(r"(?i)\b(?:had|hadn['’]t)\s+(?:not\s+|already\s+|just\s+)?[a-z]+")
_BY = re.compile(r"(?i)\bby\s+(?:about\s+|around\s+)?$")


def _flashback(before: str) -> bool:
    """Whether the clock after `before` is in a pluperfect that goes back in time."""
    return "had" in before and _HAD.search(before) is not None and _BY.search(before) is None


_THROUGH = re.compile(r"(?i)\b(?:through|throughout|during)\s+$")
_FRAME = re.compile(r"(?:^|[.!?]\s+|\n\s*)On\s+$")  # "On Monday ...": the sentence's day
# an evening's clock told just before the day it is on: "left at 10pm on Tuesday" (the day's
# mention is the reference; the clock was joined to it afterwards)
_EVENING_CLOCK_BEFORE = re.compile(
    r"(?i)\b(?P<h>[6-9]|1[01])(?:[.:][0-5]\d)?\s*p\.?m\.?\s+(?:on\s+)?(?:the\s+)?$"
)


def from_values(sources: Mapping[str, Any], text: str) -> dict[str, tuple[str | None, str]]:
    """For "ref" and "sent_ref": the TIMEX value their own mention was resolved from and the
    words before that mention ("ref<"), as `clock.ref_values` gives for the mentions."""
    out: dict[str, tuple[str | None, str]] = {}
    for k in ("ref", "sent_ref"):
        src = getattr(getattr(sources.get(k), "res", None), "source", None)
        if src is not None and hasattr(src, "res"):
            out[k + "<"] = (src.res.value, text[max(0, src.begin - 20) : src.begin])
    return out


def _hour(value: str | None) -> int | None:
    if value is None or len(value) < 13 or value[10] != "T" or not value[11:13].isdigit():
        return None
    return int(value[11:13])


def _evening(value: str | None) -> bool:
    hour = _hour(value)
    return value is not None and (value.endswith(("TEV", "TNI")) or (hour or 0) >= _EVENING)


def _evening_told(value: str, before: str) -> bool:
    """Whether the reference is an evening: its own value, or a day named right after an
    evening's clock time ("at 10pm on Tuesday"; `before`: the words before the day)."""
    if _evening(value):
        return True
    return len(value) == 10 and "m" in before[-12:] and bool(_EVENING_CLOCK_BEFORE.search(before))


def framed_night(c: Ctx) -> bool:
    """ "On Monday the countdown ran through the night": a night told inside the day its
    sentence opens with holds that day's small hours, not the next day's."""
    if c.basis != "sent_ref":
        return False
    value, before = c.ref_values.get("sent_ref", (None, ""))
    day_value, day_before = c.ref_values.get("sent_ref<", (None, ""))
    return (
        value is not None
        and value.endswith("TNI")
        and bool(_THROUGH.search(before))
        and day_value is not None
        and len(day_value) == 10
        and value.startswith(day_value)
        and bool(_FRAME.search(day_before))
    )


def night_step(c: Ctx, day: dt.date, hour: int, small_hours_after: bool) -> int:
    """Days a clock time at `hour` on `day` moves: +1 for the morning after an evening or night
    told just before it ("at 8.30 p.m. ... at 5 a.m.", "on Monday evening ... by 9 a.m."),
    -1 for an evening told after such a morning in a new sentence (the story goes back to the
    night), 0 otherwise. `small_hours_after`: `clock._after_a_night`'s answer."""
    if small_hours_after:
        return 0 if framed_night(c) else 1
    value, before = c.ref_values.get(c.basis or "", (None, ""))
    if value is None or not value.startswith(ymd(day)) or _EARLIER.search(c.before()):
        return 0
    if (
        _SMALL <= hour < 12
        and _evening_told(value, before)
        and not framed_night(c)
        and not _flashback(c.before()[-200:])
    ):
        said = c.text[c.begin : c.end]
        # "a.m.", or a 24-hour clock's leading zero ("until 23.00 ... woke at 05.15")
        if (_MORNING.search(said) or said[:1] == "0") and (c.dct is None or day < c.dct):
            return 1
    if hour >= _EVENING and c.basis == "ref" and (_hour(value) or 99) < 12:
        crossed, _ = c.ref_values.get("ref<", (None, ""))
        if _evening(crossed) and crossed and crossed.startswith(ymd(day - dt.timedelta(days=1))):
            return -1
    return 0
