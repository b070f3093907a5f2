"""A year-less day before a dated one it is paired with: "on 14 March and 2 May 2023", "letters
of 9 June, 1 July and 4 August 2021", "from 20 December to 3 January 2024". Both days are in the
year the last one names (the year before it when the first day comes later in the calendar: a
run across New Year); read apart, the first day took the year nearest the publication date."""

from __future__ import annotations

import re

from ..lexicon import DAY, MONTH, YEAR, year_of
from .common import _day, _month
from .table import Ctx

_JOIN = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|to|until|till|through)\s+|[-–]\s*)(?:on\s+)?"
_ITEM = rf"(?:{DAY}\s+(?:of\s+)?{MONTH}|{MONTH}\s+{DAY}(?![\d:]))"
# up to three more days, the last with its year (bounded: a list, not a paragraph)
_PAIRED = re.compile(
    rf"(?:{_JOIN}{_ITEM}){{0,2}}{_JOIN}"
    rf"(?:(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})|(?P<mon2>{MONTH})\s+(?P<d2>{DAY}))"
    rf",?\s+(?P<y>{YEAR})\b(?![-–/]\d)",
    re.IGNORECASE,
)
_JOIN_START = re.compile(r"\s*(?:,|and\b|or\b|to\b|until\b|till\b|through\b|[-–])", re.I)


def year_after_pair(c: Ctx, month: int, day: int) -> int | None:
    """The year of the dated day this one is paired with, else None."""
    after = c.after()
    if not _JOIN_START.match(after):
        return None  # cheap guard: no joining word or comma right after the day
    m = _PAIRED.match(after[:120])
    if m is None:
        return None
    c.basis = "next"  # provenance: the year of the day that follows
    year = year_of(m["y"])
    later = (_month(m["mon"] or m["mon2"]), _day(m["d"] or m["d2"]))
    return year if (month, day) <= later else year - 1
