"""The end of the current year or month in Spanish, French, Italian, German and Portuguese: "a
finales de año", "d'ici la fin de l'année", "entro la fine dell'anno", "bis Ende des Jahres",
"até o fim do mês" are the publication date's year or month, at that precision (as English's
"by the end of the year"). The words are written here: CLDR names no parts of a period.
"""

from __future__ import annotations

import datetime as dt
import re

from .locales import _first_words
from .table import Ctx, Groups, Res, Rule, make

_YEAR = {
    "es": r"a[ñn]o",
    "fr": r"l['’]ann[ée]e|d['’]ann[ée]e|cette\s+ann[ée]e",
    "it": r"dell['’]anno|d['’]anno|anno|quest['’]anno",
    "de": r"(?:des|dieses)\s+Jahres|Jahresende",
    "pt": r"ano",
}
_MONTH = {
    "es": r"mes",
    "fr": r"du\s+mois|ce\s+mois",
    "it": r"del\s+mese|mese|questo\s+mese",
    "de": r"(?:des|dieses)\s+Monats|Monatsende",
    "pt": r"m[êe]s",
}
_END = {
    "es": (
        r"(?:finales|fines|final|fin)\s+(?:de(?:l)?|de\s+este)\s+",
        ("finales", "fines", "final", "fin"),
    ),
    "fr": (r"fin\s+(?:de\s+)?", ("fin",)),
    "it": (r"fine\s+", ("fine",)),
    "de": (r"(?:Ende\s+|(?=Jahresende|Monatsende))", ("ende", "jahresende", "monatsende")),
    "pt": (r"(?:fim|final|finais)\s+d[oe](?:ste)?\s+", ("fim", "final", "finais")),
}


# "examens de fin d'année", "fiesta de fin de año", "esami di fine anno": a noun's kind, no date;
# not "antes de fin de año", "avant la fin", "prima di fine anno"
_OF = re.compile(r"(?i)(?<![\w'’])(?:de|di|da|do|des|del)\s+$")
_BOUND = re.compile(
    r"(?i)(?<![\w'’])(?:antes|despu[ée]s|avant|après|prima|dopo|depois|a\s+partir|à\s+partir)\s+"
    r"(?:de|di|da|do|del)\s+$"
)


# this month's end only where its phrase closes: "à la fin du mois.", "a fin de mes y ..."
_MONTH_CLOSES = re.compile(
    r"(?i)\s*(?:[,.;:!?)»”\"]|$)|\s+(?:y|e|et|und|ou|o|para|pour|per|a|à|en|in|con|avec|mit)\b"
)


def _end(lang: str, g: Groups, c: Ctx) -> Res | None:
    before = c.before()[-30:]
    if _OF.search(before) and not _BOUND.search(before):
        return None
    if c.dct is None:
        return Res("DATE", "XXXX")
    if g["month"]:
        if not _MONTH_CLOSES.match(c.after()):
            return None  # "el fin del mes musulmán de ayuno": another month than this one
        return make((dt.date(c.dct.year, c.dct.month, 1), "month"), relative=True)
    return make((dt.date(c.dct.year, 1, 1), "year"), relative=True)


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for the end of this year or month."""
    end, words = _END[lang]
    # not "la fin de l'année 2022": that year's, the year rule's
    regex = rf"(?i:{end}(?:(?P<year>{_YEAR[lang]})|(?P<month>{_MONTH[lang]})))(?![\w'’]|\s*\d)"
    return [
        Rule(
            f"{lang}_period_end",
            regex,
            lambda g, c: _end(lang, g, c),
            _first_words(words),
        )
    ]
