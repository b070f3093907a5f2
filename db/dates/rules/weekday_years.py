"""The year a weekday fixes: "Thursday 6 May" in a history told in 1869 is 6 May 1869 (a
Thursday), not the next 6 May that is a Thursday (2027). A reader checks the weekday against the
story's year, the year of the last point the text named (a heading's "..., 1871", a lead's "the
first quarter of 1869"), or the year after it as the story moves on; after a decade ("For most of
the 1860s ...") the one year of it where the weekday fits. Only while the text's last point is long
past, and never for a day with that weekday within a month of the publication date (news time).
Used by `anchoring.pick_year_anchored`."""

from __future__ import annotations

from itertools import islice

from .common import _date
from .table import Ctx

_NEWS_DAYS = 31  # a day this close to the DCT with the weekday named is news time


def weekday_year(c: Ctx, month: int, day: int, weekday: int, long_past: int) -> int | None:
    """The year near the text's last point (its year `long_past` or before) in which `day`
    `month` falls on `weekday`, else None."""
    ref, dct = c.ref, c.dct
    if ref is None or dct is None:
        return None
    if not _GREGORIAN_FROM <= ref[0].year <= long_past:
        return None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = _date(y, month, day)
        if d is not None and d.weekday() == weekday and abs((d - dct).days) <= _NEWS_DAYS:
            return None
    year, gran = ref[0].year, ref[1]
    if gran == "decade":
        fits = [y for y in range(year, year + 10) if _fits(y, month, day, weekday)]
        return fits[0] if len(fits) == 1 else None
    if gran == "century":
        return None
    for y in (year, year + 1):  # the story's year, or the next one as it moves on
        if _fits(y, month, day, weekday):
            return y
    return _told_year(c, month, day, weekday, long_past)


_TOLD_BACK = 8  # how many of the text's last dates a weekday is checked against


def _told_year(c: Ctx, month: int, day: int, weekday: int, long_past: int) -> int | None:
    """The year of the latest of the text's last few seasons, months or days long past whose
    year the weekday fits, when the last point (a bare year told in passing: "... founded a
    savings bank in 1868") misses it: "in the spring of 1866 ... The panic began on Thursday 10
    May" (a Thursday in 1866) is that spring's story."""
    for m in islice(reversed(c.told), _TOLD_BACK):
        point = m.res.point
        if m.begin >= c.begin or point is None or point[1] in ("year", "decade", "century"):
            continue
        year = point[0].year
        if _GREGORIAN_FROM <= year <= long_past and _fits(year, month, day, weekday):
            return year
    return None


def _fits(year: int, month: int, day: int, weekday: int) -> bool:
    d = _date(year, month, day)
    return d is not None and d.weekday() == weekday


# Britain's calendar changed in 1752: a weekday told of an earlier date may be the Old Style one
_GREGORIAN_FROM = 1753


def weekday_fits(year: int, month: int, day: int | None, weekday: int | None) -> bool:
    """Whether `day` `month` of `year` is on `weekday`, where the text names one and the date is
    in the Gregorian calendar (an older weekday may be the Old Style one: no test)."""
    if weekday is None or day is None or year < _GREGORIAN_FROM:
        return True
    return _fits(year, month, day, weekday)
