"""A day counted from the day the text has just named, in Spanish, French, Italian, Portuguese
and German: the next day ("al día siguiente", "le lendemain", "il giorno dopo", "no dia
seguinte", "am nächsten Tag"), the day before ("la víspera", "la veille", "il giorno prima", "na
véspera", "am Vortag") and a count of days or weeks later or earlier with no date after it
("dos días después", "deux jours plus tard", "due giorni dopo", "três dias antes", "zwei Tage
später"): "Le vendredi 5 mars, dépôts ; vente le lendemain" is 6 March. As English's "the next
day", only where the text's last date is a day (`Ctx.ref`); with none, nothing is dated.

A following "de" / "du" / "di" / "que" makes it another thing: "la víspera de Navidad" is the
holiday's eve (`locales_holidays`), "le lendemain de l'élection" counts from an event with no
date, "dos días después del 3 de mayo" from the date after it (`locales_offset`).

The unit nouns are CLDR's duration units and the counts num2words' cardinals
(`locales_offset`); written here are the small words of "next", "before", "later".
"""

from __future__ import annotations

import datetime as dt
import re

from .locales import _alternation, _first_words, fold
from .locales_offset import _numbers, _units
from .table import DIGIT, Ctx, Groups, Res, Rule, make

# the day after / before the one just named, as one phrase: its offset in days
_NEXT_DAY: dict[str, dict[str, int]] = {
    "es": {
        r"(?:al|el)\s+d[íi]a\s+(?:siguiente|posterior)": 1,
        r"al\s+otro\s+d[íi]a": 1,
        r"(?:el\s+d[íi]a\s+anterior|la\s+v[íi]spera)": -1,
    },
    "fr": {r"le\s+lendemain|le\s+jour\s+suivant": 1, r"la\s+veille|le\s+jour\s+précédent": -1},
    "it": {
        r"(?:il\s+)?giorno\s+(?:dopo|seguente|successivo)|l['’]indomani": 1,
        r"(?:il\s+)?giorno\s+(?:prima|precedente)": -1,
    },
    "pt": {
        r"(?:n?o\s+)?dia\s+(?:seguinte|posterior)": 1,
        r"(?:n?o\s+)?dia\s+anterior|n?a\s+véspera": -1,
    },
    "de": {
        r"am\s+(?:nächsten|folgenden|darauffolgenden)\s+Tag|am\s+Folgetag|tags\s+darauf": 1,
        r"am\s+Vortag|am\s+Tag\s+(?:zuvor|davor)|tags\s+zuvor": -1,
    },
}
# after a count of days or weeks: later / earlier
_LATER: dict[str, dict[str, int]] = {
    "es": {r"después|más\s+tarde": 1, r"antes": -1},
    "fr": {r"plus\s+tard|après": 1, r"avant|auparavant|plus\s+tôt": -1},
    "it": {r"dopo|più\s+tardi": 1, r"prima": -1},
    "pt": {r"depois|mais\s+tarde": 1, r"antes": -1},
    "de": {r"später|danach|darauf": 1, r"zuvor|vorher|davor|früher": -1},
}
# what makes the phrase count from something else: "de" + its anchor, "que" + a clause
_NOT_AFTER = {
    "es": r"de|del|que",
    "fr": r"de|du|des|d['’]|que|qu['’]|le|la|les|l['’]",
    "it": r"di|del|dello|della|dei|degli|delle|dell['’]|che|il|la|l['’]",
    "pt": r"de|do|da|dos|das|que",
    "de": r"dem|der|den|des",
}


# the words the phrases above begin with (the trigger's)
_STARTS = {
    "es": "al el la",
    "fr": "le la",
    "it": "il giorno l'indomani",
    "pt": "no o dia na a",
    "de": "am tags",
}


# only a comma between the date before and the count: an apposition to that date
_APPOSED = re.compile(r"\s*,\s*")


def _pattern(lang: str) -> str:
    phrases = "|".join(f"(?P<n{i}>{p})" for i, p in enumerate(_NEXT_DAY[lang]))
    numbers = _alternation(set(_numbers(lang)))
    units = _alternation({u for u, unit in _units(lang).items() if unit in ("day", "week")})
    later = "|".join(f"(?P<l{i}>{p})" for i, p in enumerate(_LATER[lang]))
    count = rf"(?P<num>\d{{1,2}}|{numbers})\s+(?P<unit>{units})\s+(?:{later})"
    # ... but "le lendemain de 9 h à 17 h" is the next day's hours
    clock = r"\s*\d{1,2}\s*(?:h(?![^\W\d_])|heures|horas|ore|Uhr|[:.]\d\d)"
    # an elided "d'" / "l'" is whole at its apostrophe ("la veille d'un nouveau vendredi")
    tail = rf"(?![\w'’-])(?!\s*(?:{_NOT_AFTER[lang]})(?:(?<=['’])|(?![\w'’]))(?!{clock}))"
    return rf"(?<![\w'’-])(?i:{phrases}|{count}){tail}"


def _days(lang: str, g: Groups) -> int:
    for i, offset in enumerate(_NEXT_DAY[lang].values()):
        if g[f"n{i}"]:
            return offset
    sign = next(off for i, off in enumerate(_LATER[lang].values()) if g[f"l{i}"])
    num = g.req("num")
    n = int(num) if num.isdigit() else _numbers(lang)[fold(num.lower())]
    weeks = _units(lang)[fold(g.req("unit").lower())] == "week"
    return sign * n * (7 if weeks else 1)


def _story_day(lang: str, g: Groups, c: Ctx) -> Res | None:
    if c.ref is None or c.ref[1] != "day":
        return None
    if c.told and _APPOSED.fullmatch(c.text, c.told[-1].end, c.begin):
        return None  # "Hoy, tres días después, ...": the date before it says the day
    day = c.ref[0] + dt.timedelta(days=_days(lang, g))
    c.basis = "ref"
    return make((day, "day"), from_ref=True)


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for "al día siguiente" and the like."""
    return [
        Rule(
            f"{lang}_story_day",
            _pattern(lang),
            lambda g, c: _story_day(lang, g, c),
            _first_words(_STARTS[lang].split()) | _first_words(_numbers(lang)) | {DIGIT},
        )
    ]
