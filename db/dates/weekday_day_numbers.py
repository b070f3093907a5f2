"""A weekday's day number the date finder left after it: "abrirá el próximo lunes 4 el plazo",
"rouvrira mardi 5 les portes", "riapre giovedì 7 il museo". The weekday is the date; its day
of the month, told after it, goes with it when the date is cut from a title ("abrirá el plazo",
not "abrirá 4 el plazo"). Only a number from 1 to 31 followed by an article, a comma or the
clause's end: "el lunes 4 personas" keeps its count.

CLDR's weekday names (`cldr_names`); the articles are `foreign_articles`' definite ones.
"""

from __future__ import annotations

import re
from functools import cache

from .cldr_names import names
from .foreign_articles import determiners


@cache
def _weekday_end(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{names(language).weekday})\.?\s*$")


@cache
def _day_number(language: str) -> re.Pattern[str]:
    article = determiners(language, "definite") or r"(?!)"
    return re.compile(
        rf"(?i)^\s*(?:[1-9]|[12]\d|3[01])"
        rf"(?:\s+(?=(?:{article})(?:(?<=['’])|\s))|\s*(?=[,;.]|$))"
    )


def without_day_number(language: str, expression: str, tail: str) -> str:
    """`tail`, the words after a cut date `expression`, without the weekday's day number it
    opens with (module docstring)."""
    if language not in ("es", "fr", "it", "pt", "de") or not _weekday_end(language).search(
        expression
    ):
        return tail
    return _day_number(language).sub("", tail, count=1)
