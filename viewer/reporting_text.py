"""What was known when, in words: the "as known on" day ("22 Dec 2019") and an event's reporting
lag ("reported 3 days later"), at the event's precision. Pure functions of text and keys."""

from __future__ import annotations

from db.timekeys import DAY, PRECISION_RANK, DateError, civil_from_days, period
from viewer.date_text import parse_period
from viewer.timeline.ticks import MONTHS, year_label


def as_of_key(text: str) -> int:
    """The key an "as known on" date ("22 Dec 2019", "2019-12-22", "March 2011") stands for:
    the last second of its day (or period), so what was published that day is known.
    DateError with a reason for text that is no date."""
    return parse_period(text)[1] - 1


def day_of(key: int) -> str:
    """The day of a key as the status bar says it: "22 Dec 2019"."""
    year, month, day = civil_from_days(key // DAY)
    return f"{day} {MONTHS[month - 1]} {year_label(year)}"


def _later(n: int, unit: str) -> str:
    if n == 1:
        return {"day": "the next day", "month": "the next month", "year": "the next year"}[unit]
    return f"{n:,} {unit}s later"


def _months(key: int) -> int:
    year, month, _ = civil_from_days(key // DAY)
    return year * 12 + month - 1


def _after(days: int) -> str:
    """A lag of `days` whole days in the unit one says it in."""
    if days < 60:
        return _later(days, "day")
    if days < 730:
        return f"about {_later(round(days / 30.44), 'month')}"
    return f"about {_later(round(days / 365.2425), 'year')}"


def describe_lag(
    start: str | None,
    end: str | None,
    precision: str,
    published: str | None,
    kind: str | None,
    status: str | None = None,
) -> str | None:
    """How long after the event its article reported it, at the event's precision: "reported
    the same day", "reported 3 days later", "reported the next month", "reported before it
    happened (planned)" ("reported before the day it names" for a negated or hypothetical
    event, which did not happen). None when there is nothing to say (no publication date, or
    the event is the article's own publication)."""
    if not start or not published or kind == "publication":
        return None
    try:
        event, report = period(start), period(published).start
        event_end = period(end).end if end else event.end
    except DateError:
        return None
    # A publication date is known to its day: an event at 1:15 a.m. in that day's paper was
    # reported the same day, not before it happened.
    if period(published).end <= event.start:
        if status == "negated":
            return "reported before the day it names"
        return "reported before it happened (planned)"
    rank = PRECISION_RANK.get(precision, PRECISION_RANK["day"])
    if not end and precision in ("month", "year"):
        if precision == "month":
            n, unit = _months(report) - _months(event.start), "month"
        else:
            n = civil_from_days(report // DAY)[0] - civil_from_days(event.start // DAY)[0]
            unit = "year"
        return f"reported {'the same ' + unit if n == 0 else _later(n, unit)}"
    if not end and precision != "fuzzy" and rank >= PRECISION_RANK["day"]:
        days = report // DAY - event.start // DAY
        return "reported the same day" if days == 0 else f"reported {_after(days)}"
    # A range, a vague period, a week, a season, a decade: within it, or after its end.
    if report < event_end:
        return "reported while it was under way" if end else "reported within the period it names"
    days = (report - event_end) // DAY + 1
    return f"reported {_after(days).replace('later', 'after it ended')}"
