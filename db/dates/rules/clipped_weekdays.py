"""A weekday clipped before a date, as forum posts, calendars and timetables write it: "Sun 22
Nov 2026", "Thurs. 3 June", "Sat, 4 May". Read by `absolute`'s day-and-month rules as part of
the date, like the full name ("Sunday 22 November")."""

from __future__ import annotations

from ..lexicon import WEEKDAYS

# capitalised only: "sat 3 exams" is a verb, "Sat 3 May" a weekday
WEEKDAY_CLIPPED = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
CLIPPED_STARTS = "mon tue tues wed thu thur thurs fri sat sun"


def weekday_number(name: str) -> int:
    """Monday 0 ... Sunday 6, from a weekday's name in lower case, full or clipped ("thurs")."""
    if name in WEEKDAYS:
        return WEEKDAYS[name]
    return next(i for full, i in WEEKDAYS.items() if full.startswith(name.rstrip(".")[:3]))
