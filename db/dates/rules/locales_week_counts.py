"""A day a number of weeks from another, in German: "am Samstag vor einer Woche" is the
Saturday of the week before last Saturday's ("vor einer Woche" counted from the last Saturday
on or before the publication date), "heute in einer Woche" a week from today, "gestern vor
zwei Wochen" two weeks before yesterday. And Portuguese's weekday clipped of "-feira" with its
day in brackets, as Brazilian news writes it: "nesta sexta (5)", "na segunda (8)" (the day
with that weekday and number nearest the publication date, as the weekday rule's "na
sexta-feira (5)").

The weekday names and day words are CLDR's; the counts num2words' (`locales_offset`); written
here are "vor" / "in" and the week noun's forms.
"""

from __future__ import annotations

import datetime as dt

from ..periods import shift
from .common import _weekday_from
from .locales import _DAY, _alternation, _phrase_key, fold, names, relative_phrases
from .locales_offset import _numbers
from .locales_weekday_weeks import _CLIPPED_PT, _CLIPPED_WORDS
from .table import Ctx, Groups, Res, Rule, make

_WEEKS = r"Woche|Wochen"


def _german(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    num = g.req("num")
    n = int(num) if num.isdigit() else _numbers("de")[fold(num.lower())]
    sign = -1 if g.req("dir").lower() == "vor" else 1
    if g["wd"]:
        weekday = names("de").weekday_of(g.req("wd"))
        day = _weekday_from(c.dct, weekday, forward=sign > 0, inclusive=True)
    else:
        day = c.dct + dt.timedelta(days=relative_phrases("de").days[_phrase_key(g.req("dw"))])
    return make((day + dt.timedelta(weeks=sign * n), "day"), relative=True)


def _clipped(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    weekday = names("pt").weekday_of(g.req("wd") + "-feira")
    number = int(g.req("d"))
    found = []
    for step in (-1, 0, 1):
        try:
            d = shift(c.dct.replace(day=1), step, "month").replace(day=number)
        except ValueError:
            continue
        if d.weekday() == weekday:
            found.append(d)
    if not found:
        return None
    dct = c.dct
    return make((min(found, key=lambda d: abs((d - dct).days)), "day"), relative=True)


def rules(lang: str) -> list[Rule]:
    """The rules `locales_relative.rules(lang)` adds for "am Samstag vor einer Woche" and
    "nesta sexta (5)"."""
    if lang == "pt":
        return [
            Rule(
                "pt_clipped_weekday_day",
                # after "na", "nesta", "até": not "a sexta (5) etapa"
                rf"(?<=(?i:na|ta|sa|té|ma|da)\s)(?P<wd>(?i:{_CLIPPED_PT}))\s*"
                rf"\((?P<d>{_DAY})(?:º|°)?\)",
                _clipped,
                _CLIPPED_WORDS,
            )
        ]
    if lang != "de":
        return []
    n = names("de")
    words = {w for w in relative_phrases("de").day_phrases if " " not in w}
    numbers = _alternation(set(_numbers("de")))
    return [
        Rule(
            "de_week_count",
            rf"(?<![\w'’-])(?:(?i:am)\s+(?P<wd>{n.weekday})|(?P<dw>{_alternation(words)}))"
            rf"\s+(?P<dir>(?i:vor|in))\s+(?P<num>\d{{1,2}}|{numbers})\s+(?i:{_WEEKS})(?![\w'’-])",
            _german,
            frozenset({"am"} | {f for w in words for f in (w.lower(), fold(w))}),
        )
    ]
