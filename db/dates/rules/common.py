"""Helpers several rule families share: parsing a date, month or day from a match, the
relative word of a match, whitespace folding, the title-case check that tells names ("USA Today",
"60 Minutes") from dates, weekday stepping, whether a lower-case word follows, the "and a half"
patterns, and `_period`, the TIMEX3 duration of n units.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTHS, UNITS
from .table import CONTEXT, Ctx, Groups


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower()[:3]]  # "Sept.", "SEPTEMBER", "Sep" -> "sep"


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _rel(g: Groups) -> str:
    """The relative word of a match, "this past" read as "last" ("this past spring")."""
    rel = _ws(g.lower("rel"))
    return "last" if rel == "this past" else rel


def _ws(text: str) -> str:
    return " ".join(text.lower().split())


# A capitalised word just before: "Today" after it is part of a name ("USA Today").
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w.&'’-]*\s$")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _title_case(c: Ctx, word: str) -> bool:
    """Whether `word`, capitalised mid-sentence in a sentence that is not itself a title-case
    headline, marks a name: ABC's "This Week", "Next Year in Jerusalem"."""
    lo, hi = max(c.sent_begin, c.begin - CONTEXT), min(c.sent_end, c.end + CONTEXT)
    if word.isupper() and _caps_line(c):
        return False  # a heading line in capitals: "LATER THIS MONTH" above a diary's list
    return word[:1].isupper() and bool(_LOWER_WORD.search(c.text, lo, hi))


def _caps_line(c: Ctx) -> bool:
    """Whether the match stands on a line of its own with no lower-case letter."""
    line = c.text.rfind("\n", 0, c.begin) + 1
    end = c.text.find("\n", c.end)
    seg = c.text[line : len(c.text) if end < 0 else end]
    return end >= 0 and len(seg) <= 60 and not any(ch.islower() for ch in seg)


# Dates before the Gregorian reform are the Julian calendar's, as their chronicles wrote them: the
# weekday of "27 February 1487" is the Julian day's (a Tuesday), ten days or so off the same
# numbers read as a Gregorian date.
_GREGORIAN_START = dt.date(1582, 10, 15)


def weekday_of(d: dt.date) -> int:
    """The weekday of `d`, read as a Julian date before 15 October 1582."""
    if d >= _GREGORIAN_START:
        return d.weekday()
    return (d.weekday() + d.year // 100 - d.year // 400 - 2) % 7


def _weekday_from(base: dt.date, wd: int, forward: bool, inclusive: bool) -> dt.date:
    if forward:
        delta = (wd - weekday_of(base)) % 7
        return base + dt.timedelta(days=delta or (0 if inclusive else 7))
    delta = (weekday_of(base) - wd) % 7
    return base - dt.timedelta(days=delta or (0 if inclusive else 7))


# "2 1/2 years", "two and a half years", "a minute and a half"
_HALF_NUM = r"(?P<half>\s+1/2|\s*½|\s+(?i:and\s+a\s+half))?"
_AND_A_HALF = r"(?P<half2>\s+(?i:and\s+a\s+half))?"


# "and a half" in the next smaller unit: "2 1/2 years" -> "P2Y6M", "5 1/2 hours" -> "PT5H30M".
_HALF = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}


def _period(n: int | None, unit: str, half: bool = False) -> str:
    """The TIMEX3 duration of n units; decades and centuries in years as ISO 8601 has them
    ("P20Y", not "P2DE"); `half`: and a half more."""
    if unit in ("decade", "century"):
        years = {"decade": 10, "century": 100}[unit]
        return "PXY" if n is None else f"P{n * years + (years // 2 if half else 0)}Y"
    if unit == "fortnight":  # two weeks; "a fortnight and a half" is three
        return "PXW" if n is None else f"P{2 * n + (1 if half else 0)}W"
    letter = UNITS[unit][1]
    t = "T" if UNITS[unit][2] else ""
    if n is None:
        return f"P{t}X{letter}"
    if half:
        extra = _HALF.get(unit)
        return f"P{t}{n}{letter}{extra}" if extra else f"P{t}{n}.5{letter}"
    return f"P{t}{n}{letter}"


_NOUN_NEXT = re.compile(r"\s+[a-z]")
