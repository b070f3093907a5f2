"""German's half of a month in one word: "in der zweiten Augusthälfte", "die erste Märzhälfte"
is that month, at a month's precision (which of its days is not told), in the year a month
alone would take (`locales._pick_year`). The month names are CLDR's; written here is
"hälfte" and the ordinals before it. The other languages write the half apart ("la segunda
quincena de septiembre", "la seconda metà di aprile"), a cue of the month rule (`locales`).
"""

from __future__ import annotations

import datetime as dt

from .locales import _pick_year, names
from .table import Ctx, Groups, Res, Rule, make


def _half(g: Groups, c: Ctx) -> Res | None:
    month = names("de").month(g.req("mon"))
    year, anchored = _pick_year(c, month, lang="de")
    if year is None:
        return Res("DATE", f"XXXX-{month:02d}")
    return make((dt.date(year, month, 1), "month"), yearless=True, relative=not anchored)


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for "in der zweiten Augusthälfte"."""
    if lang != "de":
        return []
    n = names("de")
    return [
        Rule(
            "de_month_half",
            rf"(?<![\w'’-])(?i:erste[nr]?|zweite[nr]?)\s+(?P<mon>{n.month_wide})"
            r"(?i:hälfte|haelfte)(?![\w'’-])",
            _half,
            frozenset({"erste", "ersten", "erster", "zweite", "zweiten", "zweiter"}),
        )
    ]
