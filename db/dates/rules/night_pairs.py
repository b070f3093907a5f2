""" "On the night of 9/10 March", "the night of June 5/6, 1944": a night across two days, as
British and military histories write it. TimeML values it as the date it begins on; the match
covers both days ("10 March" alone would be the morning after). Only consecutive days: "3/4
May" is one night, "3/9 May" is nothing this rule knows."""

from __future__ import annotations

from ..lexicon import DAY, MONTH, YEAR, year_of
from .anchoring import pick_year_anchored
from .common import _date, _day, _month
from .table import Ctx, Groups, Res, make, rule


def _night(c: Ctx, first: str, second: str, mon: str, year: str | None) -> Res | None:
    month, day = _month(mon), _day(first)
    if _day(second) != day + 1:
        return None
    if year:
        d = _date(year_of(year), month, day)
        return make((d, "day"), explicit_year=True) if d else None
    if _date(2000, month, day + 1) is None:
        return None
    picked, anchored = pick_year_anchored(c, month, day)
    d = _date(picked, month, day) if picked is not None else None
    if d is None:
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    return make((d, "day"), yearless=True, relative=not anchored)


@rule(
    "night_pair_day_month",
    rf"(?P<d>{DAY})/(?P<d2>{DAY})\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    starts="#digit",
)
def _night_day_month(g: Groups, c: Ctx) -> Res | None:
    return _night(c, g.req("d"), g.req("d2"), g.req("mon"), g["y"])


@rule(
    "night_pair_month_day",
    rf"(?P<mon>{MONTH})\s+(?P<d>{DAY})/(?P<d2>{DAY})(?![\d/])(?:,?\s+(?P<y>{YEAR}))?",
    starts="#month",
)
def _night_month_day(g: Groups, c: Ctx) -> Res | None:
    return _night(c, g.req("d"), g.req("d2"), g.req("mon"), g["y"])
