""" "every September", "each May": a month that recurs, a SET with no year (TimeML's
"XXXX-09"); without this the month alone would be dated in the story's year."""

from __future__ import annotations

from ..lexicon import MONTH, MONTHS
from .table import Ctx, Groups, Res, rule


@rule("every_month", rf"(?i:every|each)\s+(?P<month>{MONTH})(?!\w)", starts="every each")
def _every_month(g: Groups, c: Ctx) -> Res | None:
    month = MONTHS.get(g.lower("month").rstrip("."))
    if month is None or g.req("month")[0].islower():
        return None  # "each may ...": the verb
    return Res("SET", f"XXXX-{month:02d}")
