"""Dates as people write them in their own tables' cells, read into periods.

`db.store.plain` reads a plain table's date column with them.

Dates understood (see `read_cell_date`): ISO 8601, partial too (`2019`, `2019-11`, `2019-12-23`,
`2019-12-23T10:00:00+02:00`: an offset places the time at its UTC instant), years alone (`-500`,
`44 BC`, `1850s`), compact `20191223`, English text (`23 December 2019`, `Dec 23, 2019`, and
numeric `12/23/2019`: month first unless the first number is above 12), Unix seconds (integers,
reals or numeric strings of 9-11 digits; in a column that is mostly such, every number, so the
years before 1973 and 1970 are kept) and Unix milliseconds (12-13 digits). The precision is
what was written: `Dec 2019` is a month, `2019-12-23 10:00` a minute.
"""

from __future__ import annotations

import datetime
import math
import re
import warnings
from typing import Any

from dateutil import parser as dateparser

from db.timekeys import (
    DAY,
    DateError,
    Period,
    add_months,
    days_in_month,
    key_of,
    period,
)

# ---- reading dates ---------------------------------------------------------------------------

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
# The text forms most tables hold, read without dateutil (ten times faster on big tables).
_DAY_MONTH_YEAR = re.compile(rf"^{_WEEKDAY}(\d{{1,2}}){_ORD}\s+([a-z]{{3,9}})\.?,?\s+(\d{{1,4}})$")
_MONTH_DAY_YEAR = re.compile(rf"^{_WEEKDAY}([a-z]{{3,9}})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{1,4}})$")
_MONTH_YEAR = re.compile(r"^([a-z]{3,9})\.?,?\s+(\d{3,4})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_TIME_TAIL = re.compile(
    r"^(?P<date>.+?)(?:,?\s+(?:at\s+)?)(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?$"
)
NUMBER_TEXT = re.compile(r"^[+-]?\d+(?:\.\d*)?$")
_ISO_OFFSET = re.compile(
    r"^(?P<base>[+-]?\d{1,6}-\d{1,2}-\d{1,2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
    r"\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)$",
    re.IGNORECASE,
)
_ERA_YEAR = re.compile(
    r"^(?:(?P<ad>ad|a\.d\.|ce)\s*(?P<y1>\d{1,6})"
    r"|(?P<y2>\d{1,6})\s*(?P<era>ad|a\.d\.|ce|bc|b\.c\.|bce|b\.c\.e\.))$",
    re.IGNORECASE,
)
_DECADE = re.compile(r"^(-?\d{1,4}0)'?s$")
# Two defaults that differ in every field: a field equal in both parses was written.
_DEFAULTS = (datetime.datetime(2000, 1, 1, 0, 0, 0, 0), datetime.datetime(2001, 2, 2, 1, 1, 1, 1))


def _year(year: int) -> Period:
    return Period(key_of(year), key_of(year + 1), "year")


def _month(year: int, month: int) -> Period:
    if not 1 <= month <= 12:
        raise DateError(f"month {month} out of range")
    ny, nm = add_months(year, month, 1)
    return Period(key_of(year, month), key_of(ny, nm), "month")


def _day(year: int, month: int, day: int) -> Period:
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        raise DateError(f"{year}-{month:02d}-{day:02d} does not exist")
    start = key_of(year, month, day)
    return Period(start, start + DAY, "day")


def _seconds(value: float) -> Period:
    start = math.floor(value)
    return Period(start, start + 1, "second")


def _integer(value: int, digits: int) -> Period:
    """A whole number: a year (up to 4 digits, BCE up to 6), YYYYMMDD, or Unix time."""
    if digits <= 4 or (value < 0 and digits <= 6):
        return _year(value)
    if digits == 8 and value > 0:
        return _day(value // 10_000, value // 100 % 100, value % 100)
    if 9 <= digits <= 11:
        return _seconds(value)
    if 12 <= digits <= 13:
        return _seconds(value / 1000)  # JavaScript's milliseconds
    raise DateError(f"{value} is neither a year nor a Unix time")


def _as_number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str) and NUMBER_TEXT.match(value.strip()):
        return float(value)
    return None


def unix_column(values: list[Any]) -> bool:
    """Whether a column's sampled values are Unix seconds: nine in ten of its numbers have 9-11
    digits (2001-09-09 .. 5138). Their short and negative numbers are then seconds too (1970,
    1969), not years or YYYYMMDD."""
    digits = []
    for value in values:
        number = _as_number(value)
        if number is not None:
            digits.append(len(str(int(abs(number)))))
    long = sum(9 <= d <= 11 for d in digits)
    return bool(digits) and long * 10 >= len(digits) * 9


