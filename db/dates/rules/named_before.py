"""A named time counted back, as people tell their own past:

- "the Christmas before", "the summer before", "the March before", closing their clause: the
  last one before the text's reference time ("It was 2013. Vell retired the Christmas before"
  is Christmas 2012), as "the year before" is the year before it;
- "the summer before last", "Easter before last", "the year before last": one further back than
  "last summer" is from the writer's day (the latest one over by then);
- "the week before Easter", "the week after Christmas" (with "that year" or a year, or in a story
  of a year past): of TimeML's ISO weeks, the one holding most of the seven days before (after)
  the feast, so "the week before Easter" is Holy Week.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..lexicon import MONTH_FULL, MONTHS, SEASON_FIRST_MONTH, SEASONS, YEAR, year_of
from ..periods import Point, shift, start_of
from .holidays import _HOLIDAY_RE, _HOLIDAYS
from .table import Ctx, Groups, Res, make, rule

# a clause ends after "the summer before" ("the summer before." / ", and"); "the summer before
# the war" is counted from the war
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$|(?:and|but|when|that)\b)")
_COMPARED = re.compile(r"(?i)\b(?:from|than|compared|versus|vs)\b")
_SEASON = r"spring|summer|autumn|fall|winter"


def _occurrence(name: str) -> tuple[Callable[[int], Point], str] | None:
    """Each year's point of a named time (a feast, a season or a month), and its granularity."""
    key = re.sub(r"['’]", "'", " ".join(name.lower().split()))
    if key in SEASONS:
        month = SEASON_FIRST_MONTH[SEASONS[key]]
        return (lambda y: (dt.date(y, month, 1), "season")), "season"
    if key[:3] in MONTHS and re.fullmatch(MONTH_FULL, name.title()):
        month = MONTHS[key[:3]]
        return (lambda y: (dt.date(y, month, 1), "month")), "month"
    when = _HOLIDAYS.get(key) or _HOLIDAYS.get(key.replace("s day", "'s day"))
    if when is None or not name[0].isupper():
        return None
    return (lambda y: (when(y), "day")), "day"


def _end(point: Point) -> dt.date:
    d, gran = point
    if gran == "season":
        return shift(d, 3, "month")
    if gran in ("day", "month", "year"):
        return shift(start_of(d, gran), 1, gran)
    return d + dt.timedelta(days=1)


@rule(
    "named_before",
    rf"(?:(?P<the>(?i:the))\s+)?(?P<n>(?i:{_SEASON})|{MONTH_FULL}|(?i:{_HOLIDAY_RE}))"
    r"\s+(?i:before)(?P<last>\s+(?i:last))?(?![\w'’-])",
    starts="the #month spring summer autumn fall winter christmas boxing valentine valentine's "
    "halloween thanksgiving easter good whit whitsunday whitsun pentecost michaelmas martinmas "
    "candlemas midsummer midsummer's shrove ash palm ascension maundy holy all epiphany twelfth "
    "lady",
)
def _named_before(g: Groups, c: Ctx) -> Res | None:
    found = _occurrence(g.req("n"))
    if found is None or c.dct is None:
        return None
    point_of, gran = found
    if g["last"]:
        # the latest one over by the writer's day is "last summer"; one further back
        years = [y for y in range(c.dct.year - 2, c.dct.year + 1) if _end(point_of(y)) <= c.dct]
        return make(point_of(max(years) - 1), relative=True)
    if not g["the"] or not _CLAUSE_END.match(c.after()) or _COMPARED.search(c.before()[-60:]):
        return None
    if c.ref is None:
        return None
    start = start_of(*c.ref)
    year = start.year + 1
    while point_of(year)[0] >= start:
        year -= 1
    c.basis = "ref"
    res = make(point_of(year))
    res.from_ref = False  # a look back: the story stays where it was
    return res


@rule(
    "unit_before_last",
    r"(?:(?i:the)\s+)?(?P<u>(?i:year|month|week))\s+(?i:before\s+last)(?![\w'’-])",
    starts="the year month week",
)
def _unit_before_last(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    unit = g.lower("u")
    return make((shift(start_of(c.dct, unit), -2, unit), unit), relative=True)


@rule(
    "week_of_feast",
    rf"(?i:the)\s+(?i:week)\s+(?P<dir>(?i:before|after))\s+(?P<h>(?i:{_HOLIDAY_RE}))"
    rf"(?:\s+(?P<that>(?i:that\s+year))|,?\s+(?P<y>{YEAR}))?(?![\w'’-])",
    starts="the",
)
def _week_of_feast(g: Groups, c: Ctx) -> Res | None:
    found = _occurrence(g.req("h"))
    if found is None or found[1] != "day" or c.dct is None:
        return None
    point_of = found[0]
    if g["y"]:
        year, explicit = year_of(g["y"]), True
    elif g["that"] or (c.ref is not None and c.ref[0].year != c.dct.year):
        if c.ref is None:
            return None
        year, explicit = c.ref[0].year, False
        c.basis = "ref"
    else:
        return None  # "the week before Christmas" in news: the holiday rule dates the feast
    feast = point_of(year)[0]
    # the ISO week holding most of the seven days before (after) the feast: that of the middle one
    step = -4 if g.lower("dir") == "before" else 4
    return make((feast + dt.timedelta(days=step), "week"), explicit_year=explicit)
