"""A date that corrects a negated one, in Spanish, French, Italian, Portuguese and German: "Los
alumnos no volverán a clase el jueves 7, sino el lunes 11", "Les élèves ne rentreront pas jeudi
7 mais lundi 11", "Gli alunni non rientreranno giovedì 7, ma lunedì 11". The second date is the
one the thing happens on: its title is the clause up to the first date, without the negation
("Gli alunni rientreranno"), not the negated clause with the first date's words.

Only where "but" opens the date's own segment right after a comma or the first date, the clause
before has one negation and one other date: function words only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_BUT = re.compile(
    r"(?i)(?:,\s*|\s+)(?:sino|pero|mais|ma|mas|sondern)\s+(?:(?:el|le|il|la|o|a|am)\s+)?$"
)
# the correction's segment is the date alone: "..., ma lunedì 11." (not "pero el jueves sí lo
# hizo la comisión", a clause of its own)
_ALONE = re.compile(r"\s*(?:[.,:;!?]|$)")
_NEGATION = {
    "es": re.compile(r"(?i)(?<![\w'’])no\s+"),
    "it": re.compile(r"(?i)(?<![\w'’])non\s+"),
    "pt": re.compile(r"(?i)(?<![\w'’])n[ãa]o\s+"),
    "fr": re.compile(r"(?i)(?<![\w'’])(?:ne\s+|n['’])(?P<verb>[^\W\d_]+)\s+pas(?![\w'’])"),
    "de": re.compile(r"(?i)(?<![\w'’])nicht\s+"),
}
_MIN_WORDS = 3


def corrected_title(
    language: str,
    text: str,
    sentence: tuple[int, int],
    expression: tuple[int, int],
    others: Sequence[tuple[int, int]],
    cut: Callable[[int, int, int, int], str],
    finish: Callable[[str], str],
) -> str | None:
    """The title of a date that corrects a negated one before it (module docstring), None where
    the date is no such correction; `cut(b, e, at, until)` is text[b:e] without the date at
    [at, until); `finish` readies the clause's words as a title."""
    negation = _NEGATION.get(language)
    at = expression[0]
    if negation is None or not _BUT.search(text, max(sentence[0], at - 20), at):
        return None
    if not _ALONE.match(text, expression[1], sentence[1]):
        return None
    before = [o for o in others if sentence[0] <= o[0] < at]
    if len(before) != 1:
        return None
    clause = cut(sentence[0], before[0][1], *before[0])
    if clause.count(",") or len(negation.findall(clause)) != 1:
        return None
    if language == "fr":
        clause = negation.sub(lambda m: f"{m['verb']} ", clause, count=1)
    else:
        clause = negation.sub("", clause, count=1)
    title = finish(clause.strip())
    return title if len(title.split()) >= _MIN_WORDS else None
