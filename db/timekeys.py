"""Integer time keys: seconds from 1970-01-01T00:00 UTC on the proleptic Gregorian calendar.

Keys are plain ints so that the hot paths (sorting, window queries, binning) never touch
`datetime`, and so that dates outside its range (year 0, BCE, after 9999) still have a place on the
timeline. Year numbering is astronomical: year 0 is 1 BCE, year -1 is 2 BCE.

A partial ISO date names a period: "2019" is the whole year, "2019-11" the month, "2019-12-23" the
day, "2019-12-23T10:00" the minute. `period()` turns one into a half-open key interval [start, end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

DAY = 86_400

# Precision names, coarse to fine. Stored in events.precision; the order matters for drawing.
PRECISIONS = (
    "millennium",
    "century",
    "decade",
    "year",
    "quarter",
    "season",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
)
FUZZY = "fuzzy"  # a vague period ("in recent days"): drawn as imprecise, never as a point
PRECISION_RANK = {name: i for i, name in enumerate(PRECISIONS)} | {FUZZY: PRECISIONS.index("day")}


class DateError(ValueError):
    """A date text that cannot name a period (malformed, impossible or out of range)."""


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 to the given proleptic Gregorian date (any year, BCE included)."""
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146_097 + doe - 719_468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """The inverse of `days_from_civil`."""
    z = days + 719_468
    era = z // 146_097
    doe = z - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (month <= 2), month, day


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def key_of(
    year: int, month: int = 1, day: int = 1, hour: int = 0, minute: int = 0, second: int = 0
) -> int:
    return days_from_civil(year, month, day) * DAY + hour * 3600 + minute * 60 + second


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


_ISO = re.compile(
    r"^\s*(?P<y>[+-]?\d{1,6})"
    r"(?:-(?P<m>\d{1,2})"
    r"(?:-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"(?P<tz>Z|(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2}))?)?"
    r")?)?\s*$"
)


@dataclass(frozen=True)
class Period:
    """A half-open interval of keys and the precision of the date that named it."""

    start: int
    end: int
    precision: str


def period(text: str) -> Period:
    """The period a partial ISO date names: "2019" -> the year, "2019-11-27" -> that day."""
    if not isinstance(text, str):
        raise DateError(f"not an ISO date: {text!r}")
    return _period(text)


@lru_cache(maxsize=4096)  # an import asks for the same days again and again (each event twice)
def _period(text: str) -> Period:
    match = _ISO.match(text)
    if not match:
        raise DateError(f"not an ISO date: {text!r}")
    year = int(match["y"])
    if match["m"] is None:
        return Period(key_of(year), key_of(year + 1), "year")
    month = int(match["m"])
    if not 1 <= month <= 12:
        raise DateError(f"month {month} out of range in {text!r}")
    if match["d"] is None:
        ny, nm = add_months(year, month, 1)
        return Period(key_of(year, month), key_of(ny, nm), "month")
    day = int(match["d"])
    if not 1 <= day <= days_in_month(year, month):
        raise DateError(f"day {day} does not exist in {year}-{month:02d} ({text!r})")
    start = key_of(year, month, day)
    if match["H"] is None:
        return Period(start, start + DAY, "day")
    hour, minute = int(match["H"]), int(match["M"])
    if hour > 23 or minute > 59:
        raise DateError(f"time out of range in {text!r}")
    start += hour * 3600 + minute * 60
    if match["sign"]:  # a time with an offset names a UTC instant: keys are UTC
        off_h, off_m = int(match["oh"]), int(match["om"])
        if off_h > 23 or off_m > 59:
            raise DateError(f"time zone offset out of range in {text!r}")
        start -= (1 if match["sign"] == "+" else -1) * (off_h * 3600 + off_m * 60)
    if match["S"] is None:
        return Period(start, start + 60, "minute")
    sec = int(match["S"])
    if sec > 60:
        raise DateError(f"second {sec} out of range in {text!r}")
    sec = min(sec, 59)  # a leap second (":60") is folded into the minute's last second
    return Period(start + sec, start + sec + 1, "second")


def iso_of(key: int, precision: str = "day") -> str:
    """The ISO text of a key at a precision: iso_of(k, "month") -> "2019-11"."""
    days, secs = divmod(key, DAY)
    year, month, day = civil_from_days(days)
    ytext = f"{year:04d}" if year >= 0 else f"-{-year:04d}"
    rank = PRECISION_RANK.get(precision, PRECISION_RANK["day"])
    if rank <= PRECISION_RANK["year"]:
        return ytext
    if rank <= PRECISION_RANK["month"]:
        return f"{ytext}-{month:02d}"
    if rank <= PRECISION_RANK["day"]:
        return f"{ytext}-{month:02d}-{day:02d}"
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    if rank <= PRECISION_RANK["minute"]:
        return f"{ytext}-{month:02d}-{day:02d}T{hh:02d}:{mm:02d}"
    return f"{ytext}-{month:02d}-{day:02d}T{hh:02d}:{mm:02d}:{ss:02d}"


def span_keys(start: str, end: str | None = None) -> tuple[int, int]:
    """Sort keys of an event: the start of `start`'s period to the end of `end`'s (or `start`'s)."""
    first = period(start)
    last = period(end) if end else first
    if last.end < first.start:
        raise DateError(f"end {end!r} is before start {start!r}")
    return first.start, max(first.end, last.end)
