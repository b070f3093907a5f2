"""Seasons of several years: "in the winters of 1852 and 1894", "the summers of 1976 and 1995",
"the winters of 1946–47 and 1962–63": each year's season, the first here, the year after "and"
or a comma (`partner_season`) for the year rule and the year-range rule (a winter across two
years, by the year it begins in)."""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import SEASON_FIRST_MONTH, SEASONS, YEAR_DIGITS, year_of
from .table import Ctx, Groups, Res, make, rule

_PLURAL = {"springs": "spring", "summers": "summer", "autumns": "autumn", "winters": "winter"}
_PLURAL_WORDS = "springs|summers|autumns|winters"
# a winter across two years, by the year it begins in: "the winters of 1946–47 and 1962–63"
_ACROSS = r"(?:[-–/](?:\d{4}|\d{2}))?"


def _season_of(word: str, year: int) -> Res:
    month = SEASON_FIRST_MONTH[SEASONS[_PLURAL[word.lower()]]]
    return make((dt.date(year, month, 1), "season"), explicit_year=True)


@rule(
    "seasons_of_years",
    rf"(?:(?i:the)\s+)?(?P<s>(?i:{_PLURAL_WORDS}))\s+(?i:of)\s+(?P<y>{YEAR_DIGITS}){_ACROSS}(?!\d)",
    starts="the springs summers autumns winters",
)
def _seasons_of_years(g: Groups, c: Ctx) -> Res | None:
    return _season_of(g.req("s"), year_of(g.req("y")))


# the partner year: "... winters of 1852 and 1894", "... summers of 1911, 1921 and 1947"
_PARTNER_BEFORE = re.compile(
    rf"(?i)\b(?P<s>{_PLURAL_WORDS})\s+of\s+\d{{4}}{_ACROSS}(?:\s*,\s*\d{{4}}{_ACROSS})*(?:\s*,)?"
    r"\s*(?:and\s+)?$"
)


def partner_season(before: str, year: int) -> Res | None:
    """The season of a year after "the winters of 1852 and" (`before`: the text before it), for
    the year rule; None elsewhere."""
    before = before[-60:]
    if "s of " not in before:
        return None  # the cheap guard before the pattern
    found = _PARTNER_BEFORE.search(before)
    return _season_of(found["s"], year) if found else None
