"""A day of the month after a part of the day ("Early on the morning of the 22nd Chelmsford
took half the column out"): the date, even when a name opens the clause after it, which after
a bare "the 22nd" more often goes on a unit's name ("the 22nd Cheshire")."""

from __future__ import annotations

import re

_PART_OF_DAY_OF = re.compile(
    r"(?i)\b(?:morning|afternoon|evening|night|dawn|dusk|noon|eve)\s+of\s+$"
)
# the name opens a clause: a capitalised word, not a unit noun nor a possessive after it
_NAME_AFTER = re.compile(
    r"\s+[A-Z][a-z]+\b(?!'s|\s+(?:Division|Regiment|Army|Corps|Battalion|Brigade|Foot|"
    r"Infantry|Cavalry|Street|Avenue|Century|Amendment))"
)


def day_after_part_of_day(before: str, after: str) -> bool:
    """Whether "the 22nd" follows "the morning of" and a clause opens after it."""
    return bool(_PART_OF_DAY_OF.search(before[-30:]) and _NAME_AFTER.match(after))
