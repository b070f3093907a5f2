"""Date expressions in text: TIMEX3-style extraction and per-sentence event dating.

Pure Python (regex rules, python-dateutil, blingfire for sentences): no Qt, no network, no model.

    find_timexes(text, dct)     -> every date expression, TIMEX3 type and value
    dated_sentences(text, dct)  -> one DatedSentence per distinct date a sentence carries
                                   (a comparison's reference point, "the lowest since 2008",
                                   flagged `comparison`: no event happened then)

`dct` is the document creation (publication) date that "on Monday" and "last month" count from.
Without it such expressions get "XXXX" placeholder values and date nothing.
"""

from __future__ import annotations

import datetime

from .extract import analyse
from .model import DatedSentence, Timex

__all__ = ["DatedSentence", "Timex", "dated_sentences", "find_timexes"]


def find_timexes(text: str, dct: datetime.date | None) -> list[Timex]:
    """All date expressions in `text`, sorted by begin and non-overlapping."""
    return analyse(text, dct).timexes()


def dated_sentences(text: str, dct: datetime.date | None) -> list[DatedSentence]:
    """The sentences of `text` that a reader can place in time, one per distinct date."""
    return analyse(text, dct).dated()
