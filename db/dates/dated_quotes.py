"""Words quoted from a dated record with no colon or verb of writing to introduce them: a label,
a log or an entry transcribed with its day ("Sheet 9. Field above the mill, 4.vii.1862. 'Plenty;
none here last spring.'"), or a record's words set in brackets after it is named ("the entry of
2/5/04 notes the leak (\"mended it this morning\")"). The writer's now is that day, so "last
spring" is 1862's and "this morning" the 2 May 1904's, not times around the publication date.

A quotation counts where the day (of a year long past) ends just before its opening mark, with
only a stop or a comma between, and heads or closes a record's line (not a sentence of the
story: "They sailed on 3 October 1799. 'Home by Saturday,' they sang"); or where the quotation
opens a bracket, the day is in its sentence and a word of recording stands between them
("entry", "records", "label", "reads"). A phrase quoted in running prose ('offered them a trial
"in the spring"') is left: its writer's day is not told.
`quoted_letters` (after a colon) and `written_quotes` (", he writes") are asked first.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .diary_entries import Document
from .quoted_days import long_past, mentions_before, quote_at

_REACH = 600  # characters such a quotation runs at most
_INTRO_REACH = 250  # characters before the opening mark where the record's day is named
_MARKS = ("'", '"', "‘", "“")  # the cheap guard: a quotation mark at all
# an opening mark: at a line's start, after a space or an opening bracket, before a letter;
# searched from the mark (a look-behind first was tried at every character), what stands
# before it asked after
_MARK = re.compile(r"['‘\"“](?=[A-Za-z])")
_BEFORE_OPENER = re.compile(r"[\s(]")
_CLOSER = re.compile(r"(?<=[\w.,!?;:])['’\"”](?=\s|[,.;:!?)—–-]|\Z)")
# between the day's end and the opening mark of a quotation the day heads: a stop ends the
# record's heading; after a comma the quotation is in the story's sentence, a name for the day
# ("Thursday the 11th, 'Red Thursday' as the town called it, ...")
_RIGHT_AFTER = re.compile(r"[.;:]\s{0,3}\(?\Z")
# words saying the text quoted after them is a record's ("The entry of 2/5/04 records ...")
_RECORD = re.compile(
    r"(?i)\b(?:entry|entries|label|log|notes?|noted|records?|recorded|reads?|minute|"
    r"diary|journal|notebook|letter|wrote|writes)\b"
)
_STOP = re.compile(r"[.!?]\s+(?=[A-Z])|\n")


@lru_cache(maxsize=4)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """(opening mark, closing mark) of each quotation within one paragraph; empty, and cheap, for
    a text without a mark."""
    if not any(mark in text for mark in _MARKS):
        return ()
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := _MARK.search(text, pos)) is not None:
        q = m.start()
        if q and not _BEFORE_OPENER.match(text, q - 1):
            pos = q + 1
            continue
        close = _CLOSER.search(text, q + 1, q + _REACH)
        if close is None:
            pos = q + 1
            continue
        if "\n\n" not in text[q : close.start()]:
            out.append((q, close.start()))
        pos = close.end()
    return tuple(out)


def _heads_record(text: str, begin: int) -> bool:
    """Whether the day at `begin` heads or closes a record's line rather than ending a sentence
    of the story: it opens its line or sentence ("14 May 1916. '...'"), or a place ends in a
    comma before it ("Bog below the tarn, 14.vii.1868. '...'"); not "They sailed on 3 October
    1799. '...'"."""
    line = max(text.rfind("\n", 0, begin), text.rfind(". ", 0, begin) + 1)
    head = text[line + 1 : begin].strip()
    return not head or head.endswith(",")


def dated_quote_now(doc: Document, pos: int) -> dt.date | None:
    """The day the record quoted at `pos` was written on, where the quotation comes right after
    a day of a year long past or after a day and a word of recording in its sentence; else
    None."""
    text, dct = doc.text, doc.dct
    quote = quote_at(text, pos, _quotations)
    if dct is None or quote is None:
        return None
    q = quote[0]
    lo = max(0, q - _INTRO_REACH)
    for m in mentions_before(doc.mentions, q):
        if m.begin < lo:
            return None
        point = m.res.point
        if point is None or point[1] != "day":
            return None  # the last time named before it is not a day
        between = text[m.end : q]
        if _RIGHT_AFTER.fullmatch(between) and _heads_record(text, m.begin):
            return long_past(point[0], dct)
        if text[q - 1] == "(" and _STOP.search(between) is None and _RECORD.search(between):
            return long_past(point[0], dct)  # a record's words in brackets after it is named
        return None
    return None
