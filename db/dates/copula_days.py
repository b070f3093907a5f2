"""A day a thing is on, told with a present "is": "The funeral is on Thursday", "My last shift's
Friday", "The vote is Monday, and the count Tuesday". What is set for a weekday that closes its
clause is on the timetable, so it is the coming one, as a timetable's present is ("opens on
Friday"). "It is Friday", "Today is Monday" name the day itself, and a weekday with a noun after
it ("the club's Friday fixture") is no such day.
"""

from __future__ import annotations

import re

# the copula right before the weekday ("is", "'s"), after a subject that is no "it" or "today"
_COPULA_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?!(?:it|today|tonight|yesterday|tomorrow|that|this|there|what|he|she)\b)"
    r"[a-z][\w-]*(?:\s+is|['’]s)\s+(?:on\s+)?$"
)
# the weekday closes its clause
_CLAUSE_END = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:[,.;:!?)]|$|\s+(?:and|but)\b)"
)


def set_for_day(before: str, after: str) -> bool:
    """Whether a weekday between `before` and `after` is the day something is set for."""
    if not (before.endswith("is ") or before.endswith("s on ") or before.endswith("s ")):
        return False  # the cheap guard: no copula right before
    return _COPULA_BEFORE.search(before[-60:]) is not None and bool(_CLAUSE_END.match(after))
