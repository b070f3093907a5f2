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
_LATE = 21
_SINCE = re.compile(r"(?i)\bsince\b")  # a late evening: an hour written 12 after it is midnight's


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
    if not ref_hour.isdigit() or int(ref_hour) < _EVENING:
        return False
    # "... at eleven ... below since the change of watch at eight": a look back to the evening
    return int(ref_hour) <= hour + 12 or _SINCE.search(_own_clause(c)) is not None


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


# a look back from the clock the story is at: "had left at eight", "since eight", "earlier"
_LOOK_BACK = re.compile(r"(?i)\b(?:had|since|earlier|before|previously)\b")
_DAY_HOURS = range(1, 12)
_SMALL_HOURS = 6  # a clock before it is the night's


def later_hour_told(c: Ctx, day: dt.date, hour: int) -> bool:
    """Whether the hour (as written, 1-11) on `day` is in the afternoon or evening because the
    story's clock that day already stands past it: "the doors opened at ten; by three o'clock"
    is 15:00, "At noon ... Home by nine" 21:00 (a story told in order; not a look back)."""
    if hour not in _DAY_HOURS:
        return False
    value, _ = c.ref_values.get(c.basis or "", (None, ""))
    if value is None or not value.startswith(ymd(day)) or len(value) < 16:
        return False
    ref_hour = value[11:13]
    if not ref_hour.isdigit() or not _SMALL_HOURS <= int(ref_hour) < hour + 12:
        return False
    return int(ref_hour) > hour and _LOOK_BACK.search(_own_clause(c)) is None


def _own_clause(c: Ctx) -> str:
    """The words before the match back to the last clause break, 60 characters at most."""
    before = c.before()[-60:]
    return before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1 :]


def night_clock(c: Ctx, day: dt.date) -> bool:
    """Whether the story's clock on `day` is in its night (a night, a late evening or the
    small hours): an hour of one to five there is the night's, not the afternoon's."""
    value, before = c.ref_values.get(c.basis or "", (None, ""))
    if value is None:
        return False
    night = value.endswith(("TNI", "TEV")) or (len(value) == 10 and _EVENING_OF.search(before))
    ref_hour = value[11:13]
    late = ref_hour.isdigit() and int(ref_hour) >= _LATE
    if not value.startswith(ymd(day)):
        # `day` already the morning after a night told the day before ("on the night of 4 March
        # ... At three o'clock": the small hours of the 5th)
        return bool(night or late) and value.startswith(ymd(day - dt.timedelta(days=1)))
    return bool(night or late) or (ref_hour.isdigit() and int(ref_hour) < _SMALL_HOURS)
