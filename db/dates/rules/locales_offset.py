"""A span of time counted from the date right after it, in Spanish, French, Italian and German:
"un mes después del 25 de enero", "un mois jour pour jour après le 25 janvier", "tre giorni
prima del 3 marzo", "einen Monat nach dem 25. Januar" is the 25th of February, the 22nd, the
28th of February, ...; the date after it is only the anchor and makes no event of its own
(`anchor_only`, which the engine asks of every date as it asks English's comparisons).

The unit nouns are CLDR's (its duration units: "2 días", "2 jours", "2 giorni", "2 Tage"), the
numbers num2words' cardinals; written here are the words of direction and
the small words between the span and its date.
"""

from __future__ import annotations

import re
from functools import cache

from ..foreign_comparisons import since_superlative
from ..foreign_range_ends import range_end
from ..offset_words import BEFORE_DATE, DIRECTION
from ..periods import shift
from .anchoring import GRAN_RANK
from .comparison import is_comparison
from .locales import _alternation, _first_words, fold
from .table import Ctx, Groups, Res, Rule, make

_UNITS = ("day", "week", "month", "year")
# "to the day": the span lands on a day whatever its unit
_EXACTLY = {
    "es": r"exactamente|justo",
    "fr": r"jour\s+pour\s+jour|exactement|tout\s+juste",
    "it": r"esatt[oa]|esattamente|in\s+punto",
    "de": r"genau|exakt",
    "pt": r"exatamente|exactamente|justo",
}
# "un mes", "dos días", ... "doce años"; round counts beyond: "vingt ans", "cinquanta anni"
_COUNTS = (*range(1, 16), 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)
# the feminine counts num2words does not give (1 is an article below): "duas semanas"
_FEMININE = {"pt": {"duas": 2}}


@cache
def _units(lang: str) -> dict[str, str]:
    """CLDR's unit nouns of `lang` for one and for several ("1 día", "2 días", "2 Tage"), as
    written and folded -> unit."""
    from babel.units import format_unit

    nouns: dict[str, str] = {}
    for unit in _UNITS:
        for count in (1, 2):
            noun = format_unit(count, f"duration-{unit}", locale=lang).split()[-1]
            nouns[noun.lower()] = nouns[fold(noun)] = unit
    return nouns


@cache
def _numbers(lang: str) -> dict[str, int]:
    """The spelt-out counts of `lang` (num2words' cardinals; the indefinite articles are one),
    as written and folded -> number."""
    from num2words import num2words

    words = {
        w: n for n in _COUNTS for w in (num2words(n, lang=lang), fold(num2words(n, lang=lang)))
    }
    for feminine, n in _FEMININE.get(lang, {}).items():
        words.setdefault(feminine, n)  # "há duas semanas": num2words gives the masculine
    for article in (
        "un",
        "una",
        "une",
        "uno",
        "um",
        "uma",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
    ):
        words.setdefault(article, 1)
    return words


def _span(lang: str) -> str:
    """ "un mes después", "un mois jour pour jour après": the span and its direction."""
    numbers = _alternation(set(_numbers(lang)))
    units = _alternation(set(_units(lang)))
    directions = _alternation(set(DIRECTION[lang]))
    return (
        rf"(?P<num>{numbers})\s+(?P<unit>{units})(?:\s+(?P<exact>(?i:{_EXACTLY[lang]})))?\s+"
        rf"(?P<dir>{directions})"
    )


def _offset(lang: str, g: Groups, c: Ctx) -> Res | None:
    following = c.peek_next(3)
    unit = _units(lang)[fold(g.req("unit"))]
    gran = "day" if g["exact"] or unit in ("day", "week") else unit
    if following is None or GRAN_RANK[following[1]] > GRAN_RANK[gran]:
        return None
    n = _numbers(lang)[fold(g.req("num"))]
    sign = DIRECTION[lang][fold(g.req("dir"))]
    c.basis = "next"
    return make((shift(following[0], sign * n, unit), gran))


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for spans counted from a date."""
    return [
        Rule(
            f"{lang}_offset",
            # a day number right after it (its date: "del 25 de enero", "le 25 janvier")
            rf"{_span(lang)}(?=\s+(?:(?i:{BEFORE_DATE[lang]})\s*)?\d)",
            lambda g, c: _offset(lang, g, c),
            _first_words(_numbers(lang)),
        )
    ]


@cache
def _anchor_before(lang: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?<![\w'’]){_span(lang)}\s+(?:(?:{BEFORE_DATE[lang]})(?:\s+|(?<=['’])))?$"
    )


def anchor_only(language: str, text: str, lo: int, begin: int, end: int) -> bool:
    """Whether the date at [begin, end) only anchors something else and makes no event: an
    English comparison's reference point ("the lowest since 2008", `comparison`), the date a
    span of time counts from in the other languages ("un mes después del 25 de enero"), or
    there a quotation's or a picture's date (`foreign_citations`)."""
    if language == "en":
        return is_comparison(text, lo, begin, end)
    from ..foreign_citations import dates_no_happening

    if dates_no_happening(language, text, begin, end):
        return True  # "— Nombre (@usuario) 15 de agosto de 2013", "Rabat, 20 marzo – Via X"
    if since_superlative(language, text, lo, begin):
        return True  # "o maior volume ... desde 2011": what it is compared with
    if range_end(language, text, lo, begin):
        return True  # "a partir de dia 8 e até dia 19": the range is one event, at its start
    return _anchor_before(language).search(text, max(lo, begin - 80), begin) is not None
