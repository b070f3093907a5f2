"""A span of time counted back from the publication date in Spanish, French, Italian, German and
Portuguese: "hace tres días", "il y a deux semaines", "tre mesi fa", "vor drei Tagen", "há 2
anos" are that many days, weeks, months or years before it, at that unit's precision; with
"today" next to it ("heute vor 25 Jahren", "hoy hace diez años") the day itself, that many years
or months back.

The phrases are CLDR's own relative-time patterns (Babel's `date_fields`, "hace {0} días"), the
numbers digits or num2words' cardinals (`locales_offset`). The future's are `locales_ahead`'s
where they cannot also say how long something took ("in drei Tagen"). Not after "desde",
"depuis", "seit", "da", which make it a duration ("desde hace tres días").
"""

from __future__ import annotations

import re
from functools import cache

from ..periods import shift
from .locales import _alternation, _first_words, fold, from_day
from .locales_offset import _numbers
from .table import DIGIT, Ctx, Groups, Res, Rule, make

_UNITS = ("day", "week", "month", "year")
# Words that put a span back on the very day: "il y a dix ans jour pour jour", "vor einem Jahr
# auf den Tag genau", "il y a un an tout juste" (CLDR has none; as "today" beside it)
_TO_THE_DAY = {
    "es": (r"d[íi]a\s+por\s+d[íi]a",),
    "fr": (r"jour\s+pour\s+jour", r"tout\s+juste"),
    "de": (r"auf\s+den\s+Tag(?:\s+genau)?",),
    "pt": (r"dia\s+por\s+dia",),
}
_SINCE = re.compile(r"(?i)(?:^|[^\w'’])(?:desde|depuis|seit|da|dal)\s+$")


@cache
def _patterns(lang: str, when: str = "past") -> dict[str, str]:
    """CLDR's past (or future) relative-time patterns of `lang`, one and several -> unit."""
    from babel.localedata import load

    fields = load(lang)["date_fields"]
    return {
        pattern: unit
        for unit in _UNITS
        for pattern in fields[unit][when].values()
        if "{0}" in pattern
    }


# Round counts about a number: "une quinzaine de jours" is some fifteen days, a date no finer
# than the week it falls in ("il y a une quinzaine de jours": that week)
_ABOUT = {
    "es": {"una quincena de": 15, "una decena de": 10, "una veintena de": 20},
    "fr": {"une quinzaine de": 15, "une dizaine de": 10, "une vingtaine de": 20},
    "it": {"una quindicina di": 15, "una decina di": 10, "una ventina di": 20},
    "pt": {"uma quinzena de": 15, "uma dezena de": 10, "uma vintena de": 20},
}


def _about(lang: str) -> dict[str, int]:
    return {fold(k): n for k, n in _ABOUT.get(lang, {}).items()}


def _regex(lang: str, when: str = "past") -> str:
    numbers = _alternation(set(_numbers(lang)))
    about = "".join("|" + re.escape(k).replace(r"\ ", r"\s+") for k in _ABOUT.get(lang, {}))
    count = rf"(?P<num>\d{{1,3}}|{numbers}{about})"
    alternatives = []
    for i, (pattern, _unit) in enumerate(_patterns(lang, when).items()):
        head, tail = (re.escape(part).replace(r"\ ", r"\s+") for part in pattern.split("{0}"))
        alternatives.append(rf"(?P<p{i}>{head}{count.replace('num', f'n{i}')}{tail})")
    if when != "past":
        return rf"(?i:{'|'.join(alternatives)})(?![\w'’])"
    # "heute vor 25 Jahren", "il y a 25 ans aujourd'hui", "il y a dix ans jour pour jour"
    today = rf"(?i:{'|'.join((_today(lang), *_TO_THE_DAY.get(lang, ())))})"
    return (
        rf"(?:(?P<t1>{today}),?\s+)?(?i:{'|'.join(alternatives)})"
        rf"(?:,?\s+(?P<t2>{today}))?(?![\w'’])"
    )


@cache
def _today(lang: str) -> str:
    """CLDR's word for today in `lang`, either apostrophe."""
    from babel.localedata import load

    word: str = load(lang)["date_fields"]["day"]["relative"][0]
    return re.escape(word).replace("’", "['’]")


def _ago(lang: str, g: Groups, c: Ctx, when: str = "past") -> Res | None:
    if _SINCE.search(c.before()[-12:]):
        return None  # "desde hace tres días": for three days
    sign = -1 if when == "past" else 1
    patterns = list(_patterns(lang, when).values())
    i = next(i for i in range(len(patterns)) if g[f"p{i}"])
    unit, word = patterns[i], fold(" ".join(g.req(f"n{i}").split()))
    about = _about(lang).get(word)
    n = int(word) if word.isdigit() else about or _numbers(lang).get(word)
    if n is None:
        return None
    if about and unit == "day" and c.dct is not None and when == "past":
        return make((shift(c.dct, -n, "day"), "week"), relative=True)
    if c.dct is None:
        return Res("DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX"))
    if unit == "day":
        return from_day(lang, c, None, sign * n)
    if when == "past" and (g["t1"] or g["t2"]):  # "today N years ago": that very day
        return make((shift(c.dct, sign * n, unit), "day"), relative=True)
    return make((shift(c.dct, sign * n, unit), unit), relative=True)


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for spans counted back from the DCT."""
    firsts = {re.split(r"\s", p, maxsplit=1)[0] for p in _patterns(lang)}
    words = {w for w in firsts if w != "{0}"}
    days = {re.split(r"\\", p, maxsplit=1)[0] for p in _TO_THE_DAY.get(lang, ())}
    triggers = _first_words(words | days | {_today(lang).replace("['’]", "’")}) | (
        {DIGIT} | _first_words(_numbers(lang)) if "{0}" in firsts else set()
    )
    return [Rule(f"{lang}_ago", _regex(lang), lambda g, c: _ago(lang, g, c), frozenset(triggers))]
