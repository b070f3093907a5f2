"""A day of the month without its year, named by numbers. By its number alone after "día" /
"dia" in Spanish and Portuguese news: "el pasado día 5", "el día 12", "no dia 3", "no próximo
dia 20" is that day of the publication date's month, or of the month before or after: the last
one on or before the publication date ("pasado", "passado", "último", or a clause not told in
the future), the first one after it ("próximo", or a clause told in the future).

German writes a day and month without the year in figures: "am 28.02.", "bis zum 3.4." after a
preposition or article is that day in the year `locales` picks for a year-less date.

Not a day followed by "de" ("el día 5 de marzo" is the day-and-month rule's, "el día 5 de la
huelga" a count of days), nor a number that goes on ("dia 3,5", "día 12/3").
"""

from __future__ import annotations

import datetime as dt
import re

from ..foreign_starts import starts_from
from ..periods import shift
from ..plan_participles import after_plan
from .common import _date
from .locales import _DAY, _pick_year, names
from .table import DIGIT, Ctx, Groups, Res, Rule, make

_PAST = {"pasado": -1, "passado": -1, "último": -1, "ultimo": -1, "próximo": 1, "proximo": 1}
_ON = r"[.,:/]\d|\d|[º°]\S"  # a number that goes on: "3,5", "12/3"
# this month's, as letters and notices write it: "el día 28 del corriente", "dia 5 do corrente"
_CURRENT = {
    "es": r"\s+(?P<cur>del\s+(?:corriente|cte\.)(?:\s+mes)?|(?:del\s+)?c\.\s?m\.)",
    "pt": r"\s+(?P<cur>do\s+corrente(?:\s+m[êe]s)?|(?:do\s+)?c\.\s?m\.)",
}
_PATTERN = {
    "es": rf"(?:(?P<m>pasado|pr[óo]ximo)\s+)?d[íi]a\s+(?P<d>{_DAY})(?:{_CURRENT['es']})?"
    rf"(?!\s*(?:de|del)\b|{_ON})",
    "pt": rf"(?:(?P<m>passado|[úu]ltimo|pr[óo]ximo)\s+)?dia\s+(?P<d>{_DAY})º?(?:{_CURRENT['pt']})?"
    rf"(?!\s*(?:de|do|da)\b|{_ON})",
}
# a day number with the month told by an abbreviation or word after it, in French and Italian
# letters and notices: "du 2 courant", "del 21 c.m." (this month), "del 3 u.s." (last month),
# "entro il 10 p.v." (next month)
_MONTH_WORD = {
    "fr": (rf"(?P<d>{_DAY})(?:er)?\s+(?P<w>courant)(?![\w'’-])", {"courant": 0}),
    "it": (
        rf"(?P<d>{_DAY})\s+(?P<w>c\.\s?m\.|u\.\s?s\.|p\.\s?v\.|corrente(?:\s+mese)?)",
        {"cm": 0, "us": -1, "pv": 1, "corrente": 0, "correntemese": 0},
    ),
}
# the end of a range after a bare day gives its month: "desde el día 8 hasta el 19 de marzo"
_RANGE_MONTH = re.compile(
    r"(?i)^,?\s+(?:hasta|al|a|y|e|até|ao)\s+(?:el\s+|o\s+|d[íi]a\s+)*\d{1,2}º?\s+de\s+"
    r"(?P<mon>[^\W\d_]+)"
)
_MONTHS = range(-1, 2)  # the month before the publication date's, its own, the one after


