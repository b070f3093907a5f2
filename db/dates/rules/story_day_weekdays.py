"""A bare weekday in a story told by days long past: "The ship sailed from Leith on Thursday 3
March 1921. On Friday morning it reached Bergen" is Friday 4 March 1921, the first such day from
the story's day on, not the Friday before the publication date. Only where the story is on a day
of a year long past whose weekday the text named, told a sentence or two back or as a story
(`Ctx.story`), and not in the present or future tense (news time: "The inquiry opens on
Friday"), save a future seen from the story's past ("she told me I would not start until
Friday", "the ship was to sail on Monday"). Used by `relative._weekday`.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import WEEKDAY
from ..tense import FUTURE, PRESENT
from .anchoring import HISTORY_YEARS
from .common import _weekday_from
from .table import Ctx

_WEEKDAY = re.compile(rf"\b{WEEKDAY}\b")
# a future seen from the story's past: "told me I would not start until Friday", "was to sail on
# Monday" (not "will", a plan of news time)
_FUTURE_IN_PAST = re.compile(r"\b(?:would|was\s+to|were\s+to)\s+(?:not\s+)?[a-z]+\b(?!.*\bwill\b)")
_DAY_UNITS = frozenset({"day", "hour", "minute", "second"})


def story_weekday(c: Ctx, wd: int) -> dt.date | None:
    """The day with weekday `wd` on or after the story's day, else None."""
    ref, dct = c.ref, c.dct
    if ref is None or dct is None or ref[1] not in _DAY_UNITS:
        return None
    if ref[0].year > dct.year - HISTORY_YEARS:
        return None
    if not (c.story or c.text_year == ref[0].year):
        return None
    # only from a day whose weekday the reader was told: "reached Palos on 15 March 1493.
    # Cities held parades on Monday" is news time again
    if _WEEKDAY.search(c.ref_values.get("ref_words", (None, ""))[1]) is None:
        return None
    tense = c.tense()
    if tense == PRESENT or (tense == FUTURE and not _FUTURE_IN_PAST.search(c.before())):
        return None
    c.basis = "ref"
    return _weekday_from(ref[0], wd, forward=True, inclusive=True)
