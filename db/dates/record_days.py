"""The day each sentence of a record is written under, where its dateless happenings go: a
diary's entry heading ("14 May. Crossed the icefall.", `diary_entries`) or the meeting a
minute book's or an order book's paragraph opens with ("At the Sessions holden at Keston on 12
May 1851. ... committed to the House of Correction for 14 days.", `minute_entries`): what the
minute orders, finds or records happened at the meeting; or the day a letter or an entry quoted
after a colon was written on (`quoted_letters.quotation_now`), or an entry quoted whole under
its own day (`headed_quotes`), for the quotation's sentences after the first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from . import diary_entries, quoted_entries
from .diary_entries import Document
from .headed_quotes import headed_now
from .labelled_days import labelled_day
from .minute_entries import OPENINGS, minute_now
from .quoted_letters import quotation_now


def _paragraphs(text: str) -> tuple[list[int], set[int]]:
    """Where each paragraph begins, and which of them open as a minute does ("At a ...",
    "Minutes of ..."), found in one pass: a text of one long line must not look back for its
    paragraph's start at every sentence."""
    starts = [0, *(m.end() for m in _BREAK.finditer(text))]
    return starts, {b for b in starts if text.startswith(OPENINGS, b)}


_BREAK = re.compile(r"\n\n\s*")


def entry_days(doc: Document) -> Callable[[int], str | None]:
    """For each sentence (its index), the day ("1851-05-12") of the diary entry or the meeting
    it is written under in a record of a year long past, else None."""
    diary = diary_entries.has_headings(doc)
    starts, minutes = _paragraphs(doc.text)

    def day(sent: int) -> str | None:
        if diary and (entry := diary_entries.entry_day(doc, sent)) is not None:
            return entry
        begin, end = doc.sentences[sent]
        if (labelled := labelled_day(doc.text, doc.mentions, begin, end)) is not None:
            return labelled.isoformat()  # "On the day of Sheet 9 he wrote: ..."
        if (quoted := quoted_entries.entry_day(doc, begin)) is not None:
            return quoted.isoformat()  # a record's entry quoted after a colon
        if doc.dct is not None and (headed := headed_now(doc.text, doc.mentions, begin, doc.dct)):
            return headed.isoformat()  # an entry quoted whole under its own day: '"Feb. 3. ...'
        if not minutes or starts[bisect_right(starts, begin) - 1] not in minutes:
            # a letter's or entry's words quoted from a day long past: "On 3 June 1911 he
            # wrote: 'Cut the hay. Rain came at dusk.'" (its happenings are that day's)
            quoted = quotation_now(doc, begin)
            return None if quoted is None else quoted.isoformat()
        meeting = minute_now(doc, begin)
        return None if meeting is None else meeting.isoformat()

    return day
