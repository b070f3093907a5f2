""" "Within two hours the defenders had been overwhelmed", "for four hours some 700 guns
fired": an amount of hours in a story told day by day happens on the day the story is on. The
expression stays a DURATION (TimeML's), but its clause is an event on that day, as a reader
places it. Only in a past long gone (a history, not news: "talks lasted for four hours" in a
report is dated by its own day or the publication day) and only after a word that puts the
clause inside the amount ("within", "for", "in", "after", "over") or a verb of lasting ("The
bombardment lasted about five hours")."""

from __future__ import annotations

import re

from ..periods import dating
from ..tense import FUTURE, PRESENT
from .anchoring import HISTORY_YEARS
from .table import Ctx

# "lasted about five hours": a verb of lasting takes the amount without a preposition
_CUE = re.compile(
    r"(?i)\b(?:within|for|in|after|over|than|lasted|raged|continued)\s+(?:about\s+|some\s+|only\s+)?$"
)


def story_day_dating(c: Ctx, unit: str) -> tuple | None:
    """The dating of the story's day for an amount of `unit` told in it, else None."""
    if unit not in ("hour", "minute") or c.ref is None or c.ref[1] != "day" or c.dct is None:
        return None
    # a history's past, long gone by the publication date (a quoted record's day is the writer's
    # now, `c.dct`, not the reader's), or the writer's own day of a record quoted from it ("the
    # entry of 30/11/06 reads: 'No. 9 held for 40 minutes.'")
    long_past = c.ref[0].year <= (c.pub or c.dct).year - HISTORY_YEARS
    told = long_past or (c.writer and c.ref[0] == c.dct)
    if not told or not _CUE.search(c.before()[-25:]):
        return None
    if c.tense() in (PRESENT, FUTURE):
        return None
    return dating(c.ref)


def closing_minutes(c: Ctx, rel: str | None, unit: str) -> tuple | None:
    """ "They led at half-time but conceded twice in the last ten minutes": the last or final
    minutes (or seconds) told in the past are the close of the happening the text is on (a
    match, a race, a debate), on its day; no report is about the ten minutes before it was
    published. None unless the text is on a day gone by and the verb is in the past."""
    if rel not in ("last", "final") or unit not in ("minute", "second") or c.dct is None:
        return None
    if c.ref is None or c.ref[1] != "day" or c.ref[0] >= c.dct:
        return None
    if c.tense() in (PRESENT, FUTURE) or c.has_perfect():
        return None  # "has fallen in the last ten minutes": a live report's, up to now
    return dating(c.ref)
