""" "every September", "each May", "every summer": a month or season that recurs, a SET with no
year (TimeML's "XXXX-09", "XXXX-SU"); without this the month alone would be dated in the story's
year, and the season missed."""

from __future__ import annotations

from ..lexicon import MONTH, MONTHS, SEASONS
from .table import Ctx, Groups, Res, rule


@rule("every_month", rf"(?i:every|each)\s+(?P<month>{MONTH})(?!\w)", starts="every each")
def _every_month(g: Groups, c: Ctx) -> Res | None:
    month = MONTHS.get(g.lower("month").rstrip("."))
    if month is None or g.req("month")[0].islower():
        return None  # "each may ...": the verb
    return Res("SET", f"XXXX-{month:02d}")


@rule(
    "every_season",
    r"(?i:every|each)\s+(?P<season>(?i:spring|summer|autumn|fall|winter))(?![\w-])",
    starts="every each",
)
def _every_season(g: Groups, c: Ctx) -> Res | None:
    return Res("SET", f"XXXX-{SEASONS[g.lower('season')]}")
