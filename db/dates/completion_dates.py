"""What waits on a deal's completion: "Mardell will be delisted once the deal completes", "its
chief executive will step down on the closing date". No date of its own, yet a reader puts it on
the day the story gave the completion ("expects to complete the acquisition on July 1"): a plan
told without a date is none (`happenings.undated`), except one that names the completion, which
takes the date of the last plan to complete or close told before it, and is left out where the
story gave none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cue_guard import guard
from .model import PLANNED, DatedSentence

_DEAL = r"(?:deal|takeover|acquisition|merger|sale|purchase|transaction|buyout)"
# searched only where one of its words is (`cue_guard`): most clauses have none
_WAITS = guard(
    rf"(?i)\b(?:on\s+(?:the\s+)?(?:closing|completion)\s+date|on\s+completion|(?:once|when|after)"
    rf"\s+the\s+{_DEAL}\s+(?:completes|closes|is\s+completed|has\s+closed|goes\s+through))\b"
)
# the plan to complete, not a "closing price"
_COMPLETES = re.compile(
    r"(?i)\b(?:to\s+(?:complete|close)|complete[sd]?\s+the|completion\s+of|close\s+the)\b"
)


def waits_on_completion(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] ties what it tells to the completion of a deal."""
    return _WAITS.search(text, begin, end) is not None


def completion_date(text: str, begin: int, out: Sequence[DatedSentence]) -> tuple[str, str] | None:
    """The start and precision of the last dated plan before `begin` to complete or close a
    deal ("expects to complete the acquisition on July 1"), else None."""
    for d in sorted(out, key=lambda d: d.begin, reverse=True):
        if d.begin >= begin or d.status != PLANNED or d.around:
            continue
        if _COMPLETES.search(text, d.clause[0], d.clause[1]):
            return d.start, d.precision
    return None
