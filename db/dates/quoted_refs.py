"""The reference time inside a quotation written on a day long past that its introducing words
name (`quoted_letters.quotation_now`): a clock time or a part of the day quoted before any other
time is told in the quotation is on the writer's day, not on the last day the story told before
the introduction ("On the day of Plate 12 she wrote: 'Cloud broke at noon'" after a list of
plates: noon of Plate 12's day, `labelled_days`)."""

from __future__ import annotations

import datetime as dt

from .diary_entries import Document
from .periods import Point
from .quoted_days import mentions_before
from .quoted_letters import introduced


def writer_ref(doc: Document, pos: int, ref: Point | None, now: dt.date | None) -> Point | None:
    """The reference time for an expression at `pos` in a quotation written on `now` (a day
    long past its introducing words name, `quoted_letters.quotation_now`): that day, where no
    time is told between the introducing words' start and `pos` ("At noon" in "On the day of
    Plate 12 she wrote: 'Cloud broke at noon'" is that day's, not the last listed plate's);
    else `ref`."""
    if now is None or ref is None or ref[1] != "day" or ref[0] == now:
        return ref
    span = introduced(doc, pos)
    last = next(mentions_before(doc.mentions, pos), None)
    if span is None or (last is not None and last.begin >= span[0]):
        return ref
    return (now, "day")
