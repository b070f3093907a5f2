""" "The assault went in on the night of 6 April. At ten o'clock the ladders were raised": an
hour of six to eleven without a part of the day, told on a day the story has put in its
evening or night ("the night of", "that evening", an evening clock time), is in the evening; and
an hour written 12 told in the night or a late evening ("... ten past eleven ... about twenty to
one") is just after midnight, on the next day (`clock._after_a_night` moves it)."""

from __future__ import annotations

import datetime as dt
import re

from ..periods import ymd
from .table import Ctx

_EVENING_OF = re.compile(r"(?i)\b(?:night|evening)\s+of\s+$")
_EVENING_HOURS = range(6, 12)
_EVENING = 18  # an evening clock time: from 18:00
_LATE = 21  # a late evening: an hour written 12 after it is midnight's


def evening_told(c: Ctx, day: dt.date, hour: int) -> bool:
    """Whether the hour (as written, 1-12) on `day` is in the evening the story is on."""
    if hour not in _EVENING_HOURS:
        return False
    value, before = c.ref_values.get(c.basis or "", (None, ""))
    if value is None or not value.startswith(ymd(day)):
        return False
    if value.endswith(("TNI", "TEV")):
        return True
    if len(value) == 10:
        return bool(_EVENING_OF.search(before))
    # "At 9 p.m. ... at ten past eleven": an hour told after an evening clock time, not before it
    ref_hour = value[11:13]
    return ref_hour.isdigit() and _EVENING <= int(ref_hour) <= hour + 12


def midnight_hour_told(c: Ctx, day: dt.date, hour: int) -> bool:
    """Whether an hour written 12 ("twenty to one", "at a quarter past twelve") on `day` is just
    after midnight: the story is on that day's night or late evening."""
    if hour != 12:
        return False
    value, _ = c.ref_values.get(c.basis or "", (None, ""))
    if value is None or not value.startswith(ymd(day)):
        return False
    ref_hour = value[11:13]
    # after 21:00, or in midnight's own hour ("... just after midnight ... at ten to one")
    return value.endswith("TNI") or (
        ref_hour.isdigit() and (int(ref_hour) >= _LATE or ref_hour == "00")
    )


_AFTERNOON_HOURS = range(1, 7)  # "by three o'clock" after the morning: 15:00, not 03:00


def afternoon_told(c: Ctx, day: dt.date, hour: int) -> bool:
    """Whether an hour of one to six (as written) on `day` comes after the morning or the clock
    time the story is on that day, so in the afternoon: time in a story moves forward ("On
    Friday morning a queue formed ... by three o'clock the bank had paid out")."""
    if hour not in _AFTERNOON_HOURS:
        return False
    value, _ = c.ref_values.get(c.basis or "", (None, ""))
    if value is None or not value.startswith(ymd(day)) or len(value) <= 10:
        return False
    if value.endswith(("TMO", "TAF")):
        return True
    ref_hour = value[11:13]
    return ref_hour.isdigit() and hour < int(ref_hour) < 12 + hour and int(ref_hour) < _EVENING
