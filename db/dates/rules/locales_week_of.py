"""The week of a day in Spanish, French, Italian, Portuguese and German: "la semaine du 10 juin",
"la semana del 10 de junio", "la settimana del 10 giugno", "a semana de 10 de junho", "die Woche
vom 10. Juni" is the week (Monday to Sunday) that day falls in, at a week's precision. The
year is the one nearest the publication date, as for a day and month (`locales._pick_year`).

The months are CLDR's (`cldr_names`); written here are the week nouns and their "of".
"""

from __future__ import annotations

import datetime as dt

from .common import _date
from .locales import _DAY, _pick_year, names
from .table import Ctx, Groups, Res, Rule, make

_WEEK_OF = {
    "es": r"semana\s+(?:del|de)",
    "fr": r"semaine\s+du",
    "it": r"settimana\s+(?:del|dal)",
    "pt": r"semana\s+(?:de|do)",
    "de": r"Woche\s+vom",
}
_FIRST = {"es": "semana", "fr": "semaine", "it": "settimana", "pt": "semana", "de": "woche"}


def _week_of(lang: str, g: Groups, c: Ctx) -> Res | None:
    month, day = names(lang).month(g.req("mon")), int(g.req("d"))
    year = int(g["y"]) if g["y"] else _pick_year(c, month, day, lang=lang)[0]
    if year is None:
        return None
    d = _date(year, month, day)
    if d is None:
        return None
    return make((d - dt.timedelta(days=d.weekday()), "week"), relative=not g["y"])


def rules(lang: str) -> list[Rule]:
    n = names(lang)
    return [
        Rule(
            f"{lang}_week_of_day",
            rf"(?i:{_WEEK_OF[lang]})\s+(?P<d>{_DAY})(?:er|º|°|\.)?\s+(?:de\s+)?"
            rf"(?P<mon>{n.month_wide})(?:\s+(?:de\s+)?(?P<y>\d{{4}}))?(?![\w'’])",
            lambda g, c: _week_of(lang, g, c),
            frozenset({_FIRST[lang]}),
        )
    ]
