"""Dates written all in figures the way notebooks, labels and letters give them: "3/2/06" and
"19/3/06" (a two-digit year), "14.vii.1868", "3 VI 1891" and "v.1880" (the month in Roman
numerals, as collectors' labels and much of Europe write it), "Oct. 89" (a month and a clipped
year too large to be a day).

Day or month first: a careful reader takes the order the text itself shows. Where one of its
slash dates can only be read one way ("19/3/06": no 19th month) the text writes day first,
and "3/2/06" beside it is 3 February; with no such date, month first as before
(`absolute.slash_date`). The century of a two-digit year is the one nearest the story's time,
else nearest the first full year the text names after it (a notebook's "3/2/06" in a piece that
goes on to "7 January 1907" is 1906), else told from the publication date (`clipped_years`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..lexicon import MONTH_ABBR
from .clipped_years import AHEAD, nearest_year
from .common import _date, _month
from .table import Ctx, Groups, Res, make, rule

# any slash date of the text, for the order of its day and month
_SLASH = re.compile(r"(?<![\d/])(\d\d?)/(\d\d?)/(?:\d{4}|\d\d)(?![\d/])")
# a full year of the text, for the century of a clipped one told before any
_FULL_YEAR = re.compile(r"(?<![\d/.,])1[5-9]\d\d(?![\d/])")


@lru_cache(maxsize=8)
def day_first(text: str) -> bool:
    """Whether the text's slash dates put the day first: one of them has a first number no
    month can be and none a second number no month can be."""
    if "/" not in text:
        return False
    days_first = months_first = False
    for m in _SLASH.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        days_first |= 12 < a <= 31 and 1 <= b <= 12
        months_first |= 12 < b <= 31 and 1 <= a <= 12
    return days_first and not months_first


def day_month(c: Ctx, a: int, b: int) -> tuple[int, int]:
    """(month, day) of a slash date's two numbers `a`/`b`, in the order its text writes."""
    if a > 12 or (b <= 12 and day_first(c.text)):
        return b, a
    return a, b


def clipped_century(c: Ctx, yy: int) -> int | None:
    """The year ending in `yy` nearest the last full year the text writes before it, else the
    next one it writes (a reader takes a notebook's "06" from the years in figures around it,
    not from a "this morning" quoted between), else told from the publication date."""
    before = _FULL_YEAR.findall(c.text, max(0, c.begin - 3000), c.begin)
    after = _FULL_YEAR.search(c.text, c.end) if not before else None
    near = int(before[-1]) if before else int(after.group()) if after is not None else None
    if near is None:
        return nearest_year(c, yy)
    years = [near // 100 * 100 + yy + k for k in (-100, 0, 100)]
    if c.dct is not None:
        years = [y for y in years if y <= c.dct.year + AHEAD]
    return min(years, key=lambda y: (abs(y - near), y)) if years else None


@rule(
    "slash_date_clipped",
    r"(?<![/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<yy>\d\d)(?![/.]\d)",
    starts="#digit",
)
def _slash_clipped(g: Groups, c: Ctx) -> Res | None:
    """ "3/2/06", "19/3/06": a day, a month and a year of two figures."""
    m, d = day_month(c, int(g.req("a")), int(g.req("b")))
    year = clipped_century(c, int(g.req("yy")))
    day = _date(year, m, d) if year is not None and m <= 12 else None
    return make((day, "day"), explicit_year=True) if day else None


_ROMAN_MONTHS = "i ii iii iv v vi vii viii ix x xi xii".split()
_ROMAN = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
ROMAN = rf"(?:{_ROMAN}|{_ROMAN.upper()})"


@rule(
    "roman_month_date",
    rf"(?:(?P<d>[0-3]?\d)[.\s-])?(?P<r>{ROMAN})(?P<sep>[.\s-])(?P<y>1\d{{3}}|20\d\d)",
    starts="#digit " + " ".join(_ROMAN_MONTHS),
)
def _roman_month(g: Groups, c: Ctx) -> Res | None:
    """ "14.vii.1868", "3 VI 1891", "v.1880": the month in Roman numerals between the day and
    the year. Without a day only with a full stop, as labels write it ("v.1880"), not a king's
    or a volume's numeral before a year ("Henry V 1413")."""
    if not g["d"] and g["sep"] != ".":
        return None
    month = _ROMAN_MONTHS.index(g.lower("r")) + 1
    year = int(g.req("y"))
    if not g["d"]:
        return make((dt.date(year, month, 1), "month"), explicit_year=True)
    day = _date(year, month, int(g.req("d")))
    return make((day, "day"), explicit_year=True) if day else None


@rule(
    "month_clipped_year",
    rf"(?P<mon>{MONTH_ABBR}|(?:January|February|April|June|July|August|September|October"
    r"|November|December))\s+(?P<yy>3[2-9]|[4-9]\d)(?!\w|[.,]\d|\s*%|\s+[a-z])",
    starts="#month",
)
def _month_clipped_year(g: Groups, c: Ctx) -> Res | None:
    """ "dated 'Oct. 89'": a month and two figures no day can be, a year clipped as a painter
    signs a canvas or a clerk heads a page. Not after "May" or "March", words as well."""
    year = clipped_century(c, int(g.req("yy")))
    if year is None:
        return None
    return make((dt.date(year, _month(g.req("mon")), 1), "month"), explicit_year=True)
