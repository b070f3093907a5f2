"""A year-less day told in the past perfect reaches back before the story's point: "In the
spring of 1855 he traced the first case. The child had fallen ill on 28 August" is the August
before that spring, not the one after it. Left alone: "had ... by 3 July" (a deadline reached),
a day not after the story's point."""

from __future__ import annotations

import re

_PLUPERFECT_ON = re.compile(
    r"(?i)\bhad\s+(?:already\s+|first\s+|been\s+)?[a-z]+(?:ed|en|wn|ne|t|ght|id|ck|ung)\b"
    r"[^.;:,]{0,40}\bon\s+(?:the\s+)?$"
)


def pluperfect_before(before: str) -> bool:
    """Whether the words before a date put it in a past-perfect clause ("had fallen ill on");
    a substring test first: this runs for each year-less day of a story."""
    tail = before[-70:]
    return "had " in tail and bool(_PLUPERFECT_ON.search(tail))
