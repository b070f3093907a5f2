"""A state "since" a date inside a story told in the historical present ("In February 1429
she sets out for Chinon ... He sends her to Orléans, which the English have besieged since
October 1428. She enters the city on 29 April"): the present perfect runs up to the story's
now, not the reader's, so the story holds its year. Elsewhere a present-perfect state since a
date ("The crown has been on display since 1921") brings the text back to the present
(`news_cues.state_to_now`).

Also a plan's day in a story long past ("Emil writes that night: 'We fly on 4 May.' ... They take
off at dawn that morning"): "that morning" is the morning of the day just named, the plan's, not
the day the story was on before it (`planned_day`; news goes back from a plan's date ahead).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any, Protocol

from .news_cues import state_to_now
from .periods import Point
from .rules.anchoring import GRAN_RANK, HISTORY_YEARS

# the text's time before the sentence: (narrative year, (text year, sentence, paragraph) or
# None, dates finer than a year told in the text's own time since news time last resumed)
Before = tuple[int | None, tuple[int, int, int] | None, int]


def ends_story(
    text: str, sentence_begin: int, begin: int, point: Point | None, before: Before,
    dct: dt.date | None,
) -> bool:  # fmt: skip
    """Whether the date at `begin` starts a state running up to the reader's now, ending the
    story; not a month or day just before a story told in a year long past, in days and months
    (two dates finer than a year at least), which is a state up to the story's own present."""
    if not state_to_now(text, sentence_begin, begin):
        return False
    _, text_year, story_dates = before
    if point is None or text_year is None or story_dates < 2 or dct is None:
        return True
    year = text_year[0]
    if year > dct.year - HISTORY_YEARS or GRAN_RANK[point[1]] >= GRAN_RANK["year"]:
        return True  # news, or a bare year ("has been on display since 1921")
    return not 0 <= year - point[0].year <= 1


class _Told(Protocol):
    """A text read so far: its mentions, each with its resolved point (`extract._Document`)."""

    @property
    def text(self) -> str: ...

    @property
    def dct(self) -> dt.date | None: ...

    @property
    def mentions(self) -> Sequence[Any]: ...


_THAT_DAY = re.compile(r"(?i)\bthat\s+(?:same\s+)?(?:morning|afternoon|evening|day)\b")


def planned_day(doc: _Told, begin: int, kept: Point | None) -> bool:
    """Whether the expression at `begin` ("at six that morning") stays on the day the last
    mention of `doc`, a plan's, named, long past and after the story's time `kept` before it,
    rather than going back to `kept`."""
    plan = doc.mentions[-1].res.point if doc.mentions else None
    if plan is None or kept is None or doc.dct is None or plan[1] != "day" or plan[0] <= kept[0]:
        return False
    if plan[0].year > doc.dct.year - HISTORY_YEARS:
        return False
    return _THAT_DAY.search(doc.text, begin, begin + 50) is not None
