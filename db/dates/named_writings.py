"""A quoted writing whose day the sentence before its introduction names: "Governor Lusk's
dispatch of 3 September 1838 is the only account written at the time. He wrote to the Colonial
Secretary: 'on the 14th ultimo ...'". The introducing words ("He wrote ...:") name no day; the
writing's own date ("dispatch of", "letter dated") in the sentence just before them is the day
the quotation was written on, so its "ultimo", "the 17th" count from it (`quoted_letters`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from .quoted_days import mentions_before
from .record_dates import writing_date

_BEFORE = 40  # characters before a date read for the writing's noun


def named_before(text: str, mentions: Sequence[Any], intro: int) -> dt.date | None:
    """The day a writing named in the sentence ending just before `intro` was written on ("X's
    dispatch of 3 September 1838 is ..."), else None: the last mention before `intro`, a day,
    right after a writing's noun and "of" or "dated", with no other sentence between."""
    for m in mentions_before(mentions, intro):
        point = m.res.point
        before = text[max(0, m.begin - _BEFORE) : m.begin]
        if point is None or point[1] != "day" or not writing_date(before):
            return None
        gap = text[m.end : intro]
        # the writing's sentence is the one right before the introduction
        stops = sum(gap.count(ch) for ch in ".!?")
        return point[0] if stops <= 1 and "\n\n" not in gap else None
    return None
