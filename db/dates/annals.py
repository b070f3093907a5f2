"""Annal entries: paragraphs that open with their year ("1349. This year the pestilence came
...", "1350: The mill was rebuilt"), as chronicles and annals are written. `rules/annal_years`
marks the heading year; "This year" inside such an entry is the entry's year, not the DCT's.
A text is read as annals only where two paragraphs or more open so: one number and a full stop
opening a paragraph ("1200. That was the crowd ...") is too little to go on."""

from __future__ import annotations

import re
from functools import lru_cache

FIRST_YEAR, LAST_YEAR = 500, 2100  # an annal's years: older ones need their era ("AD 14")
# the heading: the year, a full stop or colon, then a capitalised word or a quotation
HEADING = re.compile(r"[^\S\n]*(?P<y>[1-9]\d{2,3})[.:,][^\S\n]+[A-Z'‘\"“]")
_HEADINGS = re.compile(r"(?m)^" + HEADING.pattern)


@lru_cache(maxsize=4)
def _has_entries(text: str) -> bool:
    years = (int(m.group("y")) for m in _HEADINGS.finditer(text))
    return sum(FIRST_YEAR <= y <= LAST_YEAR for y in years) >= 2


def entry_year(text: str, pos: int) -> int | None:
    """The year heading the paragraph `pos` is in, if it opens with one (an annal entry)."""
    start = text.rfind("\n", 0, pos) + 1
    m = HEADING.match(text, start)
    if m is None or m.end("y") > pos:
        return None
    year = int(m.group("y"))
    if not FIRST_YEAR <= year <= LAST_YEAR or not _has_entries(text):
        return None
    return year
