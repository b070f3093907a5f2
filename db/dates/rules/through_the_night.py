""" "held out through the night", "withdrew during the night": the night of the day the story is
on, as "in the morning" is its morning. Only after a word of lasting or timing ("through",
"during", "in") and not before a noun ("the night sky", "the night shift")."""

from __future__ import annotations

import re

_CUE = re.compile(r"(?i)\b(?:through|throughout|during|in)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?:sky|shift|train|watch|air|club|bus|sessions?|staff|before)\b")


def night_told(before: str, after: str) -> bool:
    """Whether "the night" (with `before` and `after` it) is the night of the story's day."""
    return bool(_CUE.search(before[-15:])) and not _NOUN_AFTER.match(after)
