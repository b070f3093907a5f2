"""The "between" of a run of days written as one expression: the range's own word, not a bound.

A bound before a date stays in a title, it says what the date is ("hasta el 3 de marzo": until
then). "Entre 2 e 4 de fevereiro", "entre le 2 et le 4 février", "tra il 2 e il 4 febbraio",
"zwischen dem 2. und 4. Februar" are dated over the whole run (`rules.locales`' day runs), so
their "between" goes with the dates as a preposition does: "Milhares de pessoas protestaram em
Lisboa entre 2 e 4 de fevereiro" -> "Milhares de pessoas protestaram em Lisboa"; so are two
weekdays with their days ("tra venerdì 4 e sabato 5 maggio").
"""

from __future__ import annotations

import re

# "between" and the article it may take, right before the expression
_BETWEEN = re.compile(
    r"(?i)(?<![\w'’])(?:entre|tra|fra|zwischen)(?:\s+(?:el|le|o|il|l['’]|dem|den))?\s*$"
)
# a run: two numbers joined by "and" or a dash ("2 e 4", "2 y el 4", "2. und 4.", "1er et 3"),
# each after its weekday too ("viernes 4 y el sábado 5", "Freitag, 4., und Samstag, 5.")
_RUN = re.compile(
    r"(?i)^(?:[^\W\d_][\w-]*\.?,?\s+)?\d{1,2}(?:\.|er|ᵉʳ|º|°)?,?\s*(?:[-–]|\s(?:y|e|ed|et|und)\s)"
)


def without_between(head: str, expression: str) -> str | None:
    """`head` (the text before a date expression) without a closing "between" when the
    expression is a run of days it opens; None when it is no such run."""
    m = _BETWEEN.search(head)
    if m is None or not _RUN.match(expression):
        return None
    return head[: m.start()]
