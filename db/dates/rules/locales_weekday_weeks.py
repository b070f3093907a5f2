"""A weekday of a named week, and German's weekdays with an adjective, in Spanish, French,
Italian, Portuguese and German: "el lunes de la semana pasada", "mardi de la semaine
prochaine", "il lunedì della settimana scorsa", "a segunda-feira da semana passada", "am Montag
vergangener Woche" are that weekday of the week before or after the publication date's; "am
kommenden Montag", "am vergangenen Dienstag" the first one after or the last one before it;
"am gestrigen Mittwoch", "am morgigen Freitag", "am heutigen Donnerstag" the day before, after
or of the publication date (the adjective says the day; the weekday only names it).
A run of weekdays before the week phrase ("du lundi au jeudi de la semaine prochaine") is its
first day of that week.

The week phrases and weekday names are CLDR's (`locales_relative.unit_phrases`,
`wide_weekdays`); written here are the function words: "of" ("de la", "du", "della", "da",
German's genitive needs none) and German's day adjectives.
"""

from __future__ import annotations

import datetime as dt

from .locales import _alternation, _lookup, _phrase_key, _phrase_pattern, fold, names
from .table import Ctx, Groups, Res, Rule, make

_OF = {
    "es": r"de\s+la|de|del",
    "fr": r"de\s+la|de|du",
    "it": r"della|dell['’]|di|del",
    "pt": r"da|de|do",
    "de": r"der|",  # "Montag vergangener Woche", "Montag der nächsten Woche"
}
# The joints of a run of weekdays, whose first day the week phrase after the last dates too:
# "del lunes al jueves de la semana próxima", "entre segunda e quarta-feira da próxima semana"
_TO = {
    "es": r"al|a|y",
    "fr": r"au|à|et",
    "it": r"al|a|e",
    "pt": r"a|à|e|ao",
    "de": r"bis|und",
}
# Portuguese's weekdays clipped of "-feira" ("entre segunda e quarta-feira"): CLDR's wide
# names with it
_CLIPPED_PT = r"segunda|terça|quarta|quinta|sexta"
_CLIPPED_WORDS = frozenset(w for c in _CLIPPED_PT.split("|") for w in (c, fold(c)))
# German's adjectives of a day: the day before, of and after the publication date
_DAY_ADJECTIVES = {"vorgestrig": -2, "gestrig": -1, "heutig": 0, "morgig": 1, "übermorgig": 2}
# Adjectives of a weekday CLDR's phrases ("letzten Montag", "nächsten Montag") lack
_STEPS = {"kommend": 1, "vergangen": -1}
_ENDINGS = r"(?:en|e|er|es|em)"
_DAY_PARTS = r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?"


def _of_week(lang: str, weeks: dict[str, int], g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    offset = _lookup(weeks, _phrase_key(g.req("w")))
    name = g.req("wd")
    if lang == "pt" and "-" not in name and fold(name.lower()) in fold(_CLIPPED_PT).split("|"):
        name += "-feira"  # "segunda" (e quarta-feira)
    weekday = names(lang).weekday_of(name)
    monday = c.dct - dt.timedelta(days=c.dct.weekday()) + dt.timedelta(weeks=offset)
    return make((monday + dt.timedelta(days=weekday), "day"), relative=True)


def _with_adjective(lang: str, g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    stem = fold(g.req("a").lower())
    weekday = names(lang).weekday_of(g.req("wd"))
    days = {fold(k): v for k, v in _DAY_ADJECTIVES.items()}
    if stem in days:
        day = c.dct + dt.timedelta(days=days[stem])
        if day.weekday() != weekday:
            return None  # the adjective and the weekday disagree: no telling which is meant
        return make((day, "day"), relative=True)
    step = _STEPS[stem]
    delta = (weekday - c.dct.weekday()) % 7 or 7
    return make((c.dct + dt.timedelta(days=delta if step > 0 else delta - 7), "day"), relative=True)


def rules(lang: str, weekday: str, weeks: dict[str, int], phrases: tuple[str, ...]) -> list[Rule]:
    """The rules of `weekday` (CLDR's wide weekday names as a pattern) with the week phrases
    (`locales_relative.unit_phrases`: key -> offset, and the phrases)."""

    def bind(fn):
        return lambda g, c: fn(lang, g, c)

    run = rf"\s+(?:{_TO[lang]})\s+(?:{weekday})"
    clipped = rf"|(?:{_CLIPPED_PT})(?={run})" if lang == "pt" else ""  # only in a run
    found = [
        Rule(
            f"{lang}_weekday_of_week",
            rf"(?P<wd>{weekday}{clipped})(?:{run})?"
            rf"{_DAY_PARTS if lang == 'de' else ''}\s+"
            rf"(?:(?:{_OF[lang]})\s+)?(?P<w>{_phrase_pattern(phrases)})(?![\w'’])",
            lambda g, c: _of_week(lang, weeks, g, c),
            names(lang).weekday_words | (_CLIPPED_WORDS if lang == "pt" else frozenset()),
        )
    ]
    if lang == "de":
        stems = _alternation(set(_DAY_ADJECTIVES) | set(_STEPS))
        found.append(
            Rule(
                "de_weekday_adjective",
                rf"(?P<a>{stems}){_ENDINGS}\s+(?P<wd>{weekday}){_DAY_PARTS}(?![\w'’])",
                bind(_with_adjective),
                frozenset(
                    w
                    for s in (*_DAY_ADJECTIVES, *_STEPS)
                    for e in ("en", "e", "er", "es", "em")
                    for w in (f"{s}{e}", fold(f"{s}{e}"))
                ),
            )
        )
    return found
