"""An amount counted from a clause, after a date that opens the sentence: in "In 1990, thirty
years after the pilot first crossed the strait, the town put up a statue" the clause after the
second comma is the sentence's main clause, dated by "In 1990", and "the pilot first crossed
the strait" the happening the amount counts from, a clause of its own thirty years before; as
"Thirty years after the pilot first crossed the strait, the town ..." is cut (`clauses`)."""

from __future__ import annotations

from collections.abc import Sequence

# words that may stand with a date before its comma: "In 1990,", "By the spring of 1990,"
_DATE_WORDS = frozenset({"in", "on", "by", "at", "during", "then", "and", "so", "but"})


def opening_date_only(words: Sequence[str], atom: Sequence[bool], first: int) -> bool:
    """Whether the tokens before `first` (where an amount opens) are only a date that opens the
    sentence, with its preposition, and the comma after it: "In 1990, thirty years after"."""
    if first < 2 or words[first - 1] != ",":
        return False
    head = range(first - 1)
    return any(atom[k] for k in head) and all(atom[k] or words[k] in _DATE_WORDS for k in head)
