"""The day a quoted record's lead names through an item the text has listed with its day: in
"Plate 12. West front, Ely, 14.vi.1889. ..." and, later, "On the day of Plate 12 she wrote:
'...'", the quotation was written on 14 June 1889 (`quoted_letters.quotation_now` asks this
where its introducing words name no day). The item is a capitalised word and a number ("Sheet
133", "Chart 4", "Letter 3"); its day is the first day mentioned on the line or in the sentence
that opens with that label, before the lead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from .quoted_days import mentions_before

_GUARD = "day of "  # the cheap test: a substring of every lead
_LEAD = re.compile(
    r"\b[Tt]he\s+day\s+of\s+(?P<label>[A-Z][a-z]+\.?\s+(?:\d{1,4}|[IVXL]{1,6})[a-z]?)\b"
)
_LINE_REACH = 200  # characters of the item's line read for its day


def labelled_day(text: str, mentions: Sequence[Any], begin: int, end: int) -> dt.date | None:
    """The day of the item the words between `begin` and `end` name ("the day of Sheet 133"),
    told on a line or a sentence opening with its label before them; else None."""
    if _GUARD not in text[begin:end]:
        return None
    lead = _LEAD.search(text, begin, end)
    if lead is None:
        return None
    label = lead.group("label")
    at = begin
    while (at := text.rfind(label, 0, at)) >= 0:
        opens = at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at] == ". "
        after = text[at + len(label) : at + len(label) + 1]
        if opens and not after.isalnum():
            return _first_day(text, mentions, at, min(len(text), at + _LINE_REACH))
    return None


def _first_day(text: str, mentions: Sequence[Any], begin: int, end: int) -> dt.date | None:
    """The first day mentioned from `begin` to the end of its line (at most `end`)."""
    line_end = text.find("\n", begin, end)
    stop = end if line_end < 0 else line_end
    day = None
    for m in mentions_before(mentions, stop):
        if m.begin < begin:
            break
        point = m.res.point
        if point is not None and point[1] == "day":
            day = point[0]
    return day
