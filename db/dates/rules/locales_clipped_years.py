"""A year clipped to two digits after a preposition in Spanish, French, Italian, Portuguese and
German: "fundada en el 98", "nel '77 fondò", "depuis 95", "em 98 o clube", "seit '89" (as
English's "in '98": the century that puts it nearest the text's time, `clipped_years`).

Without an apostrophe two digits are many things ("en el 15" a day, "en el 98 por ciento" a
share), so they are a year only from 32 up (no day of a month) and before a stop or a word
that opens the clause's next part, not a noun they count; with one ("nel '77", "im Jahr ’89")
any two digits are.
"""

from __future__ import annotations

import datetime as dt
import re

from .clipped_years import nearest_year
from .locales import _first_words
from .table import Ctx, Groups, Res, Rule, make

_BEFORE = {
    "es": r"en\s+el|desde\s+el|hasta\s+el|a\s+partir\s+del|antes\s+del|despu[ée]s\s+del",
    "fr": r"en|depuis|jusqu['’]en|dès",
    "it": r"nel|dal|fino\s+al|prima\s+del|dopo\s+il",
    "pt": r"em|no\s+ano\s+de|desde|at[ée]",
    "de": r"im\s+Jahr(?:e)?|seit|bis",
}
# What may follow two bare digits that are a year: a stop, or a word that opens the clause's
# next part ("fundada en el 98 por 37 socios"), not a noun they count ("en 45 minutos")
_YEAR_FOLLOWS = re.compile(
    r"(?i)\s*(?:[,;:)»”\"–—]|\.(?!\d)|$)|\s+(?:por|par|per|pelo|pela|von|durch|y|e|et|und|o|"
    r"ou|oder|cuando|quand|quando|als|con|avec|mit|com|en|in|à|a|al|au|no|na|im|la|le|il|lo)"
    r"\s+(?!cien|cent)"
)
_FIRST_DAYLESS = 32  # two bare digits below this may be a day of the month


def _clipped(g: Groups, c: Ctx) -> Res | None:
    yy = int(g.req("yy"))
    if not g["apo"] and (yy < _FIRST_DAYLESS or not _YEAR_FOLLOWS.match(c.after())):
        return None
    year = nearest_year(c, yy)
    if year is None:
        return None
    return make((dt.date(year, 1, 1), "year"), yearless=True)


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for a clipped year after a preposition."""
    regex = rf"(?i:{_BEFORE[lang]})\s+(?P<apo>['’])?(?P<yy>\d\d)(?![\w'’]|[.,:/-]\d)"
    # the words the phrases open with
    words = _first_words(p.replace(r"\s+", " ") for p in re.split(r"\|", _BEFORE[lang]))
    words |= {"jusqu", "jusqu’en", "jusqu'en", "dès", "despues", "después", "ate", "até"}
    return [Rule(f"{lang}_clipped_year", regex, _clipped, words)]
