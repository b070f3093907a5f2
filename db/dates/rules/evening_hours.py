""" "The assault went in on the night of 6 April. At ten o'clock the ladders were raised": an
hour of six to eleven without a part of the day, told on a day the story has put in its
evening or night ("the night of", "that evening", an evening clock time), is in the evening."""

from __future__ import annotations

import datetime as dt
import re

from ..periods import ymd
from .table import Ctx

_EVENING_OF = re.compile(r"(?i)\b(?:night|evening)\s+of\s+$")
_EVENING_HOURS = range(6, 12)


def evening_told(c: Ctx, day: dt.date, hour: int) -> bool:
    """Whether the hour (as written, 1-12) on `day` is in the evening the story is on."""
    if hour not in _EVENING_HOURS:
        return False
    value, before = c.ref_values.get(c.basis or "", (None, ""))
    if value is None or not value.startswith(ymd(day)):
        return False
    return value.endswith(("TNI", "TEV")) or (len(value) == 10 and bool(_EVENING_OF.search(before)))
