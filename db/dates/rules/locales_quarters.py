"""Quarters and halves of a year in Spanish, French, Italian, German and Portuguese: "en el
primer trimestre de 2025", "au quatrième trimestre", "nel primo semestre del 2027", "no terceiro
trimestre do ano que vem", "im zweiten Quartal", "in der ersten Jahreshälfte" (as English's "the
first quarter of 2025": values "2025-Q1", "2027-H1").

The quarter's noun is CLDR's (Babel's quarter names: "1.er trimestre", "1. Quartal"); CLDR names
no halves and spells no ordinals, so those few words are written here. Without a year, the one
still to come in a clause told in the future ("fermera au deuxième trimestre"), else the last
one begun ("a chuté au quatrième trimestre", said in February: last year's). A quarter of
something else ("el primer trimestre del embarazo", "il primo trimestre di scuola") is no date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..lexicon import YEAR_DIGITS
from ..periods import shift
from .locales import fold
from .table import Ctx, Groups, Res, Rule, make

# Ordinal words (folded) -> 1..4; "last" is the fourth quarter or the second half
_ORDINALS: dict[str, dict[str, int]] = {
    "es": {"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4}
    | {"ultimo": 4},
    "fr": {"premier": 1, "deuxieme": 2, "second": 2, "troisieme": 3, "quatrieme": 4}
    | {"dernier": 4},
    "it": {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "ultimo": 4},
    "pt": {"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "ultimo": 4},
    "de": {
        f"{stem}{ending}": n
        for stem, n in (("erst", 1), ("zweit", 2), ("dritt", 3), ("viert", 4), ("letzt", 4))
        for ending in ("e", "en", "em", "er", "es")
    },
}
_HALF = {
    "es": r"semestre",
    "fr": r"semestre",
    "it": r"semestre",
    "pt": r"semestre",
    "de": r"Halbjahr(?:e?s)?|Jahresh[äa]lfte",
}
# Between the period and its year: "trimestre de 2025", "semestre del 2027", "Quartal 2025"
_YEAR_JOIN = {
    "es": r"de(?:l)?\s+",
    "fr": r"(?:de\s+)?",
    "it": r"(?:del\s+)?",
    "pt": r"(?:de\s+)?",
    "de": r"(?:des\s+Jahres\s+)?",
}
# The year named by its distance from the publication date's
_NEXT_YEAR = {
    "es": r"del\s+(?:a[ñn]o\s+que\s+viene|a[ñn]o\s+pr[óo]ximo|pr[óo]ximo\s+a[ñn]o)",
    "fr": r"de\s+l['’](?:ann[ée]e|an)\s+prochaine?|de\s+la\s+prochaine\s+ann[ée]e",
    "it": r"dell['’]anno\s+prossimo|del\s+prossimo\s+anno",
    "pt": r"do\s+(?:pr[óo]ximo\s+ano|ano\s+que\s+vem)",
    "de": r"(?:des\s+)?(?:n[äa]chsten|kommenden)\s+Jahres",
}
_LAST_YEAR = {
    "es": r"del\s+(?:a[ñn]o\s+pasado|pasado\s+a[ñn]o)",
    "fr": r"de\s+l['’](?:ann[ée]e\s+(?:derni[èe]re|pass[ée]e)|an\s+dernier)",
    "it": r"dell['’]anno\s+(?:scorso|passato)|dello\s+scorso\s+anno",
    "pt": r"do\s+ano\s+passado",
    "de": r"(?:des\s+)?(?:letzten|vergangenen)\s+Jahres|des\s+Vorjahres",
}
_THIS_YEAR = {
    "es": r"de\s+este\s+a[ñn]o|del\s+a[ñn]o(?:\s+en\s+curso)?",
    "fr": r"de\s+cette\s+ann[ée]e|de\s+l['’]ann[ée]e(?:\s+en\s+cours)?",
    "it": r"di\s+quest['’]anno|dell['’]anno(?:\s+in\s+corso)?",
    "pt": r"deste\s+ano|do\s+ano(?:\s+em\s+curso)?",
    "de": r"(?:dieses|des\s+laufenden)\s+Jahres|des\s+Jahres",
}
# "of" and a noun after the period: a quarter of something else than the year
_OF_OTHER = re.compile(r"(?i)\s+(?:de(?:l|la|s)?|di|dello|della|da|do|da|der|des)\s+[^\W\d]")


@cache
def _quarter_noun(lang: str) -> str:
    """CLDR's noun for a quarter in `lang`: "trimestre", "Quartal"."""
    from babel.dates import get_quarter_names

    name = str(get_quarter_names("wide", locale=lang)[1])
    return re.findall(r"[^\W\d_]{4,}", name)[-1]


def _forms(lang: str) -> set[str]:
    """The ordinals as written: folded and with their accents ("quatrieme", "quatrième")."""
    words = set(_ORDINALS[lang]) | ({"último"} if lang in ("es", "pt") else set())
    return words | {w.replace("ieme", "ième") for w in words}


def _regex(lang: str) -> str:
    ordinal = "(?P<ord>" + "|".join(sorted(_forms(lang), key=len, reverse=True)) + ")"
    return (
        rf"(?i:{ordinal})\s+(?i:(?P<q>{re.escape(_quarter_noun(lang))})|(?P<h>{_HALF[lang]}))"
        rf"(?![\w'’])(?:\s+(?i:(?P<next>{_NEXT_YEAR[lang]})|(?P<last>{_LAST_YEAR[lang]})|"
        rf"(?P<this>{_THIS_YEAR[lang]}))(?![\w'’])(?!\s+\d)|\s+(?i:{_YEAR_JOIN[lang]})"
        rf"(?P<y>{YEAR_DIGITS})(?!\d))?"
    )


def _period(lang: str, g: Groups, c: Ctx) -> Res | None:
    from .. import other_languages

    n = _ORDINALS[lang].get(fold(g.req("ord")), 4)
    if g["h"]:
        n, months, gran, code = min(n, 2), 6, "half", "H"
    else:
        months, gran, code = 3, "quarter", "Q"
    first = (n - 1) * months + 1
    if g["y"]:
        return make((dt.date(int(g.req("y")), first, 1), gran), explicit_year=True)
    offset = 1 if g["next"] else -1 if g["last"] else 0 if g["this"] else None
    if offset is None and _OF_OTHER.match(c.after()):
        return None  # "el primer trimestre del embarazo", "le premier trimestre scolaire" is not
    if c.dct is None:
        return Res("DATE", f"XXXX-{code}{n}")
    if offset is not None:
        return make((dt.date(c.dct.year + offset, first, 1), gran), relative=True)
    dct = c.dct
    starts = [dt.date(y, first, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    b, e = other_languages.segment(c.text, c.sent_begin, c.sent_end, c.begin, c.end)
    if other_languages.is_future(lang, c.text[b:e]):
        start = next(d for d in starts if shift(d, months, "month") > dct)
    else:
        start = max(d for d in starts if d <= dct)
    return make((start, gran), yearless=True, relative=True)


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for quarters and halves."""
    words = _forms(lang)
    return [
        Rule(
            f"{lang}_quarter",
            _regex(lang),
            lambda g, c: _period(lang, g, c),
            frozenset(words),
        )
    ]
