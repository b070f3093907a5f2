"""Calendar points at a granularity: formatting as TIMEX3 values, shifting, and the partial-ISO
range ("dating") a point covers on the timeline.

A point is a `datetime.date` plus a granularity name ("day", "week", "month", "year", ...): the
date is any day inside the period, usually its first.
"""

from __future__ import annotations

import datetime as dt
from calendar import isleap
from math import ceil

from dateutil.relativedelta import relativedelta

from .lexicon import SEASON_FIRST_MONTH

Point = tuple[dt.date, str]
Dating = tuple[str, str | None, str]  # (start, end_date, precision) as in DatedSentence

# Values for expressions whose reference time is unknown (no DCT): TIMEX3 "X" placeholders.
PLACEHOLDER = {
    "second": "XXXX-XX-XX",
    "minute": "XXXX-XX-XX",
    "hour": "XXXX-XX-XX",
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "season": "XXXX-XX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


def ymd(d: dt.date) -> str:
    # date's own ISO form ("0005-03-09": four-digit years), also for a datetime (no time)
    return dt.date.isoformat(d)


def ym(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def fmt(d: dt.date, gran: str) -> str:
    """The TIMEX3 value of the period of granularity `gran` holding `d`."""
    if gran in ("day", "hour", "minute", "second"):
        return ymd(d)
    if gran in ("week", "weekend"):
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if gran == "weekend" else "")
    if gran == "month":
        return ym(d)
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "season":
        code = {v: k for k, v in SEASON_FIRST_MONTH.items()}[d.month]
        return f"{d.year:04d}-{code}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(gran)


def shift(d: dt.date, n: int, unit: str) -> dt.date:
    """`d` moved by n units (negative: back). Units finer than a day move whole days."""
    if unit in ("second", "minute", "hour"):
        per_day = {"second": 86_400, "minute": 1440, "hour": 24}[unit]
        days = ceil(abs(n) / per_day)
        return d + dt.timedelta(days=days if n > 0 else -days)
    if unit in ("day", "night"):
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "fortnight":
        return d + dt.timedelta(weeks=2 * n)
    months = {
        "month": 1,
        "quarter": 3,
        "season": 3,
        "half": 6,
        "year": 12,
        "decade": 120,
        "century": 1200,
    }
    return add_months(d, n * months[unit])


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(d: dt.date, months: int) -> dt.date:
    """`d + relativedelta(months=months)`: the same day that many months on, cut to the end of a
    shorter month; without building a relativedelta (its arithmetic in Python was a visible
    share of the extractor's time). A year outside 1..9999: ValueError, as with it."""
    if not isinstance(months, int):
        return d + relativedelta(months=months)  # its own check of a fractional count
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    day = d.day
    if day > 28:
        last = 29 if month0 == 1 and isleap(year) else _MONTH_DAYS[month0]
        day = min(day, last)
    return d.replace(year=year, month=month0 + 1, day=day)


def start_of(d: dt.date, gran: str) -> dt.date:
    """The first day of the period of granularity `gran` holding `d`."""
    if gran in ("week", "weekend"):
        monday = d - dt.timedelta(days=d.weekday())
        return monday + dt.timedelta(days=5) if gran == "weekend" else monday
    if gran in ("month", "season"):
        return d.replace(day=1)
    if gran == "quarter":
        return dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if gran == "half":
        return dt.date(d.year, (d.month - 1) // 6 * 6 + 1, 1)
    if gran == "year":
        return dt.date(d.year, 1, 1)
    if gran == "decade":
        return dt.date(d.year // 10 * 10, 1, 1)
    if gran == "century":
        return dt.date(max(1, d.year // 100 * 100), 1, 1)
    return d


def dating(point: Point) -> Dating:
    """The partial-ISO range a point covers, with the precision to draw it at."""
    d, gran = point
    if gran in ("day", "hour", "minute", "second"):
        return ymd(d), None, "day"
    if gran == "week":
        monday = start_of(d, "week")
        return ymd(monday), ymd(monday + dt.timedelta(days=6)), "week"
    if gran == "weekend":
        sat = start_of(d, "weekend")
        return ymd(sat), ymd(sat + dt.timedelta(days=1)), "day"
    if gran == "month":
        return ym(d), None, "month"
    if gran in ("quarter", "season"):
        first = start_of(d, gran)
        return ym(first), ym(add_months(first, 2)), gran
    if gran == "half":  # no precision of its own on the timeline: six months
        first = start_of(d, gran)
        return ym(first), ym(add_months(first, 5)), "month"
    if gran == "year":
        return f"{d.year:04d}", None, "year"
    if gran == "decade":
        y = d.year // 10 * 10
        return f"{y:04d}", f"{y + 9:04d}", "decade"
    if gran == "century":
        y = d.year // 100 * 100
        return f"{y:04d}", f"{y + 99:04d}", "century"
    raise ValueError(gran)


# The granularity a span counted in some unit is drawn at ("for nine months" -> months).
_SPAN_GRAN = {
    "second": "day",
    "minute": "day",
    "hour": "day",
    "day": "day",
    "night": "day",
    "week": "week",
    "weekend": "week",
    "fortnight": "week",
    "month": "month",
    "quarter": "month",
    "season": "month",
    "half": "month",
    "year": "year",
    "decade": "year",
    "century": "year",
}


def span_dating(dct: dt.date, n: int, unit: str, forward: bool, fuzzy: bool) -> Dating | None:
    """The range of n units ending (or, forward, starting) at the DCT; None past year 1..9999."""
    try:
        other = shift(dct, n if forward else -n, unit)
    except (ValueError, OverflowError):
        return None
    first, last = (dct, other) if forward else (other, dct)
    gran = _SPAN_GRAN[unit]
    if forward and gran == "week":
        gran = "day"  # "for the next two weeks" runs from the DCT itself, not its week's Monday
    if gran in ("day", "week"):
        return ymd(first), ymd(last), "fuzzy" if fuzzy else gran
    text = ym if gran == "month" else (lambda d: f"{d.year:04d}")
    return text(first), text(last), "fuzzy" if fuzzy else gran
