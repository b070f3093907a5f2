"""A quoted note that names its own day: 'Inside was a note: "I am nine. Today is Friday 3rd
July 1981 and we are on the boat to Bergen. We sail home on Monday."' The note's Monday is a
plan of its writer's, seen from the day the note names after "Today is", not from the
publication day (when it is long gone by). The statuses of the quotation's later sentences are
seen from that day (`dated_events`, as `quoted_letters.letter_now`)."""

from __future__ import annotations

import datetime as dt
import re

from .diary_entries import Document
from .quoted_days import last_day, long_past
from .quoted_letters import introduced

_TODAY = re.compile(r"\b[Tt]oday\s+(?:is|was)\s")


def today_now(doc: Document, pos: int) -> dt.date | None:
    """The day a quotation holding `pos` named after "Today is" before `pos`, where it is of a
    year long past; else None."""
    span = introduced(doc, pos)
    if span is None or doc.dct is None:
        return None
    opener = span[1]
    if "oday" not in doc.text[opener:pos]:
        return None  # the cheap test first (`introduced` bounds the quotation's reach)
    named = list(_TODAY.finditer(doc.text, opener, pos))
    if not named:
        return None
    return long_past(last_day(doc.mentions, named[-1].start(), pos), doc.dct)
