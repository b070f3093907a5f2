""" "the feast of St Aldhelm, 25 May 1107": a saint's feast the feast tables do not hold (a local
saint's), named with its full date in apposition, is that day (`feast_appositions.day_beside`);
without the date beside it, it dates nothing."""

from __future__ import annotations

from ..periods import ymd
from .feast_appositions import day_beside
from .table import Ctx, Groups, Res, make, rule


@rule(
    "saint_feast_beside",
    r"(?:(?i:the)\s+)?(?i:feast|day)\s+of\s+(?:St\.?|Saint|SS\.?|Saints)\s+"
    r"[A-Z][a-z]+(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][a-z]+)?(?![\w-])",
    starts="the feast day",
)
def _saint_feast_beside(g: Groups, c: Ctx) -> Res | None:
    day = day_beside(c.after())
    if day is None:
        return None
    return make((day, "day"), "DATE", ymd(day))
