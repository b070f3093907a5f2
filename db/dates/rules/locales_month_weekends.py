"""The first or last weekend of a month in Spanish, French, Italian, Portuguese and German: "el
último fin de semana de junio", "le premier week-end de juillet", "l'ultimo fine settimana di
giugno", "o primeiro fim de semana de julho", "am letzten Wochenende im Juni" is that month's
first or last Saturday, at the weekend's precision (as `locales_weekend`). The year is the one
nearest the publication date (`locales._pick_year`).

The months are CLDR's (`cldr_names`); written here are the ordinals and the "of".
"""

from __future__ import annotations

import calendar
import datetime as dt

from .locales import _pick_year, fold, names
from .locales_weekend import _WEEKEND
from .table import Ctx, Groups, Res, Rule, make

_ORDINAL = {
    "es": {"primer": 1, "primero": 1, "último": -1, "ultimo": -1},
    "fr": {"premier": 1, "dernier": -1},
    "it": {"primo": 1, "ultimo": -1},
    "pt": {"primeiro": 1, "último": -1, "ultimo": -1},
    "de": {f"{s}{e}": o for s, o in (("erst", 1), ("letzt", -1)) for e in ("e", "en", "es", "em")},
}
_OF = {"es": r"de", "fr": r"de|d['’]", "it": r"di|d['’]", "pt": r"de", "de": r"im|des"}
_SATURDAY = 5


def _month_weekend(lang: str, g: Groups, c: Ctx) -> Res | None:
    month = names(lang).month(g.req("mon"))
    year = int(g["y"]) if g["y"] else _pick_year(c, month, None, lang=lang)[0]
    if year is None:
        return None
    order = {fold(k): v for k, v in _ORDINAL[lang].items()}[fold(g.req("o").lower())]
    days = calendar.monthrange(year, month)[1]
    saturdays = [
        d for n in range(1, days + 1) if (d := dt.date(year, month, n)).weekday() == _SATURDAY
    ]
    return make((saturdays[0] if order > 0 else saturdays[-1], "weekend"), relative=not g["y"])


def rules(lang: str) -> list[Rule]:
    ordinals = "|".join(sorted(_ORDINAL[lang], key=len, reverse=True))
    return [
        Rule(
            f"{lang}_month_weekend",
            rf"(?i:(?P<o>{ordinals}))\s+(?:{_WEEKEND[lang]})\s+(?i:{_OF[lang]})\s*"
            rf"(?P<mon>{names(lang).month_wide})(?:\s+(?:de\s+)?(?P<y>\d{{4}}))?(?![\w'’])",
            lambda g, c: _month_weekend(lang, g, c),
            frozenset(w for k in _ORDINAL[lang] for w in (k, fold(k))),
        )
    ]
