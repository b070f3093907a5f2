"""Seasons in Spanish, French, Italian, German and Portuguese: "en la primavera de 2015", "au
printemps 2015", "nell'estate del 2019", "no verão de 2021", "im Herbst 2020" (that year's);
"el verano pasado", "l'automne dernier", "la scorsa estate", "letzten Winter" (the last one
over by the publication date); "el próximo otoño", "au printemps prochain", "nächsten Sommer"
(the first one not yet begun); "este verano", "cet hiver", "diesen Sommer" (the publication
date's); after a preposition alone ("en primavera", "au printemps", "in autunno", "no verão",
"im Herbst", "auf den Herbst verschoben") the one still to come in a clause told in the future
or put off, else the last one begun. Values as English seasons: "2018-SU", winter by the year
of its December.

Neither CLDR (Babel) nor dateparser's language data names the seasons, so the four nouns of
each language are written here (and German's "Frühjahr" beside "Frühling"); the modifiers are
`locales_relative`'s ("pasado", "dernier", "scorso", "letzte", "próximo"). Not a name ("la
Primavera Árabe", "le Printemps de Prague", "Arabischer Frühling" is no date: no cue before it),
nor one inside a compound ("Frühlingsfest", "Sommerferien").
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import SEASON_FIRST_MONTH, YEAR_DIGITS
from ..periods import shift
from .anchoring import pick_year_anchored
from .locales import _alternation, fold
from .table import Ctx, Groups, Res, Rule, make

_NAMES: dict[str, dict[str, str]] = {
    "es": {"SP": "primavera", "SU": "verano", "FA": "oto[ñn]o", "WI": "invierno"},
    "fr": {"SP": "printemps", "SU": "[ée]t[ée]", "FA": "automne", "WI": "hiver"},
    "it": {"SP": "primavera", "SU": "estate", "FA": "autunno", "WI": "inverno"},
    "pt": {"SP": "primavera", "SU": "ver[ãa]o", "FA": "outono", "WI": "inverno"},
    "de": {"SP": "Fr[üu]hling|Fr[üu]hjahr", "SU": "Sommer", "FA": "Herbst", "WI": "Winter"},
}
# The words a season's match can begin with (as written and folded by `rules`)
_TRIGGERS = {
    "es": ("primavera", "verano", "otoño", "otono", "invierno"),
    "fr": ("printemps", "été", "ete", "automne", "hiver"),
    "it": ("primavera", "estate", "autunno", "inverno"),
    "pt": ("primavera", "verão", "verao", "outono", "inverno"),
    "de": ("frühling", "frühjahr", "sommer", "herbst", "winter", "frühlings", "frühjahrs")
    + ("sommers", "herbstes", "herbsts", "winters"),
}
# Between a season and its year: "primavera de 2015", "estate del 2019", "été 2015"
_YEAR_JOIN = {"es": r"de(?:l)?", "fr": r"de", "it": r"del", "pt": r"de", "de": r"des\s+Jahres"}
# "this" before it: the publication date's season
_THIS = {
    "es": r"este|esta",
    "fr": r"cet|ce",
    "it": r"quest['’]|questa|questo",
    "pt": r"este|neste|esta|nesta",
    "de": r"diesen|diesem|dieser|dieses",
}
# A preposition (and article) a bare season needs before it to be a time
_CUE = {
    "es": r"en(?:\s+el)?|durante\s+el|hasta\s+el|desde\s+el|para\s+el|a\s+lo\s+largo\s+del|"
    r"antes\s+del|despu[ée]s\s+del|tras\s+el|al\s+llegar\s+el",
    "fr": r"en|au|à\s+l['’]|durant\s+l['’]|pendant\s+l['’]|depuis\s+l['’]|jusqu['’]à\s+l['’]|"
    r"dès\s+l['’]|d['’]ici\s+l['’]|avant\s+l['’]|après\s+l['’]|pour\s+l['’]|cet|ce",
    "it": r"in|nell['’]|nella|durante\s+l['’]|durante\s+la|entro\s+l['’]|entro\s+la|"
    r"fino\s+all['’]|fino\s+alla|dall['’]|dalla|per\s+l['’]|per\s+la|prima\s+dell['’]|"
    r"prima\s+della|dopo\s+l['’]|dopo\s+la|a",
    "pt": r"na|no|em|durante\s+[oa]|at[ée]\s+[oa]|desde\s+[oa]|para\s+[oa]|antes\s+d[oa]|"
    r"depois\s+d[oa]|ao\s+longo\s+d[oa]",
    "de": r"im|in|seit\s+dem|bis\s+zum|bis\s+in\s+den|auf\s+den|zum|über\s+den|vor\s+dem|"
    r"nach\s+dem|für\s+den",
}
# A clause that puts something off to a season: "aplazado hasta el otoño", "auf den Herbst
# verschoben", "reportée à l'automne", "rinviato all'autunno", "adiado para o verão"
_PUT_OFF = re.compile(
    r"(?i)\b(?:aplaza\w*|pospu\w*|pospon\w*|retras\w*|report\w*|repouss\w*|rinvi\w*|"
    r"posticip\w*|adia\w*|verschoben|verschieb\w*|vertagt)\b"
)


def _modifiers(modifiers: dict[str, int]) -> dict[str, int]:
    table = modifiers | {"último": -1, "ultimo": -1, "scorsa": -1, "scorso": -1}
    return table | {fold(m): o for m, o in table.items()}


def _regex(lang: str, mods: dict[str, int]) -> str:
    names = "|".join(f"(?P<{code}>{words})" for code, words in _NAMES[lang].items())
    mod = _alternation(set(mods))
    # German: the genitive ("des Sommers 2017") and the dative plural none
    ending = r"(?:e?s)?" if lang == "de" else ""
    year_join = rf"(?:\s+(?:{_YEAR_JOIN[lang]}))?\s+"
    return (
        rf"(?i:(?:(?P<this>{_THIS[lang]})\s*|(?P<m1>{mod})\s+)?)(?-i:(?i:{names}){ending})"
        rf"(?![\w'’-])(?:(?i:\s+(?P<m2>{mod}))(?![\w'’])|(?i:{year_join})(?P<y>{YEAR_DIGITS})(?!\d))?"
    )


def _code(g: Groups) -> str:
    return next(code for code in SEASON_FIRST_MONTH if g[code])


def _season(lang: str, mods: dict[str, int], g: Groups, c: Ctx) -> Res | None:
    from .. import other_languages

    code = _code(g)
    month = SEASON_FIRST_MONTH[code]
    word = g.req(code)
    if lang != "de" and word[:1].isupper() and c.before().strip(" \"'«“‘(¿¡-–—"):
        return None  # "la Primavera de Praga", "l'Été indien": a name mid-sentence
    if g["y"]:
        return make((dt.date(int(g.req("y")), month, 1), "season"), explicit_year=True)
    modifier = g["m1"] or g["m2"]
    if not (modifier or g["this"]):
        if not re.search(rf"(?i)(?<![\w'’])(?:{_CUE[lang]})\s*$", c.before()):
            return None  # "el verano es caluroso", "la Primavera Árabe": no time
    if c.dct is None:
        return Res("DATE", f"XXXX-{code}")
    dct = c.dct
    years = range(dct.year - 2, dct.year + 2)
    begun = [y for y in years if dt.date(y, month, 1) <= dct]
    if modifier and mods[fold(modifier.lower())] < 0:  # the last one over
        year = max(y for y in begun if shift(dt.date(y, month, 1), 1, "season") <= dct)
    elif modifier:  # the first one not yet begun
        year = min(y for y in years if dt.date(y, month, 1) > dct)
    elif g["this"]:
        year = max(begun) if code == "WI" and dct.month <= 2 else dct.year
    else:
        picked, anchored = pick_year_anchored(c, month)
        if anchored and picked is not None:
            return make((dt.date(picked, month, 1), "season"), yearless=True)
        b, e = other_languages.segment(c.text, c.sent_begin, c.sent_end, c.begin, c.end)
        clause = c.text[b:e]
        if other_languages.is_future(lang, clause) or _PUT_OFF.search(clause):
            # the first one not yet over: "reabrirá en primavera", said in April, is this one
            year = min(y for y in years if shift(dt.date(y, month, 1), 1, "season") > dct)
        else:
            year = max(begun)
        return make((dt.date(year, month, 1), "season"), yearless=True, relative=True)
    return make((dt.date(year, month, 1), "season"), relative=True)


def rules(lang: str, modifiers: dict[str, int]) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for seasons, with its `modifiers`."""
    mods = _modifiers(modifiers)
    words = {w.lower() for w in _TRIGGERS[lang]} | {fold(w) for w in _TRIGGERS[lang]}
    this = {w.replace("['’]", "") for w in _THIS[lang].split("|")}
    triggers = words | this | {m.split()[0].lower() for m in mods}
    return [
        Rule(
            f"{lang}_season",
            _regex(lang, mods),
            lambda g, c: _season(lang, mods, g, c),
            frozenset(triggers),
        )
    ]
