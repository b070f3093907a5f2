"""An ordinal whose noun is left out after the first of a pair ("A monitoring visit in November
found progress, and a second in February judged the school ready"): "a second" there is the
second visit, dated by what follows it, not one second of time."""

from __future__ import annotations

import re

# "and" or a comma just before, a date's preposition right after: the noun was said before
_PAIR_BEFORE = re.compile(r"(?i)(?:,|\band|\bthen|\bwhile)\s+$")
_DATED_AFTER = re.compile(r"\s+(?:in|on|at)\s+(?:the\s+)?[A-Z0-9]")


def elided_ordinal(before: str, after: str) -> bool:
    """Whether "a second" after `before` and before `after` is an ordinal without its noun."""
    return _DATED_AFTER.match(after) is not None and _PAIR_BEFORE.search(before[-8:]) is not None
