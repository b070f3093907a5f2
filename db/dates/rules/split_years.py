"""A year-less date told after a run of two years ("the 1927-28 season", "the strike of
1984-85", "the 1983-84 school year"): such a run crosses a new year (a winter, a digging or
sports season, a school or financial year), so a month of the first half of the year is the
second year's ("dug through the 1927-28 season ... reached bedrock on 9 March": 1928) and one
of the second half the first's. The same holds for "the following season" after such a season,
placed by its first year (`sport_seasons`): "the following season ... on 22 November" is in
that first year, and a March in it the year after.
"""

from __future__ import annotations

import re

from .table import Ctx

_NEW_YEAR_HALF = 7  # months from July on are the run's first year's
# the last year told, with the second year of a run ("1927-28", "1661/62") if there is one;
# or "the following season", a season placed by its first year
_LAST_YEAR = re.compile(
    r"(?:\b(?P<y>\d{4})(?:\s*[-–/]\s*(?P<y2>\d{4}|\d{2}))?(?!\d)"
    r"|(?P<next>\b(?i:the)\s+(?i:following|next)\s+season\b))"
)
_SEASON_IN_YEARS = re.compile(r"\b\d{4}\s*[-–/]\s*\d\d\s+season\b", re.IGNORECASE)
_LOOK_BACK = 1500  # characters: the last year told is near


def split_year(c: Ctx, year: int, month: int) -> int:
    """`year` (the narrative year, placed by the text's last point, a year) or the one after
    it where that point is a run of two years and the month falls in the run's second year."""
    if c.ref is None or c.ref[1] != "year" or c.ref[0].year != year or month >= _NEW_YEAR_HALF:
        return year
    start = max(0, c.begin - _LOOK_BACK)
    last = None
    for found in _LAST_YEAR.finditer(c.text, start, c.begin):
        last = found
    if last is None:
        return year
    if last.group("next"):
        return year + 1 if _SEASON_IN_YEARS.search(c.text, 0, c.begin) else year
    if last.group("y2") is None or int(last.group("y")) != year:
        return year
    tail = last.group("y2")
    second = int(tail) if len(tail) == 4 else year // 100 * 100 + int(tail)
    return year + 1 if second == year + 1 else year
