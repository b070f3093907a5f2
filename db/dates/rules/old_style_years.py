"""The year of a date the text says is written in the Old Style year, which in England began
on Lady Day (25 March) until 1752: "Buried ... the 11th of February 1636", which the register
writes in the old-style year, is 11 February 1637 by modern reckoning. Only where the sentence
says so ("the old-style year", "the year then began on Lady Day"): a modern writer usually gives
the modern year. Days from 25 March on kept their year.
"""

from __future__ import annotations

import re

from .table import Ctx

_LAST_OLD_YEAR = 1751  # the year 1752 began on 1 January in England
_MARK = re.compile(
    r"(?i)\bold[\s-]style\s+year\b|\byear\b[^.;]{0,50}?\b(?:turn(?:ed|s)?|beg[ai]n|begins|"
    r"start(?:ed|s)?|changed?)\b[^.;]{0,40}?\b(?:Lady\s+Day|25(?:th)?\s+(?:of\s+)?March)\b"
)


def modern_year(c: Ctx, year: int, month: int, day: int) -> int:
    """`year`, or the next one for a day of 1 January-24 March written in an Old Style year
    its sentence marks as such (the sentence's words around the date, bounded)."""
    if year > _LAST_OLD_YEAR or (month, day) > (3, 24):
        return year
    near = c.before() + " " + c.after()
    if "tyle" not in near and "ady" not in near and "March" not in near:  # the cheap test
        return year
    return year + 1 if _MARK.search(near) else year
