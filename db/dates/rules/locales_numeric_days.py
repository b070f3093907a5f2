"""A day and month in figures without a year in Spanish, French, Italian, Portuguese and German:
"encerram em 15/06", "hasta el 03/07", "Anmeldeschluss ist der 12.06.", "am 4.7." The year is
the one nearest the publication date as for a written month (`locales._pick_year`).

Figures alone are often no date ("7/10", "3/4", "Abschnitt 3.4."): the day must follow a word
that introduces a date (an article or preposition: "el", "le", "il", "em", "am", "bis") and the
slash form needs two-digit figures on both sides ("15/06", not "1/2").
"""

from __future__ import annotations

import re

from .common import _date
from .locales import _DAY, _pick_year
from .table import DIGIT, Ctx, Groups, Res, Rule, make

# The words a day in figures follows: articles and prepositions of dates
_INTRODUCED = {
    "es": r"el|del|al|desde\s+el|hasta\s+el|para\s+el|partir\s+del|día",
    "fr": r"le|du|au|jusqu['’]au|dès\s+le|depuis\s+le",
    "it": r"il|del|al|dal|entro\s+il|fino\s+al|l['’]|dall['’]|all['’]",
    "pt": r"em|no|na|dia|até|de|a|para|desde|o",
    "de": r"am|zum|bis|bis\s+zum|vom|ab|der|den|dem|seit|dem",
}


def _day_month(lang: str, g: Groups, c: Ctx) -> Res | None:
    before = re.compile(rf"(?i)(?<![\w'’])(?:{_INTRODUCED[lang]})\s*$")
    if not before.search(c.before()):
        return None
    day, month = int(g["d"] or g.req("d2")), int(g["m"] or g.req("m2"))
    year, _ = _pick_year(c, month, day, lang=lang)
    if year is None:
        return None
    d = _date(year, month, day)
    return make((d, "day"), relative=True) if d else None


def rules(lang: str) -> list[Rule]:
    return [
        Rule(
            f"{lang}_numeric_day_month",
            # "15/06" (not "15/06/2024", "15/06,5"); "12.06." (not "12.06.2024", "12.06.5")
            rf"(?<![\d/.,])(?:(?P<d>{_DAY})/(?P<m>0[1-9]|1[0-2])(?![/\d]|[.,]\d)"
            rf"|(?P<d2>{_DAY})\.(?P<m2>0?[1-9]|1[0-2])\.(?![\d]))",
            lambda g, c: _day_month(lang, g, c),
            frozenset({DIGIT}),
        )
    ]
