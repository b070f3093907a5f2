"""An amount counted from a day in apposition to it, closed by a comma: "On 4 June 1940, three
days before the fleet sailed, the boys met at eight", "Late on 9 May, a week after the strike
began, the mill reopened". The aside dates another happening (the sailing, on the 7th); the
sentence's own clause, and the story after it, stay on the day named before it (`extract`)."""

from __future__ import annotations

import re

# the amount and its direction, right after a day and a comma
_COUNT = re.compile(r"(?i)[\w\s-]+?\s+(?:before|after)\s*$")
# a day just before the aside: a digit, a weekday, "yesterday", "today", then a comma
_DAY_BEFORE = re.compile(
    r"(?i)(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\byesterday|\btoday|\d)\s*,\s*$"
)
_REACH = 80  # characters from the amount to the comma closing the aside
# what the aside holds: a short clause with no sentence end and no second date digit
_CLOSE = re.compile(r"[^,.;:!?\d()\"“”]{1,80}?,")


def counted_aside(text: str, sb: int, begin: int, end: int) -> bool:
    """Whether the amount at `begin`..`end` ("two days before") follows a day and a comma and is
    closed by another comma within `_REACH` characters, the sentence's clause going on after it."""
    if not _COUNT.match(text, begin, end) or not _DAY_BEFORE.search(text, sb, begin):
        return False
    close = _CLOSE.match(text, end, min(len(text), end + _REACH + 1))
    if close is None:
        return False
    rest = text[close.end() : close.end() + 40]
    return re.match(r"\s+\S", rest) is not None