def _day(lang: str, g: Groups, c: Ctx) -> Res | None:
    from .. import other_languages

    if _after_weekday(lang, c.before()):
        return None  # "el próximo lunes, día 4": the weekday's own day, read with it
    day = int(g.req("d"))
    if c.dct is None:
        return Res("DATE", f"XXXX-XX-{day:02d}")
    if g["cur"]:
        return _in_month(c.dct, 0, day)
    if (ranged := _range_month(lang, c, day)) is not None:
        return ranged
    before = c.before()
    if g["m"]:
        forward = _PAST[g.req("m").lower()] > 0
    elif after_plan(lang, before):
        forward = True  # "marcada para dia 15": a plan's day, ahead
    else:
        b, e = other_languages.segment(c.text, c.sent_begin, c.sent_end, c.begin, c.end)
        forward = other_languages.is_future(lang, c.text[b:e])
    found: list[dt.date] = []
    for step in _MONTHS:
        try:
            found.append(shift(c.dct.replace(day=1), step, "month").replace(day=day))
        except ValueError:
            continue
    picked = [d for d in found if d > c.dct] if forward else [d for d in found if d <= c.dct][::-1]
    if not g["m"] and starts_from(lang, before):
        # "a partir de dia 8": where a change starts, the nearer one whatever the tense
        dct = c.dct
        picked = sorted(found, key=lambda d: abs((d - dct).days))
    if not picked:
        return None
    return make((picked[0], "day"), relative=True)


def _in_month(dct: dt.date, step: int, day: int) -> Res | None:
    try:
        found = shift(dct.replace(day=1), step, "month").replace(day=day)
    except ValueError:
        return None
    return make((found, "day"), relative=True)


def _range_month(lang: str, c: Ctx, day: int) -> Res | None:
    """A bare day opening a range whose end names its month: that month's day, in the year the
    month rule would give the end."""
    m = _RANGE_MONTH.match(c.after())
    if m is None:
        return None
    try:
        month = names(lang).month(m["mon"])
    except ValueError:
        return None
    year, anchored = _pick_year(c, month, day, None, lang)
    found = _date(year, month, day) if year is not None else None
    if found is None:
        return None
    return make((found, "day"), yearless=True, relative=not anchored)


def _month_word(lang: str, g: Groups, c: Ctx) -> Res | None:
    day = int(g.req("d"))
    if c.dct is None:
        return Res("DATE", f"XXXX-XX-{day:02d}")
    key = re.sub(r"[\s.]", "", g.req("w").lower())
    return _in_month(c.dct, _MONTH_WORD[lang][1][key], day)


_LAST_WORD = re.compile(r"([^\W\d_][\w-]*)\s*,\s*$")


def _after_weekday(lang: str, before: str) -> bool:
    """Whether the text `before` a day's number ends with a weekday and a comma."""
    m = _LAST_WORD.search(before[-24:])
    return m is not None and m[1].lower() in names(lang).weekday_words


_GERMAN_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:am|vom|bis|zum|ab|seit|dem|den)\s+$")


def _german_numeric(g: Groups, c: Ctx) -> Res | None:
    if not _GERMAN_BEFORE.search(c.before()[-8:]):
        return None  # "Abschnitt 3.4.": no date
    day, month = int(g.req("d")), int(g.req("mo"))
    year, anchored = _pick_year(c, month, day, None, "de")
    d = _date(year, month, day) if year is not None else None
    if d is None:
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    return make((d, "day"), yearless=True, relative=not anchored)


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for a bare day of the month."""
    if lang == "de":
        return [
            Rule(
                "de_numeric_day",
                rf"(?P<d>{_DAY})\.(?P<mo>0?[1-9]|1[0-2])\.(?!\d)",
                _german_numeric,
                frozenset({DIGIT}),
            )
        ]
    if lang in _MONTH_WORD:
        return [
            Rule(
                f"{lang}_month_word_day",
                rf"(?<![\w'’.,/-]){_MONTH_WORD[lang][0]}",
                lambda g, c: _month_word(lang, g, c),
                frozenset({DIGIT}),
            )
        ]
    if lang not in _PATTERN:
        return []
    return [
        Rule(
            f"{lang}_month_day",
            rf"(?i:{_PATTERN[lang]})",
            lambda g, c: _day(lang, g, c),
            frozenset({"día", "dia", "pasado", "passado", "próximo", "último", "proximo"}),
        )
    ]
