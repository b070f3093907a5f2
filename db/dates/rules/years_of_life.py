""" "In his thirtieth year he married", "died in the eighty-fifth year of her age": a year of a
life counted from the birth the text told ("was born in 1756", or the opening bracket's life
dates "(1756–1791)"). The n-th year of a life begins on the (n-1)-th birthday, so it is written
as the calendar year it begins in (birth + n - 1), as a regnal year is. The bare form ("his
thirtieth year") only from the tenth year on, where it is no term's or school's year ("In his
third year he was made captain"), and where no reign was counted (`regnal_years` reads it then).
"""

from __future__ import annotations

import datetime as dt

from ..happening_nouns import told_with
from ..lexicon import ORDINALS
from .table import Ctx, Groups, Res, make, rule
from .told_happenings import _told_year

_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ROUND = {t[:-1] + "ieth": 10 * (k + 2) for k, t in enumerate(_TENS)}  # "thirtieth": 30
_SMALL = {w: n for w, n in ORDINALS.items() if n < 20 and w != "last"}
_ORDINAL = (
    rf"(?:(?P<tens>{'|'.join(_TENS)})-(?P<unit>{'|'.join(w for w, n in _SMALL.items() if n < 10)})"
    rf"|(?P<word>{'|'.join(sorted([*_SMALL, *_ROUND], key=len, reverse=True))})"
    r"|(?P<num>\d{1,3})(?:st|nd|rd|th))"
)
_BARE_FROM = 10  # the first year of a life the bare "his n-th year" is read as


def _nth(g: Groups) -> int | None:
    if g["num"]:
        return int(g.req("num"))
    if g["word"]:
        word = g.lower("word")
        return _ROUND.get(word) or _SMALL.get(word)
    return 10 * (_TENS.index(g.lower("tens")) + 2) + _SMALL[g.lower("unit")]


def _of_life(n: int | None, c: Ctx) -> Res | None:
    """The calendar year the n-th year of the life told before the match begins in."""
    birth_words = told_with("birth")
    if not n or birth_words is None:
        return None
    birth = _told_year(c.text, c.sent_begin, birth_words, 0)
    if birth is None:
        return None
    return make((dt.date(birth + n - 1, 1, 1), "year"))


@rule(
    "year_of_life",
    rf"(?i:the\s+{_ORDINAL}\s+year\s+of\s+(?:his|her)\s+(?:age|life))(?!\w)",
    starts="the",
)
def _year_of_life(g: Groups, c: Ctx) -> Res | None:
    return _of_life(_nth(g), c)


@rule(
    "year_of_life_bare",
    rf"(?i:(?:his|her)\s+{_ORDINAL}\s+year)(?![\w-])"
    r"(?!\s+(?i:of|old|as|since|after|before|in|at|to|from|with|on|running|student)\b)",
    starts="his her",
)
def _year_of_life_bare(g: Groups, c: Ctx) -> Res | None:
    n = _nth(g)
    if n is None or n < _BARE_FROM:
        return None
    return _of_life(n, c)
