"""The year of a journal's entry under an extract's heading: a printed edition of an old diary
heads its extract "An extract: March 1870" or "MARCH 1870" (or says in its introduction "the
entries for March 1870 follow"), and its entries are headed by a clipped weekday and a day
("Tues. 1st March. Pancakes.", "Sat. 5th. To market."). The first entry's day is of the heading's
year, not of one near the edition's publication date, and the year carries on through the entries
(`rules.entry_days` counts the later days from it), moving on a year where an entry names a month
before the heading's ("DECEMBER 1870 ... Mon. 2nd January."). Only for an entry heading at a
line's start (`record_lines.LINE_HEADING`) that names its weekday, under a month and year long
past, and only where the weekday fits that year: a heading line's month and year first, else the
last one the introduction names (a day before it, "9 January 1869", is a date of its own). Used by
`anchoring.pick_year_anchored`."""

from __future__ import annotations

import re

from ..lexicon import MONTH_FULL, MONTHS
from ..record_lines import LINE_HEADING
from .table import Ctx
from .weekday_years import weekday_fits

_REACH = 4000  # characters back to the extract's heading at most
# a month and year, no day before it ("9 January 1869" is a day of its own)
_MONTH_YEAR = re.compile(
    rf"(?<![\d\w])(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)(?P<m>(?i:{MONTH_FULL}))[^\S\n]+"
    r"(?P<y>1\d{3}|20\d{2})(?![\d\w])"
)
_HEADING_LINE = 90  # a heading line is short


def _on_heading_line(text: str, begin: int, end: int) -> bool:
    """Whether the month and year stand on a short line without a sentence's stop."""
    start = text.rfind("\n", 0, begin) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    line = text[start:stop].strip()
    return len(line) <= _HEADING_LINE and ". " not in line and line[-1:] not in ".!?"


def extract_year(c: Ctx, month: int, day: int, weekday: int | None, long_past: int) -> int | None:
    """The year of the journal entry heading at `c` ("Tues. 1st March.") under an extract's month
    and year long past (`long_past` or before) where the weekday fits it, else None."""
    if weekday is None:
        return None
    line = c.text.rfind("\n", 0, c.begin) + 1
    if c.text[line : c.begin].strip() or LINE_HEADING.match(c.text, line) is None:
        return None
    found = [
        m
        for m in _MONTH_YEAR.finditer(c.text, max(0, line - _REACH), line)
        if int(m["y"]) <= long_past
    ]
    heads = [m for m in found if _on_heading_line(c.text, m.start(), m.end())]
    chosen = heads[-1] if heads else found[-1] if found else None
    if chosen is None:
        return None
    head_month = MONTHS[chosen["m"].lower()]  # a full month name: `_MONTH_YEAR` reads no other
    year = int(chosen["y"]) + (1 if month < head_month else 0)
    return year if weekday_fits(year, month, day, weekday) else None
