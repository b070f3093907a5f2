"""The sentences of a record's entry quoted after a colon that no date of their own dates: in
"The log for 9 May 1870 reads: 'Fever at the cottages. Sent the infants home till further
notice.'", and in the next entry introduced by its time alone ("A week later: '...'"), what the
entry tells happened on the entry's day, as under a diary's heading (`record_days`). Not the
words of a letter or a speech (`quoted_letters`): a letter tells of days before its writing
("My father built this house"), a log's entry of its own day.
"""

from __future__ import annotations

import datetime as dt
import re

from .diary_entries import Document
from .quoted_days import last_day, long_past
from .quoted_letters import introduced

# words naming a record whose entries are quoted ("The log for 9 May reads:")
_RECORD = re.compile(
    r"(?i)\b(?:entry|entries|log|log-?book|minutes?|diary|journal|notebook|register|prompt\s+book)\b"
)
_STOPS = " \t\n.,"


def entry_day(doc: Document, pos: int) -> dt.date | None:
    """The day of the record's entry the quotation holding `pos` is, where its introducing
    words name a record and a day of a year long past, or are that day's words alone ("A week
    later:") after the text is on a day; else None."""
    span = introduced(doc, pos)
    if span is None or doc.dct is None:
        return None
    begin, colon = span
    day = long_past(last_day(doc.mentions, begin, colon), doc.dct)
    if day is None:
        return None
    if _RECORD.search(doc.text, begin, colon):
        return day
    # the time phrase alone: "A week later:", "On 9 May:"
    covered = [(m.begin, m.end) for m in doc.mentions if begin <= m.begin and m.end <= colon]
    rest = doc.text[begin:colon]
    for b, e in covered:
        rest = rest.replace(doc.text[b:e], " ", 1)
    words = rest.strip(_STOPS).lower().split()
    return day if covered and all(w in ("on", "later", "by") for w in words) else None
