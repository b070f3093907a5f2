"""A year-less date read against a past writer's day: under a diary entry of 14 November 1911
("14th November. Crossed the Tane."), in a reprinted paper of 1890, the date took its year
from that day, not from the publication date, so the text is not back in news time: the
story's year holds for the dates after it ("... on the 2nd of December" is 1911's).
"""

from __future__ import annotations

import re

from .diary_entries import Document
from .quoted_letters import quotation_now, writer_now
from .rules.anchoring import HISTORY_YEARS
from .rules.table import Res
from .written_quotes import writing_now

_MONTH_WORD = re.compile(
    r"(?i)the\s+\d{1,2}(?:st|nd|rd|th|d)?\s+(?:inst|ult|of\s+(?:last|this|next)\s+month\b)"
)


def held(doc: Document, sent: int, begin: int, res: Res) -> bool:
    """Whether the story's year is held through `res`: a year-less date resolved against the
    writer's day, a day long past (a diary's entry, a dated head), not the publication date."""
    dct = doc.dct
    if dct is None or not res.relative or res.point is None:
        return False
    # a day of the writer's month or the one before ("the 14th ultimo", "the 3rd of last month")
    # is year-less too, and so is a day counted from the writer's inside a quotation ("I have
    # them with me until Monday", "Masters met us this morning")
    named = res.yearless or _MONTH_WORD.match(doc.text, begin, begin + 30) is not None
    if not named and not quoted_day(doc, begin):
        return False
    now = writer_now(doc, sent, begin)
    return now is not None and now.year <= dct.year - HISTORY_YEARS


def quoted_day(doc: Document, begin: int) -> bool:
    """Whether the date at `begin` stands inside a quotation whose writer's day is known (one
    opened after a colon, or told with its writer: "'... on Thursday,' he wrote on 2 May")."""
    return quotation_now(doc, begin) is not None or writing_now(doc, begin) is not None
