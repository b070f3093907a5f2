"""A minute book's entries: a paragraph that opens by recording a meeting and its day ("At a
General Meeting of the Trustees held on the 2d of March 1803, it was Ordered ...", "At a Vestry
holden the 9th of June 1768.", "Minutes of the Board held 4 May 1871.") is written on that day,
so the clerk's "the 12th inst.", "Friday next" and "Whitsun next" count from the meeting, not from
the publication date. The entry's now holds to the end of its paragraph; the editor's notes in
paragraphs between the minutes count from the publication date as before.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from .diary_entries import Document
from .rules.anchoring import HISTORY_YEARS

OPENINGS = ("At a", "At the", "At an", "AT A", "Minutes of", "MINUTES OF")
# the opening's words up to the day: a meeting "held" or "holden" within the first sentence
_OPENING = re.compile(
    r"(?:At\s+(?:a|an|the)|AT\s+A|Minutes\s+of|MINUTES\s+OF)\s[^.;\n]{0,160}?\b(?:held|holden|HELD)\b"
)
_DAY_REACH = 60  # characters from "held" to the meeting's day ("at the Swan Inn, Ashwell, on")


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` begins (after a blank line, or the text's start)."""
    # a bisect in the text's breaks: `rfind` from `pos` read a long paragraph back to its start
    # for every date in it (a 10 MB line: quadratic)
    breaks = _blank_lines(text)
    i = bisect_right(breaks, pos - 2) - 1
    return 0 if i < 0 else breaks[i] + 2


@lru_cache(maxsize=4)
def _blank_lines(text: str) -> list[int]:
    """Where each "\n\n" of `text` starts, overlapping ones too, in order."""
    out = []  # by `str.find` (a look-ahead regex was tried at every character)
    at = text.find("\n\n")
    while at >= 0:
        out.append(at)
        at = text.find("\n\n", at + 1)
    return out


def minute_now(doc: Document, pos: int) -> dt.date | None:
    """The day of the meeting whose minute holds `pos`: the paragraph opens with a meeting
    "held" on a day of a year long past. None otherwise."""
    text, dct = doc.text, doc.dct
    if dct is None:
        return None
    start = _paragraph_start(text, pos)
    while start < pos and text[start] in " \t\n":
        start += 1
    if not text.startswith(OPENINGS, start):
        return None  # the cheap test before the regex
    m = _OPENING.match(text, start)
    if m is None:
        return None
    mentions = doc.mentions
    k = bisect_right(mentions, m.end(), key=lambda x: x.begin)
    if k >= len(mentions):
        return None
    first = mentions[k]
    point = first.res.point
    if first.begin - m.end() > _DAY_REACH or first.end > pos or point is None:
        return None
    if point[1] != "day" or not first.res.explicit_year:
        return None
    day = point[0]
    return day if day.year <= dct.year - HISTORY_YEARS else None
