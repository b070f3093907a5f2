"""Dates as a reader wants to see them: "Sunday 22 December 2019 (day)", "November 2019 (month
precision)", "15–17 March 2012"."""

from __future__ import annotations

from db.store.cell_dates import read_cell_date
from db.timekeys import DAY, PRECISION_RANK, DateError, civil_from_days, period
from viewer.timeline.date_ranges import day_range, month_range, separator, year_range
from viewer.timeline.ticks import FULL_MONTHS, MONTHS, year_label

FULL_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _one(text: str, with_weekday: bool = True) -> str:
    try:
        p = period(text)
    except DateError:
        return text
    days, secs = divmod(p.start, DAY)
    year, month, day = civil_from_days(days)
    if p.precision == "year":
        return year_label(year)
    if p.precision == "month":
        return f"{FULL_MONTHS[month - 1]} {year_label(year)}"
    out = f"{day} {FULL_MONTHS[month - 1]} {year_label(year)}"
    if with_weekday:
        out = f"{_weekday(days)} {out}"
    if p.precision in ("hour", "minute", "second"):
        out += f", {secs // 3600:02d}:{secs % 3600 // 60:02d}"
    return out


def _weekday(days: int) -> str:
    return FULL_WEEKDAYS[(days + 3) % 7]  # 1970-01-01 was a Thursday


def _range(start: str, end: str) -> str:
    """Two dates of one precision as CLDR says them ("15–17 March 2012", "March – May 2011");
    others (hours, a day to a month) each in full."""
    try:
        a, b = period(start), period(end)
    except DateError:
        return f"{_one(start, False)}{separator()}{_one(end, False)}"
    (y0, m0, d0), (y1, m1, d1) = civil_from_days(a.start // DAY), civil_from_days(b.start // DAY)
    if a.precision == b.precision == "day":
        return day_range(y0, m0, d0, y1, m1, d1)
    if a.precision == b.precision == "month":
        return month_range(y0, m0, y1, m1)
    if a.precision == b.precision == "year":
        return year_range(y0, y1)
    return f"{_one(start, False)}{separator()}{_one(end, False)}"


def describe_date(start: str | None, end: str | None, precision: str) -> str:
    """A readable date or range, saying how precise it is when it is not a plain day."""
    if not start:
        return "date unknown"
    text = _range(start, end) if end else _one(start)
    rank = PRECISION_RANK.get(precision, PRECISION_RANK["day"])
    if precision == "fuzzy":
        return f"about {text} (vague)"
    if rank < PRECISION_RANK["day"]:
        return f"{text} ({precision} precision)"
    if not end and precision in ("day", "hour"):
        # Known to the day (or hour), not to the minute: the timeline draws the whole period.
        return f"{text} ({precision})"
    return text


def short_date(start: str | None, precision: str) -> str:
    """A start date as a list row shows it, as much of it as is known: "22 Dec 2019", "Sep
    2012", "2012", "about 2012" for a vague one. The precision is what the date leaves out,
    so a narrow results list keeps its line for the headline."""
    if not start:
        return "date unknown"
    try:
        p = period(start)
    except DateError:
        return start
    year, month, day = civil_from_days(p.start // DAY)
    if precision in ("year", "fuzzy"):
        text = year_label(year)
    elif precision == "month":
        text = f"{MONTHS[month - 1]} {year_label(year)}"
    elif PRECISION_RANK.get(precision, PRECISION_RANK["day"]) >= PRECISION_RANK["day"]:
        text = f"{day} {MONTHS[month - 1]} {year_label(year)}"
    else:  # a decade, a quarter, a season, a week: rare in a list, said in full
        return describe_date(start, None, precision)
    return f"about {text}" if precision == "fuzzy" else text


def short_span(start: str | None, end: str | None, precision: str) -> str:
    """A date or range as a list row shows it: "22 Dec 2019", "15–17 Mar 2012" (short_date)."""
    if not end or not start:
        return short_date(start, precision)
    try:
        a, b = period(start), period(end)
    except DateError:
        return f"{start}{separator()}{end}"
    if a.precision == b.precision == "day":
        (y0, m0, d0), (y1, m1, d1) = (
            civil_from_days(a.start // DAY),
            civil_from_days(b.start // DAY),
        )
        return day_range(y0, m0, d0, y1, m1, d1, short=True)
    return f"{short_date(start, a.precision)}{separator()}{short_date(end, b.precision)}"


def describe_day(text: str | None) -> str:
    """A publication date as a plain day ("Monday 23 December 2019"), or "date unknown"."""
    return _one(text) if text else "date unknown"


def parse_period(text: str) -> tuple[int, int]:
    """A date a person types ("March 2011", "23 Dec 2019", "2019-12", "500 BC") -> its key period.

    The same reading as dates in users' own tables (db.store.cell_dates). Raises DateError with
    a reason when the text names no date or no year.
    """
    text = (text or "").strip()
    if not text:
        raise DateError("type a date, e.g. 'March 2011' or '2019-12-23'")
    found = read_cell_date(text)
    return found.start, found.end
