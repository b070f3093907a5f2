""" "Teams searched through the night ... The search resumed at first light": the morning that
ends the night the story has just told. Only after a night, an evening or the small hours on a
day (a clock "at 3 a.m. on Sunday" counts): with no night before it, "at first light" is no
date this rule can place."""

from __future__ import annotations

import datetime as dt
import re

from ..periods import ymd
from .clock import after_a_night, small_hours
from .table import Ctx, Groups, Res, make, rule

_CUE = re.compile(r"(?i)\b(?:at|by|before|after|until|till|from|since)\s+$")
_SMALL_HOURS_DAY = re.compile(r"(?i)\b[1-4](?:[.:][0-5]\d)?\s*a\.?m\.?\s+(?:on\s+)?$")


@rule("first_light", r"(?i:first\s+light)(?![\w-])", starts="first")
def _first_light(g: Groups, c: Ctx) -> Res | None:
    if not _CUE.search(c.before()) or c.ref is None or c.ref[1] != "day":
        return None
    day, c.basis = c.ref[0], "ref"
    value, before = c.ref_values.get("ref", (None, ""))
    if value is None or not value.startswith(ymd(day)):
        return None
    if after_a_night(c, day):
        day += dt.timedelta(days=1)  # "on Saturday evening ... at first light": Sunday's
    elif not (small_hours(value) or (len(value) == 10 and _SMALL_HOURS_DAY.search(before))):
        return None
    return make((day, "day"), "TIME", f"{ymd(day)}TMO")
