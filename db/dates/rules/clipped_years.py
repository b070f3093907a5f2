""" "February '95", "the summer of '47": a month or a season with its year clipped to two
digits after an apostrophe, as speakers and letter writers give it. The century is the one
that puts the year nearest the time the story is on (its last dated point, else the year it
was last told in): a man born in 1893 remembering "February '95" means 1895. Told from the
publication date, the latest such year up to a few years ahead: in 2026 "March '24" is 2024,
"the summer of '52" 1952.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTH_FULL, SEASON_FIRST_MONTH, SEASONS
from .common import _month
from .table import Ctx, Groups, Res, make, rule

AHEAD = 5  # years past the publication date a clipped year may still mean


def nearest_year(c: Ctx, yy: int) -> int | None:
    """The year ending in the two digits `yy` nearest the text's time; None with no time told
    or a BC year's stand-in for it."""
    now = c.ref[0].year if c.ref is not None else c.anchor_year
    if now is None:
        if c.dct is None:
            return None
        # told from the publication date: mostly past ("the summer of '52"), a few years ahead
        # at most ("the '28 games")
        year = c.dct.year // 100 * 100 + yy
        return year if year <= c.dct.year + AHEAD else year - 100
    if now < 1000:
        return None
    year = now // 100 * 100 + yy
    # the nearest of the three centuries around the story's time, none far past the writer's
    years = [y for y in (year - 100, year, year + 100) if c.dct is None or y <= c.dct.year + AHEAD]
    return min(years, key=lambda y: (abs(y - now), y)) if years else None


@rule(
    "clipped_year",
    rf"(?:(?P<mon>{MONTH_FULL})|(?:(?i:the)\s+)?(?P<s>(?i:spring|summer|autumn|fall|winter))"
    r"(?:\s+(?i:of))?)\s+['’](?P<yy>\d\d)(?![\w'’])",
    starts="#month the spring summer autumn fall winter",
)
def _clipped_year(g: Groups, c: Ctx) -> Res | None:
    year = nearest_year(c, int(g.req("yy")))
    if year is None:
        return None
    if g["mon"]:
        return make((dt.date(year, _month(g.req("mon")), 1), "month"), explicit_year=True)
    month = SEASON_FIRST_MONTH[SEASONS[g.lower("s")]]
    return make((dt.date(year, month, 1), "season"), explicit_year=True)


# "the back end of '09", "the start of '96", "early '09": a part of a clipped year, as a speaker
# gives it; TIMEX3 marks the year (the part is a modifier inside the span)
@rule(
    "clipped_year_part",
    r"(?:(?i:the)\s+(?i:back\s+end|end|start|beginning|middle|turn)\s+(?i:of)\s+"
    r"|(?i:early|late|mid)[-\s]?)['’](?P<yy>\d\d)(?![\w'’])",
    starts="the early late mid",
)
def _clipped_year_part(g: Groups, c: Ctx) -> Res | None:
    year = nearest_year(c, int(g.req("yy")))
    if year is None:
        return None
    return make((dt.date(year, 1, 1), "year"), explicit_year=True)


# "in '09", "since '96": a clipped year alone, after a word that opens a time (the span is the
# year; the word before is a signal)
_OPENS_YEAR = re.compile(r"(?i)\b(?:in|since|until|till|by|from|of|after|before),?\s+$")


@rule("clipped_year_alone", r"['’](?P<yy>\d\d)(?![\w'’])", starts="#apos")
def _clipped_year_alone(g: Groups, c: Ctx) -> Res | None:
    if not _OPENS_YEAR.search(c.before()[-10:]):
        return None
    year = nearest_year(c, int(g.req("yy")))
    if year is None:
        return None
    return make((dt.date(year, 1, 1), "year"), explicit_year=True)
