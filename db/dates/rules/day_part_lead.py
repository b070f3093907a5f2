"""The part of the day before a date ("died on the evening of 2 January", "was found in the
early hours of 3 March"): words that name when in that day, not a verb nor a preposition of
their own. The looks that read the verb before a date ("died on") step over them, so the past
verb still says the day has gone by."""

from __future__ import annotations

import re

# "the (early) morning of", "the early hours of", "the small hours of"; bounded, end-anchored
_DAY_PART_OF = re.compile(
    r"(?i)\b(?:the|that)\s+(?:(?:early|late)\s+)?"
    r"(?:morning|afternoon|evening|night|(?:early|small)\s+hours)\s+of\s+$"
)


def without_day_part(before: str) -> str:
    """`before` without a part of the day at its end: "He died on the evening of " -> "He died
    on "; any other text as it is."""
    if not before.endswith("of "):
        return before  # cheap guard: every such phrase ends with "of "
    tail = before[-40:]
    m = _DAY_PART_OF.search(tail)
    return before if m is None else before[: len(before) - len(tail) + m.start()]
