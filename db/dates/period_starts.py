"""A year that opens a new stretch of a history ("The Asian tours began in 1965."): a sentence
whose subject starts in that year moves the narrative year there, though the year stands at
the end of the sentence rather than framing it ("In 1965, ..."), so the year-less months after
it ("From late January ...") are that year's, not those of the year a paragraph opened with.
Used by db.dates.extract for the narrative year."""

from __future__ import annotations

import re

# The starting verb right before the year, in the past tense: "began in", "started in".
_STARTS = re.compile(r"(?i)\b(?:began|started|commenced|opened|resumed|got\s+under\s+way)\s+in\s+$")
# Nothing but the sentence's end after the year: "began in 1965." (not "began in 1965 and ...").
_CLOSES = re.compile(r"\s*[.!]?\s*$")


def starts_period(text: str, sb: int, se: int, begin: int, end: int, year: int, old: int) -> bool:
    """Whether the year `year` at `begin`..`end` in the sentence `sb`..`se` opens a new stretch
    of the story after the narrative year `old`: a past starting verb before it, the sentence
    ending after it, and a later year (a start told looking back is no new stretch)."""
    if year <= old:
        return False
    if not _STARTS.search(text, max(sb, begin - 30), begin):
        return False
    return _CLOSES.fullmatch(text, end, se) is not None
