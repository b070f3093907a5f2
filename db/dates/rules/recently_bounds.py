""" "recently" that only bounds a date named right after it: "as recently as June 2025", "most
recently on 9 October", "most recently last year". The date is the time; "recently" grades it
(TimeBank leaves "most recently last October" unmarked but for "last October"), so it is no
PAST_REF of its own. "recently" with no date after it ("sales rose recently", "most recently,
he visited Oslo") stays one."""

from __future__ import annotations

import re

from ..lexicon import MONTHS, WEEKDAYS

_BEFORE = re.compile(r"(?i)\b(?:as|most)\s+$")
# a date's first word after "recently" (and "as", "on", "in"): a month, a weekday, a number, a
# relative word ("last", "this", "yesterday")
_DATE_WORD = (
    r"(?:\d|(?:last|this|yesterday|today|earlier\s+this)\b|(?:"
    + "|".join(sorted((w for w in (*MONTHS, *WEEKDAYS) if len(w) > 2), key=len, reverse=True))
    + r")\b)"
)
_AFTER = re.compile(rf"(?i)\s*,?\s+(?:as\s+)?(?:(?:on|in|at|during)\s+)?(?:the\s+)?{_DATE_WORD}")


def bounds_a_date(before: str, after: str) -> bool:
    """Whether "recently" between `before` and `after` only grades the date after it."""
    return _BEFORE.search(before[-8:]) is not None and _AFTER.match(after[:40]) is not None
