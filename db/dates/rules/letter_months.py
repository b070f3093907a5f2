"""The month of a bare "on the 11th" in a text that counts its days by "inst." and "ult."
(`letter_style_days`): a letter or an old newspaper names last month's days "ult.", so a day it
leaves bare is of the writer's own month, not of the month the story last looked back to ("he
complained on the 24th ult. ... the way was examined on the 11th")."""

from __future__ import annotations

import datetime as dt
import re

from ..periods import shift
from .table import Ctx

_LETTER_MONTH = re.compile(r"(?i)\d(?:st|nd|rd|th)?\s+(?:inst|ult|ulto|ultimo)\b")
_REACH = 20_000  # characters back a text's "inst." or "ult." is looked for


def letter_month(c: Ctx, day: int) -> dt.date | None:
    """The month a bare "on the 11th" is of in a text that counts its days by "inst." and
    "ult.": the writer's own (a day of last month would have been "ult."), when that day has
    come by the writer's day and the story is on this month or the last. None otherwise."""
    dct, ref = c.dct, c.ref
    if dct is None or ref is None or day > dct.day:
        return None
    this_month = dct.replace(day=1)
    if not shift(this_month, -1, "month") <= ref[0] <= dct:
        return None
    text, lo = c.text, max(0, c.begin - _REACH)
    if text.find(" inst", lo, c.begin) < 0 and text.find(" ult", lo, c.begin) < 0:
        return None  # the cheap test before the regex
    return this_month if _LETTER_MONTH.search(text, lo, c.begin) else None
