"""A timeline entry headed by a month alone, as a dated box or chronology writes it: "Oct: Divers
find ...", "Late Oct: ...", "Dec: A ferry starts running." A month short or full, at its line's
start and right before a colon, is that month. Its year is carried down the box: the year of the
last entry heading above that names one ("12 Sept 2025: ..."), moved on a year each time a
heading's month comes before the one above it ("Oct: ..." then "Feb: ..." is the next February).
Elsewhere a bare "Aug" or "Dec" is left alone (a name, a unit).
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTH_ABBR, MONTH_FULL, MONTHS
from .anchoring import pick_year_anchored
from .common import _month
from .table import Ctx, Groups, Res, make, rule

_BOX_REACH = 1500  # characters of entries above read for the carried year
# an entry heading above: a line's opening words before a colon
_HEADING_ABOVE = re.compile(r"(?m)^[^\S\n]*([^\n:.!?]{1,24}):[^\S\n]")
_YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")
_MONTH_WORD = re.compile(r"\b([A-Za-z]{3,9})\b")
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _heading_month(label: str) -> int | None:
    for w in _MONTH_WORD.findall(label):
        low = w.lower()
        if low in _SEASON_MONTH:
            return _SEASON_MONTH[low]
        if low[:3] in MONTHS and (low in MONTHS or low[:3] == low or low == "sept"):
            return MONTHS[low[:3]]
    return None


def _carried_year(text: str, begin: int, month: int) -> int | None:
    """The year the entry heading at `begin` carries down from the headings above it, or None
    where no heading above names a year."""
    line = text.rfind("\n", 0, begin) + 1
    year: int | None = None
    last = 0
    for m in _HEADING_ABOVE.finditer(text, max(0, line - _BOX_REACH), line):
        label = m.group(1)
        named = _YEAR.search(label)
        mon = _heading_month(label)
        if named is not None:
            year, last = int(named.group(1)), mon or 1
        elif year is not None and mon is not None:
            if mon < last:
                year += 1
            last = mon
    if year is None:
        return None
    return year + 1 if month < last else year


@rule(
    "entry_month",
    rf"(?:(?P<rel>(?i:early|late|mid))(?:-|\s+))?(?P<mon>{MONTH_FULL}|{MONTH_ABBR})(?=[^\S\n]*:)",
    starts="early late mid #month",
)
def _entry_month(g: Groups, c: Ctx) -> Res | None:
    line = c.text.rfind("\n", 0, c.begin) + 1
    if not c.text[line : c.begin].isspace() and line != c.begin:
        return None  # not at its line's start: no entry's heading
    month = _month(g.req("mon"))
    carried = _carried_year(c.text, c.begin, month)
    if carried is not None:
        return make((dt.date(carried, month, 1), "month"), yearless=True)
    year, anchored = pick_year_anchored(c, month)
    if year is None:
        return Res("DATE", f"XXXX-{month:02d}")
    return make((dt.date(year, month, 1), "month"), yearless=True, relative=not anchored)
