"""Lengths and stretches of time in words, for what a density bar stands for: "3–9 March 2011",
"29 h", "9 days". Ranges of days, months and years as CLDR writes them (date_ranges.py)."""

from __future__ import annotations

from db.timekeys import DAY, civil_from_days
from viewer.timeline.date_ranges import day_range, month_range, year_range
from viewer.timeline.ticks import FULL_MONTHS, year_label


def describe_span(t0: float, t1: float) -> str:
    """The time between two keys as a reader names it, at the resolution its length calls for:
    "23 December 2019, 10:00–14:00", "3–9 March 2011", "March – May 2011", "2010 – 2013"."""
    first = int(t0 // 1)
    last = max(first, int(-(-t1 // 1)) - 1)  # the last second inside [t0, t1)
    (d0, s0), (d1, s1) = divmod(first, DAY), divmod(last, DAY)
    y0, m0, day0 = civil_from_days(d0)
    y1, m1, day1 = civil_from_days(d1)
    span = t1 - t0
    if span < DAY:
        start = f"{s0 // 3600:02d}:{s0 % 3600 // 60:02d}"
        end = f"{(s1 + 1) // 3600 % 24:02d}:{(s1 + 1) % 3600 // 60:02d}"
        if d0 == d1 or (d1 == d0 + 1 and s1 == DAY - 1):
            return f"{day0} {FULL_MONTHS[m0 - 1]} {year_label(y0)}, {start}–{end}"
        return f"{day0} {FULL_MONTHS[m0 - 1]} {start} – {day1} {FULL_MONTHS[m1 - 1]} {end}"
    if span < 62 * DAY:
        return day_range(y0, m0, day0, y1, m1, day1)
    if span < 2 * 366 * DAY:
        return month_range(y0, m0, y1, m1)
    return year_range(y0, y1)


def describe_duration(seconds: float) -> str:
    """A length of time, rounded the way one says it: "40 min", "9 h", "3 days", "2 years"."""
    units = (
        (365.2425 * DAY, "year", "years"),
        (30.44 * DAY, "month", "months"),
        (7 * DAY, "week", "weeks"),
        (DAY, "day", "days"),
        (3600, "hour", "h"),
        (60, "minute", "min"),
    )
    for size, one, many in units:
        # The largest unit that counts it to a whole number or more than two of it.
        n = seconds / size
        if n >= 2 or (n >= 0.95 and abs(n - round(n)) < 0.05):
            n = round(n)
            return one if n == 1 else f"{n:,} {many}"
    return f"{max(round(seconds), 1)} s"
