"""A log or diary under weekday headings: a police log's "Monday, May 3" or a week-ahead
diary's "Tuesday 4 March" (or a bare "WEDNESDAY") on a line of its own, then entries that
open with their clock time ("7:42 a.m. - A resident reported ..."). Each entry's time is on its
heading's day, not on the last day an entry before it told ("had been knocked over Sunday
night", "again two days later"). The heading is read from the text: the nearest line above
the entry that is a weekday alone or with its day and month, the lines between it and the
entry all entries (no blank line between). So is a time later in an entry, in a sentence
naming no day of its own ("Polls open from 07:00" after "called after the death of an MP on
January 30"). A day and month take the year that puts the day nearest the publication date; a
weekday alone the one before the publication date in a past entry, the one after it in one to
come.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTHS, WEEKDAYS
from ..tense import FUTURE, PAST
from .table import Ctx

_MONTH = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
_HEADING = re.compile(
    r"[^\S\n]*(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
    rf"(?:,?[^\S\n]+(?:(?P<m1>{_MONTH})[^\S\n]+(?P<d1>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?"
    rf"|(?P<d2>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?[^\S\n]+(?P<m2>{_MONTH})))?"
    r"[^\S\n]*[.:]?[^\S\n]*"
)
# an entry's opening: a clock time after a bullet at most, then a dash or a capital
_ENTRY_OPEN = re.compile(r"[^\S\n]*(?:[-–•*][^\S\n]*)?$")
_ENTRY_AFTER = re.compile(r"[^\S\n]*(?:[-–—:][^\S\n]+|[A-Z])")
_REACH = 12  # lines an entry looks up for its heading


def log_heading_day(c: Ctx) -> dt.date | None:
    """The day of the weekday heading above the entry whose clock time `c` matched (opening
    the entry, or in a sentence of it that names no day), or None where no heading stands
    above its block."""
    text = c.text
    line = text.rfind("\n", 0, c.begin) + 1
    if line == 0 or c.dct is None:
        return None
    opens = _ENTRY_OPEN.match(text, line, c.begin) and _ENTRY_AFTER.match(text, c.end)
    if not opens and (c.sent_ref is not None or c.sent_begin < line):
        return None  # inside an entry: only where its sentence, there, names no day of its own
    return _heading_above(c, line)


# a past perfect before the match in its clause: "reported that her car had been scratched"
_PERFECT_BEFORE = re.compile(r"(?i)\bhad\s+(?:not\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b[^.;:]*$")


def told_back_in_entry(c: Ctx, day: dt.date) -> dt.date | None:
    """A weekday a log's entry tells in the past perfect ("reported that her fence had been
    damaged Sunday night" under "Monday, May 3"): the last one before the heading's day, where
    the publication-day reading `day` would fall after that day; else None."""
    if c.dct is None or "had" not in c.before():
        return None
    line = c.text.rfind("\n", 0, c.begin) + 1
    if line == 0 or not _PERFECT_BEFORE.search(c.before()[-120:]):
        return None
    heading = _heading_above(c, line)
    if heading is None or day < heading:
        return None
    back = (heading.weekday() - day.weekday()) % 7 or 7
    return heading - dt.timedelta(days=back)


def _heading_above(c: Ctx, line: int) -> dt.date | None:
    """The day of the weekday heading above the line starting at `line`, within its block."""
    text = c.text
    end = line - 1  # the line break closing the line above
    for _ in range(_REACH):
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        if not above.strip():
            return None  # a blank line: the block has no heading
        if above.lstrip()[:3].lower() in _WEEKDAY_STARTS and (m := _HEADING.fullmatch(above)):
            return _heading_day(m, c)
        if start == 0:
            return None
        end = start - 1
    return None


_WEEKDAY_STARTS = frozenset(w[:3] for w in WEEKDAYS)


def _heading_day(m: re.Match[str], c: Ctx) -> dt.date | None:
    dct = c.dct
    assert dct is not None
    weekday = WEEKDAYS[m.group("wd").lower()]
    month_name, day = m.group("m1") or m.group("m2"), m.group("d1") or m.group("d2")
    if month_name is not None and day is not None:
        month = MONTHS[month_name[:3].lower()]
        days = []
        for year in (dct.year - 1, dct.year, dct.year + 1):
            try:
                days.append(dt.date(year, month, int(day)))
            except ValueError:
                continue
        if not days:
            return None
        return min(days, key=lambda d: (d.weekday() != weekday, abs((d - dct).days)))
    back = (dct.weekday() - weekday) % 7
    if c.tense() == PAST:
        return dct - dt.timedelta(days=back or 7)
    ahead = (weekday - dct.weekday()) % 7
    return dct + dt.timedelta(days=ahead if c.tense() == FUTURE or ahead else 0)
