"""The last day or the last weekday of a month in Spanish, French, Italian, Portuguese and
German: "el último día de febrero", "le dernier samedi du mois", "l'ultimo venerdì di maggio",
"o último dia do mês", "am letzten Sonntag im Juni" is that day, in the year a month alone
would take (`locales._pick_year`) or, for "of the month", the publication date's month.

The month and weekday names are CLDR's; written here are "last", "day", "of" and "month".
"""

from __future__ import annotations

import calendar
import datetime as dt

from .locales import _pick_year, fold, names
from .table import Ctx, Groups, Res, Rule, make

_LAST = {
    "es": (r"(?:el\s+)?[úu]ltimo", r"d[íi]a", r"de|del", r"mes"),
    "fr": (r"(?:le\s+)?dernier", r"jour", r"de|du|d['’]", r"mois"),
    "it": (r"(?:l['’]\s*)?ultimo", r"giorno", r"di|del", r"mese"),
    "pt": (r"(?:o\s+)?[úu]ltimo", r"dia", r"de|do", r"m[êe]s"),
    "de": (r"(?:am\s+)?letzten", r"Tag", r"des|im", r"Monats"),
}
_STARTS = {
    "es": ("el", "último", "ultimo"),
    "fr": ("le", "dernier"),
    "it": ("l", "ultimo"),
    "pt": ("o", "último", "ultimo"),
    "de": ("am", "letzten"),
}


def _last(lang: str, g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    if g["mon"]:
        month = names(lang).month(g.req("mon").rstrip("s") if lang == "de" else g.req("mon"))
        year, anchored = _pick_year(c, month, lang=lang)
        if year is None:
            return None
    else:
        year, month, anchored = c.dct.year, c.dct.month, False
    day = dt.date(year, month, calendar.monthrange(year, month)[1])
    if g["wd"]:
        weekday = names(lang).weekday_of(g.req("wd"))
        day -= dt.timedelta(days=(day.weekday() - weekday) % 7)
    return make((day, "day"), yearless=bool(g["mon"]), relative=not anchored)


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for "el último día de febrero"."""
    last, day, of, month = _LAST[lang]
    n = names(lang)
    return [
        Rule(
            f"{lang}_month_last",
            rf"(?<![\w'’-])(?i:{last})\s+(?:(?i:{day})|(?P<wd>{n.weekday}))\s+(?i:{of})\s*"
            rf"(?:(?P<mon>{n.month_wide})|(?i:{month}))(?![\w'’-])",
            lambda g, c: _last(lang, g, c),
            frozenset(w for s in _STARTS[lang] for w in (s, fold(s))),
        )
    ]
