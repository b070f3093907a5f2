"""How army diaries, ships' logs and field notebooks write a day and an hour: "4.9.16" (day,
month and a clipped year, dotted, the day first as Britain and Europe write it) and "0615"
(four figures of a 24-hour clock, "0615 hrs").

A dotted triple is as often a section or a version ("see 3.4.17"), so only after a word that
introduces a day ("on", "for", "of", "dated", "entry"...), at a line's start, or after the place
heading a page ("Oyen, 11.7.81") where the day ends the heading. Four figures are as often a
year or an amount ("in 1615", "at 1100 feet"): only a figure no year can be ("0440": a leading
nought) or one followed by "hrs"/"hours", or, in a text that already writes the 24-hour clock
that way, one after "at", "by", "until" that no unit follows. The century of the clipped year is
that of a full year of the text ending in the same figures, else the one its nearest
full years give (`figure_dates.clipped_century`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .clock import _on_day
from .common import _date
from .figure_dates import clipped_century
from .table import Ctx, Groups, Res, make, rule

_DATE_INTRO = re.compile(
    r"(?i)(?:^|\n|\b(?:on|for|of|dated|entry|entries|from|to|until|till|since|by|and))[\s(]*$"
)
# a place heading a letter, a page or a sketch, then its day: "Oyen, 11.7.81", "'Arras,
# 4.9.16'" (a quotation's or a line's start, a capitalised name of a word or two, a comma)
# ... and the heading ends with the day: a closing quotation mark or bracket, the line's end
_HEADING_END = re.compile(r"[ \t]*(?:[\"”’')]|\n|$)")
_PLACE_INTRO = re.compile(r"(?:^|\n|[\"“‘'(])[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?,[ \t]*$")
# a four-figure clock a text writes as no year can be: "0440." "at 0930", "0615 hrs"
_REGISTER = re.compile(r"(?<![\d.,/:])0\d[0-5]\d(?![\d.,/:]\d)|\b[0-2]\d[0-5]\d\s*h(?:ou)?rs\b")
_AT = re.compile(r"(?i)\b(?:at|by|until|till|from|after|before)\s+(?:about\s+)?$")
# what may follow a clock time: a stop, the end, "on <day>", "the next morning", "hrs"
_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\"”’'—–-]|$|h(?:ou)?rs\b|\s*(?:on|the|that|and|when|he|she|it|they|we)\b)"
)


# a full year of the text: a clipped one ending in the same figures is that year ("1918" and
# "21.3.18"), whatever other years come between (an accession's "in 1974")
_FULL_YEAR = re.compile(r"(?<![\d/.,])1[5-9]\d\d(?![\d/])")


def _century(c: Ctx, yy: int) -> int | None:
    """The first full year of the text ending in `yy` (a text names its story year early), else
    `clipped_century`."""
    years = [int(y) for y in _FULL_YEAR.findall(c.text) if int(y) % 100 == yy]
    if years:
        return years[0]
    return clipped_century(c, yy)


@lru_cache(maxsize=8)
def _writes_24_hours(text: str) -> bool:
    return "0" in text and _REGISTER.search(text) is not None


@rule(
    "dotted_clipped_date",
    r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>1[0-2]|0?[1-9])\.(?P<yy>\d\d)(?![\d]|\.\d)",
    starts="#digit",
)
def _dotted(g: Groups, c: Ctx) -> Res | None:
    """ "21.4.17": a day, a month and a two-figure year, dotted."""
    placed = _PLACE_INTRO.search(c.before()[-40:]) and _HEADING_END.match(c.after())
    if not (_DATE_INTRO.search(c.before()[-20:]) or placed):
        return None
    year = _century(c, int(g.req("yy")))
    day = _date(year, int(g.req("m")), int(g.req("d"))) if year is not None else None
    return make((day, "day"), explicit_year=True) if day else None


@rule(
    "twenty_four_hour_figures",
    r"(?<![\d.,/:£$€-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?![\d.,/:%-]\d|\d|%)",
    starts="#digit",
)
def _four_figures(g: Groups, c: Ctx) -> Res | None:
    """ "0440", "at 1615", "1100 hrs": an hour and minutes of the 24-hour clock."""
    after = c.after()
    hrs = re.match(r"\s*h(?:ou)?rs\b", after) is not None
    if not hrs:
        if not _writes_24_hours(c.text) or not _AFTER.match(after):
            return None
        if g.req("h")[0] != "0" and not _AT.search(c.before()[-12:]):
            return None
    return _on_day(c, f"T{g.req('h')}:{g.req('mi')}")
