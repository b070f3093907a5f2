""" "Bins due on Monday 28 December will be collected on Tuesday 29 December; Tuesday's on
Wednesday 30 December", "Thursday and Friday rounds will be made on Saturday 2 January": a
bare weekday that names a slot of a timetable ("Tuesday's", "Thursday rounds"), not a time the
sentence happens at ("on Tuesday"), in a sentence whose dates are of another week than the
publication day's, is the weekday nearest the date told beside it, as a reader of a moved
timetable takes it. Where the weekday the publication day picks is within a week of such a date
the sentence is news time ("Monday's hearing, adjourned to Wednesday 9 December") and keeps that
pick. Used by `relative._weekday`."""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTH_FULL, MONTHS, WEEKDAY
from .table import Ctx

# a time adjunct's word before the weekday: "on Tuesday", "by Friday", "last Monday"
_ADJUNCT_BEFORE = re.compile(
    r"(?i)\b(?:on|by|until|till|from|since|before|after|last|next|this|every|each|of|that|a|"
    r"to|through|between)\s+$"
)
# the first weekday of a pair: "on Monday and Tuesday" is read at "on"
_PAIRED_BEFORE = re.compile(rf"{WEEKDAY}\s+(?:and|or)\s+$")
# a slot's look after the weekday: a possessive, or a noun (list) it qualifies
# ("Tuesday's on Wednesday 30 December": the noun left out; not "Sunday's first round")
_SLOT_AFTER = re.compile(
    r"['’]s(?=\s*[,;]|\s+(?:on|to|are|is|will|move|moves|go|goes|shift|shifts)\b)|(?:\s+(?:and|or)\s+[A-Z][a-z]+day)?\s+(?:rounds?|collections?|bins?|services?|"
    r"shifts?|slots?|deliveries|runs?|classes|sessions?|clinics?|surgeries|markets?)\b"
)
_DAY_MONTH = re.compile(
    rf"\b(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_FULL})\b"
    rf"|\b(?P<m2>{MONTH_FULL})\s+(?P<d2>[12]\d|3[01]|0?[1-9])\b(?!,?\s*\d{{3}})"
)
_NEAR = dt.timedelta(days=6)  # a date within this of the publication day's pick: news time


def _dates_told(c: Ctx) -> list[tuple[int, dt.date]]:
    """(distance in characters from the weekday, day) of each day-and-month in the sentence,
    in the year that puts it nearest the publication day; a semicolon or a full stop between
    puts a date behind every date of the weekday's own part of the sentence."""
    assert c.dct is not None
    out: list[tuple[int, dt.date]] = []
    for m in _DAY_MONTH.finditer(c.text, c.sent_begin, c.sent_end):
        month = MONTHS.get((m["m"] or m["m2"]).lower())
        if month is None:
            continue
        day = int(m["d"] or m["d2"])
        days = []
        for year in (c.dct.year - 1, c.dct.year, c.dct.year + 1):
            try:
                days.append(dt.date(year, month, day))
            except ValueError:
                continue
        if not days:
            continue
        told = min(days, key=lambda d: abs(d - c.dct))  # type: ignore[operator]
        gap = c.text[m.end() : c.begin] if m.end() <= c.begin else c.text[c.end : m.start()]
        far = 1000 if re.search(r"[;.]", gap) else 0
        out.append((len(gap) + far, told))
    return out


def listed_day(c: Ctx, weekday: int, picked: dt.date) -> dt.date:
    """The weekday `weekday` nearest the date told beside it, where the weekday at `c` names a
    timetable's slot and the publication day's pick `picked` is more than a week from every
    date of the sentence; else `picked`."""
    before = _PAIRED_BEFORE.sub("", c.before())
    if c.dct is None or _ADJUNCT_BEFORE.search(before) or not _SLOT_AFTER.match(c.after()):
        return picked
    told = _dates_told(c)
    if not told or any(abs(d - picked) <= _NEAR for _, d in told):
        return picked
    _, near = min(told, key=lambda t: t[0])
    back = (near.weekday() - weekday) % 7
    return near - dt.timedelta(days=back) if back <= 3 else near + dt.timedelta(days=7 - back)
