"""A fact of the calendar, not a time: "until 1752 the year began on Lady Day", "the financial
year starts on 6 April". "The year" there is no year, and the day it begins on is every year's
(TimeML's "XXXX-03-25"), not this year's."""

from __future__ import annotations

import re

# the verb of the year's start, then the day it starts on: a feast's name or a date ("began on
# Lady Day", "starts on 6 April", "was reckoned from 25 March"), not "began on a high note"
_BEGINS = (
    r"(?:then\s+)?(?:began|begins|started|starts|(?:was|is)\s+reckoned\s+from)\s+(?:on|at|from)"
)
_BEGINS_AFTER = re.compile(rf"\s+{_BEGINS}\s+(?:the\s+)?(?:[A-Z]|\d)")
_BEGINS_BEFORE = re.compile(rf"(?i)\byear\s+{_BEGINS}\s+$")


def year_begins(after: str) -> bool:
    """Whether "the year" before `after` is the subject of its calendar start (an
    anchored match: it fails at the first word that is no such verb)."""
    return _BEGINS_AFTER.match(after) is not None


def begins_the_year(before: str) -> bool:
    """Whether the day after `before` is the one "the year began on"."""
    tail = before[-50:]
    return "year" in tail and _BEGINS_BEFORE.search(tail) is not None
