""" "Decades earlier, the monks had fled", "Centuries before, a fort stood here": an unstated
amount of decades or centuries opening its sentence, then a comma, takes a story told in a year
back to an imprecise time before it (TimeML's PAST_REF; "later," / "after," FUTURE_REF). The
story goes on there, at that decade or century, so that a following "That spring" is not the
year the story had reached. Only after a year or finer date: with no story time it is left to
other rules."""

from __future__ import annotations

import datetime as dt

from ..lexicon import VAGUE_COUNT
from .anchoring import GRAN_RANK
from .story_offsets import opens_anecdote
from .table import Ctx, Groups, Res, rule

_YEARS = {"decades": 10, "centuries": 100}
_GRAN = {"decades": "decade", "centuries": "century"}


@rule(
    "vague_story_offset",
    r"(?P<unit>(?i:decades|centuries))\s+(?P<dir>(?i:earlier|before|later|after))(?![\w'’-])",
    starts="decades centuries",
)
def _vague_story_offset(g: Groups, c: Ctx) -> Res | None:
    ref = c.ref
    if ref is None or GRAN_RANK[ref[1]] > GRAN_RANK["year"] or not opens_anecdote(c):
        return None
    unit = g.lower("unit")
    back = g.lower("dir") in ("earlier", "before")
    step = VAGUE_COUNT * _YEARS[unit] * (-1 if back else 1)
    year = ref[0].year + step
    if not 1 <= year <= 9999:
        return None
    span = (year, ref[0].year - 1) if back else (ref[0].year + 1, year)
    dating = (f"{span[0]:04d}", f"{span[1]:04d}", "fuzzy")
    c.basis = "ref"
    point = (dt.date(year, 1, 1), _GRAN[unit])
    return Res("DATE", "PAST_REF" if back else "FUTURE_REF", point, dating, from_ref=True)
