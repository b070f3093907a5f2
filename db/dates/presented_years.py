"""A date a story sets its scene in by saying what time it is ("It is the spring of 1848 and
Paris is in uproar.", "So now it's May 1940, and the Panzers are at Sedan", "We're in 1066."):
the narrator's own "now" for what follows, told in the historical present, so its year-less
dates ("on the 9th", "Friday 23 February", "that night") take that year, not the publication
date. Used by `frame_years.framing_year` for the narrative year; only a date long past (a news
report's "It is March 2026 and ..." sets no story)."""

from __future__ import annotations

import re

# "it's", "it is", "it was", "we're in", "we are in", "this is", optionally with "now",
# "already", "still", "finally", before the date (and "the summer of", "early" etc. of it).
_PRESENTED = re.compile(
    r"(?i)\b(?:it(?:'|’)s|it\s+is|it\s+was|we(?:'|’)re\s+in|we\s+are\s+in|we\s+were\s+in|"
    r"this\s+is)\s+(?:(?:now|already|still|finally|suddenly)\s+)?"
    r"(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter|end|start|beginning|"
    r"middle)\s+of)\s*)?$"
)


def presented_year(text: str, sentence_begin: int, begin: int) -> bool:
    """Whether the date at `begin` is the one the sentence says it now is ("So this week it's
    January 1912, ..."): a cheap word test first, then the pattern."""
    before = text[max(sentence_begin, begin - 60) : begin]
    low = before.lower()
    if "it" not in low and "we" not in low and "this" not in low:
        return False
    return _PRESENTED.search(before) is not None
