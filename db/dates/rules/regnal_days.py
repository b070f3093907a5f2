""" "on 3 May in the fifth year of the reign of George III", "the 9th of June in the twelfth
year of his reign", "on 3 May in the year of our Lord 694", "4 March, 34 Geo. III": a day told
without its year, dated by the year told right after it (no comma between: a comma starts an
aside, except before a statute-style regnal year). The day takes that year, not the year the
story or the publication date would give a year-less day. A regnal year runs from the
accession's day (`reigns.day_year`): where the table knows it, a day before that day in the
calendar falls in the next calendar year ("the fourth day of March in the thirty-fourth year of
George III", whose 34th year began on 25 October 1793, is 4 March 1794); else the day takes the
calendar year the regnal year begins in, as `regnal_years` and `named_reigns` write it."""

from __future__ import annotations

import re

from ..lexicon import ORDINALS
from ..reigns import NAMES, REIGNS, Reign, day_year
from .table import Ctx

# a regnal year right after the day: " in the fifth year of", " in the year of our Lord"
_REGNAL_AFTER = re.compile(r"\s+in\s+the\s+(?:[\w-]+\s+)?year\s+of\s+\w")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty")
_NTH_AFTER = re.compile(
    rf"\s+in\s+the\s+(?:(?P<tens>{'|'.join(_TENS)})[-\s])?(?P<ord>[a-z]+|\d{{1,2}}(?:st|nd|rd|th))"
    r"\s+year\s+of\s+",
    re.I,
)
_NAME = re.compile(r"\b(?:" + "|".join(sorted(NAMES, key=len, reverse=True)) + r")\b")
_NAME_REACH = 60  # characters after "year of" the ruler's name may come ("the reign of King ...")

# A regnal year as statutes and deeds cite it ("34 Geo. III": `regnal_citations`): the
# abbreviations of the English and British rulers' names.
_NAMES = {
    "geo": "George",
    "vict": "Victoria",
    "vic": "Victoria",
    "eliz": "Elizabeth",
    "will": "William",
    "gul": "William",
    "car": "Charles",
    "jac": "James",
    "edw": "Edward",
    "hen": "Henry",
    "ric": "Richard",
}
CITED = (
    r"(?<![\d&]\s)(?<![\d.,&])(?P<n>[1-9]\d?)\s+(?P<abbr>Geo|Vict|Vic|Eliz|Will|Gul|Car|Jac|Edw|"
    r"Hen|Ric)\.(?:\s*(?P<roman>[IVX]{1,4})(?![\w]))?(?!\s*&)"
)
# the names cited without a regnal number ("13 Eliz.", "7 Vict."); "5 Will." may be a name
_CITED_BARE = frozenset({"Elizabeth", "Victoria"})
# after a day: ", 34 Geo. III" (`regnal_days`)
CITED_AFTER = re.compile(r",?\s+" + CITED)


def cited_reign(abbr: str, roman: str | None, n: str) -> tuple[Reign, int] | None:
    """The reign a citation names (its abbreviation and regnal number) and its regnal year's
    number `n`, else None."""
    name, number, year = _NAMES[abbr.lower()], roman or "", int(n)
    for reign in REIGNS:
        if reign.realm != "england" or reign.name != name or reign.starts is None:
            continue
        if reign.number == number or (
            not number and name in _CITED_BARE and reign.number in ("", "I")
        ):
            last = reign.last if reign.last is not None else reign.first + 80
            return (reign, year) if year <= last - reign.first + 1 else None
    return None


def regnal_year_after(c: Ctx, month: int, day: int) -> int | None:
    """The calendar year of `month` `day` in the regnal year told right after the match, else
    None."""
    after = c.after()
    if " year of " not in after[:40] or _REGNAL_AFTER.match(after) is None:
        if "." in after[:12] and (cited := CITED_AFTER.match(after)) is not None:
            found = cited_reign(cited["abbr"], cited["roman"], cited["n"])
            return day_year(found[0], found[1], month, day) if found else None
        return None  # the cheap tests first
    point = c.peek_next(2)
    if point is None or point[1] != "year":
        return None
    return _day_in_reign(after, point[0].year, month, day)


def _day_in_reign(after: str, year: int, month: int, day: int) -> int:
    """The calendar year of the day in the n-th year of the ruler named after it, whose n-th
    regnal year the rules put in `year`."""
    nth = _NTH_AFTER.match(after)
    if nth is None:
        return year
    n = _nth(nth)
    name = _NAME.search(after, nth.end(), nth.end() + _NAME_REACH)
    if n is None or name is None:
        return year
    for reign in REIGNS:
        if reign.name == name[0] and reign.first + n - 1 == year:
            return day_year(reign, n, month, day)
    return year


def _nth(m: re.Match[str]) -> int | None:
    """The number of the regnal year "the thirty-fourth year of" names."""
    o = m["ord"].lower()
    n = int(o[:-2]) if o[0].isdigit() else ORDINALS.get(o)
    if not n or (m["tens"] and not (o[0].isalpha() and n < 10)):
        return None
    return n + (10 * (_TENS.index(m["tens"].lower()) + 2) if m["tens"] else 0)
