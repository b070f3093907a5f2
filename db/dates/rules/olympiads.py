"""Olympiad years: "in the second year of the 48th Olympiad", "the first year of the
ninety-third Olympiad", "Ol. 48.2". The games of the first Olympiad were held in 776 BC and an
Olympiad is four years, so its k-th year is 776 - 4(n - 1) - (k - 1) BC, as a translator's
bracketed years give it (the Attic year straddles two of ours: the one it begins in is written,
the convention of the tables). Olympiads past 194 reach AD years and are left as written."""

from __future__ import annotations

from ..lexicon import ORDINALS
from ..story_years import bc_stand_in
from .regnal_years import ORDINAL_YEAR_OF, ORDINAL_YEAR_STARTS, regnal_ordinal
from .table import Ctx, Groups, Res, rule

_FIRST_GAMES = 776  # BC
_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))


def _bc_year(n: int, k: int) -> Res | None:
    if not 1 <= k <= 4 or n < 1:
        return None
    year = _FIRST_GAMES - 4 * (n - 1) - (k - 1)
    if year < 1:
        return None
    return Res("DATE", f"BC{year:04d}", bc_stand_in(year), None, explicit_year=True)


@rule(
    "olympiad_year",
    ORDINAL_YEAR_OF + r"(?i:the)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?i:olympiad)(?!\w)",
    starts=ORDINAL_YEAR_STARTS,
)
def _olympiad_year(g: Groups, c: Ctx) -> Res | None:
    k = regnal_ordinal(g)
    return None if k is None else _bc_year(int(g.req("n")), k)


@rule("olympiad_short", r"(?i:Ol)\.\s*(?P<n>\d{1,3})\.(?P<k>[1-4])(?!\d)", starts="ol")
def _olympiad_short(g: Groups, c: Ctx) -> Res | None:
    return _bc_year(int(g.req("n")), int(g.req("k")))