def _number_text(text: str) -> Period:
    whole, _, fraction = text.lstrip("+-").partition(".")
    value = float(text) if fraction.strip("0") else int(text.split(".")[0])
    if isinstance(value, float):
        if 9 <= len(whole) <= 11:
            return _seconds(value)
        raise DateError(f"{text} is neither a year nor a Unix time")
    return _integer(value, len(whole))


def _common_text(text: str) -> Period | None:
    """The frequent English forms, or None to let dateutil try."""
    lower = text.lower()
    if (match := _TIME_TAIL.match(lower)) and (day := _common_text(match["date"])):
        if day.precision != "day":
            return None
        hour, minute = int(match["h"]), int(match["m"])
        if match["ampm"]:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if match["ampm"].startswith("p") else 0)
        if hour > 23 or minute > 59:
            return None
        start = day.start + hour * 3600 + minute * 60
        if match["s"] is None:
            return Period(start, start + 60, "minute")
        second = min(int(match["s"]), 59)
        return Period(start + second, start + second + 1, "second")
    if match := _DAY_MONTH_YEAR.match(lower):
        day_text, month_name, year_text = match.groups()
        if month_name in _MONTHS:
            return _day(int(year_text), _MONTHS[month_name], int(day_text))
    elif match := _MONTH_DAY_YEAR.match(lower):
        month_name, day_text, year_text = match.groups()
        if month_name in _MONTHS:
            return _day(int(year_text), _MONTHS[month_name], int(day_text))
    elif match := _MONTH_YEAR.match(lower):
        month_name, year_text = match.groups()
        if month_name in _MONTHS:
            return _month(int(year_text), _MONTHS[month_name])
    elif match := _NUMERIC_DATE.match(lower):
        first, _, other, year_text = match.groups()
        month, mday = (int(first), int(other)) if int(first) <= 12 else (int(other), int(first))
        return _day(int(year_text), month, mday)
    elif match := _ERA_YEAR.match(lower):
        year = int(match["y1"] or match["y2"])
        if (match["era"] or "").startswith("b"):
            year = 1 - year  # 1 BC is year 0 (astronomical numbering)
        return _year(year)
    elif match := _DECADE.match(lower):
        first = int(match[1])
        return Period(key_of(first), key_of(first + 10), "decade")
    return None


def _dateutil(text: str) -> Period:
    """Any other text dateutil reads; the precision from the fields actually written."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown time zone names: the time stays as written
            a, b = (dateparser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError) as exc:
        raise DateError(f"{text!r} is not a date") from exc
    if a.year != b.year:
        raise DateError(f"{text!r} has no year")
    if a.month != b.month:
        if a.day == b.day:
            raise DateError(f"{text!r} has a day but no month")
        return _year(a.year)
    if a.day != b.day:
        return _month(a.year, a.month)
    start = key_of(a.year, a.month, a.day)
    offset = a.utcoffset()
    shift = -int(offset.total_seconds()) if offset else 0
    if a.hour != b.hour:
        return Period(start, start + DAY, "day")
    start += a.hour * 3600 + shift
    if a.minute != b.minute:
        return Period(start, start + 3600, "hour")
    start += a.minute * 60
    if a.second != b.second:
        return Period(start, start + 60, "minute")
    return Period(start + a.second, start + a.second + 1, "second")


def read_cell_date(value: object, unix: bool = False) -> Period:
    """The period a cell names (see the module docstring for the forms); DateError if none.
    `unix`: the column holds Unix seconds (see `unix_column`), so every number is read as
    seconds, the short ones before 1973 and the negative ones before 1970 too."""
    if value is None or isinstance(value, (bool, bytes)):
        raise DateError("no date" if value is None else f"{type(value).__name__} is not a date")
    if unix:
        seconds = _as_number(value)
        if seconds is not None:
            return _seconds(seconds)
    if isinstance(value, int):
        return _integer(value, len(str(abs(value))))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise DateError(f"{value} is not a date")
        if value.is_integer():
            return _integer(int(value), len(str(abs(int(value)))))
        return _seconds(value)
    text = str(value).strip()
    if not text:
        raise DateError("no date")
    if NUMBER_TEXT.match(text):
        return _number_text(text)
    if text[0].isdigit() or text[0] in "+-":
        if match := _ISO_OFFSET.match(text):
            found = period(match["base"])
            tz = match["tz"].upper()
            shift = 0
            if tz != "Z":
                sign = -1 if tz[0] == "-" else 1
                digits = tz[1:].replace(":", "")
                shift = sign * (int(digits[:2]) * 3600 + int(digits[2:4] or 0) * 60)
            return Period(found.start - shift, found.end - shift, found.precision)
        try:
            return period(text)
        except DateError:
            pass
    return _common_text(text) or _dateutil(text)
