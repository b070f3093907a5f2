"""Dates of one clause joined by "and" / "or": "The river flooded in 1947 and again in 1953".

Each date makes its own event, and each event's title is the clause without *both* dates and
the words that join them ("The river flooded"), not the clause with the other date left in
("The river flooded in 1947 and again"). `happenings` widens the date it cuts from a title to
its coordinated neighbours with `joined_span`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from .counted_from import counted_from_end

# What may stand between two coordinated dates: a conjunction, an adverb of repetition or
# sequence, and the second date's preposition ("and again in", ", and later on", "or in").
_JOIN = re.compile(
    r"(?i)^\s*,?\s*(?:and|or)\s+"
    r"(?:(?:again|later|then|also|once\s+more|once\s+again|finally)\s*,?\s+)?"
    r"(?:(?:in|on|at|during|around|by)\s+)?$"
)
_LIMIT = 40  # characters between two dates joined so: longer is another clause


def joined_span(
    text: str, atoms: Sequence[tuple[int, int]], begin: int, end: int, lo: int, hi: int
) -> tuple[int, int]:
    """[begin, end) widened to the dates inside [lo, hi) joined to it by a conjunction alone
    (`_JOIN`), on either side and in a chain, and to the happening an amount counts from
    (`counted_from`); the span as given when there are none."""
    atoms = sorted(atoms)
    starts = [b for b, _ in atoms]
    k = bisect_left(starts, begin)
    left, right = k - 1, k + 1 if k < len(atoms) and atoms[k][0] == begin else k
    while left >= 0 and atoms[left][0] >= lo and begin - atoms[left][1] <= _LIMIT:
        if not _JOIN.match(text[atoms[left][1] : begin]):
            break
        begin, left = atoms[left][0], left - 1
    while right < len(atoms) and atoms[right][1] <= hi and atoms[right][0] - end <= _LIMIT:
        if not _JOIN.match(text[end : atoms[right][0]]):
            break
        end, right = atoms[right][1], right + 1
    if right < len(atoms) and atoms[right][1] <= hi and _APPOSED.match(text, end, atoms[right][0]):
        # "In 2000, forty years after the flight, ...": the amount and what it counts from
        ab, ae = atoms[right]
        counted = _COUNTED_AFTER.match(text, ae, hi)
        if counted is not None:
            end = counted_from_end(text, ab, counted.end("word"), hi)
            return begin, end if end > counted.end("word") else counted.end()
    return begin, counted_from_end(text, begin, end, hi)  # "Two years after her marriage"


_APPOSED = re.compile(r"\s*,\s*$")
# the amount's "after" and a happening named by a noun ("after the flight,", "after her death.")
_COUNTED_AFTER = re.compile(
    r"\s+(?P<word>after|before)\s+(?:the|her|his|their|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"(?=\s*[,.;]|\s*$)"
)
