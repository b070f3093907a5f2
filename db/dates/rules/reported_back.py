"""A day a dated report tells of as done: "The Gazette of 20 May 1840 reports that the mill was
burned on the 14th", "A letter of 9 June says she sailed on the 2nd": the report is written on
its own day, so a day of its month told in the past in what it reports is on or before that
day, not the next month's. Left alone: "reports that the mill will reopen on the 24th"."""

from __future__ import annotations

import re

# a verb of reporting and "that", then a past verb, then "on (the)" just before the day
_REPORTED_PAST_ON = re.compile(
    r"(?i)\b(?:reports?|reported|says|said|records?|recorded|states?|stated|writes|wrote|"
    r"notes?|noted|tells|told)\s+(?:us\s+|readers\s+)?that\b[^.;:]{0,90}?"
    r"\b(?:was|were|had|[a-z]+ed)\b[^.;:]{0,60}\bon\s+(?:the\s+)?$"
)


def reported_before(before: str) -> bool:
    """Whether the words before a day put it in a past clause a dated report tells of
    ("reports that he was tried at Lincoln on the"); a substring test first, then the regex."""
    tail = before[-170:]
    low = tail.lower()
    if " that " not in low or "on " not in low[-10:]:
        return False
    return _REPORTED_PAST_ON.search(tail) is not None
