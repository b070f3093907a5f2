"""The day each sentence of a record is written under, where its dateless happenings go: a
diary's entry heading ("14 May. Crossed the icefall.", `diary_entries`) or the meeting a
minute book's or an order book's paragraph opens with ("At the Sessions holden at Keston on 12
May 1851. ... committed to the House of Correction for 14 days.", `minute_entries`): what the
minute orders, finds or records happened at the meeting.
"""

from __future__ import annotations

from collections.abc import Callable

from . import diary_entries
from .diary_entries import Document
from .minute_entries import minute_now


def entry_days(doc: Document) -> Callable[[int], str | None]:
    """For each sentence (its index), the day ("1851-05-12") of the diary entry or the meeting
    it is written under in a record of a year long past, else None."""
    diary = diary_entries.has_headings(doc)

    def day(sent: int) -> str | None:
        if diary and (entry := diary_entries.entry_day(doc, sent)) is not None:
            return entry
        meeting = minute_now(doc, doc.sentences[sent][0])
        return None if meeting is None else meeting.isoformat()

    return day
