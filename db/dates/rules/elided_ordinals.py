"""An ordinal whose noun is left out after the first of a pair ("A monitoring visit in November
found progress, and a second in February judged the school ready"): "a second" there is the
second visit, dated by what follows it, not one second of time. So is one opening its sentence
after a first was told ("The first walkout starts on Thursday. A second, of 72 hours, will
begin on Monday")."""

from __future__ import annotations

import re

# "and" or a comma just before, a date's preposition right after: the noun was said before
_PAIR_BEFORE = re.compile(r"(?i)(?:,|\band|\bthen|\bwhile)\s+$")
_DATED_AFTER = re.compile(r"\s+(?:in|on|at)\s+(?:the\s+)?[A-Z0-9]")


# a sentence's opening "A second" told of, or doing what a thing does: no second of time
_OPENING_AFTER = re.compile(
    r"\s*,\s*(?:of|with|lasting|due|planned|set)\b"
    r"|\s+(?:will|is|was|followed|follows|came|comes|began|begins|starts|started|opens|opened)\b"
)


def elided_ordinal(before: str, after: str) -> bool:
    """Whether "a second" after `before` and before `after` is an ordinal without its noun."""
    if not before.strip() and _OPENING_AFTER.match(after) is not None:
        return True
    return _DATED_AFTER.match(after) is not None and _PAIR_BEFORE.search(before[-8:]) is not None
