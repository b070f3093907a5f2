"""What a present timetable or a plain future says is still to come, even inside a history:
"Ainola, now a museum, opens for the summer on 1 May", "the letters go on display on Friday",
"the library will show the diary in July". A story told in days of a year long past takes its
own year for a year-less date (`rules.anchoring`); one that such a clause sets, close ahead of
the publication date, is the reader's. "would" and "could" are left out: a future seen from the
story ("he would return on 3 May") stays in it.
"""

from __future__ import annotations

import re

_TO_COME = re.compile(
    r"(?i)\b(?:will|shall|opens|reopens|begins|starts|closes|ends|resumes|premieres|launches"
    r"|(?:goes|go)\s+on\s+(?:display|sale|show|view|tour|air))\b[^.;:!?,]{0,60}$"
)


def to_come(before: str) -> bool:
    """Whether the words `before` a date end in a clause whose verb sets a time to come."""
    return _TO_COME.search(before[-120:]) is not None
