"""The day a "then" of a story told by the day or the hour is on: "At a quarter to two a call
came through. I rang the doctor, and then the police" is that night's, not only its year
(`life_events` places "then" at the story's current time). Only where the last date the story
named is a day or a time of one, told in the same paragraph at most `_SENTENCES_BACK`
sentences before, in the story's past; else the year stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .model import DatedSentence
from .periods import ymd
from .year_events import sentence_at

_SENTENCES_BACK = 2
_WITHIN_DAY = frozenset({"day", "hour", "minute", "second"})


def then_day(
    text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Any], at: int
) -> str | None:
    """The day ("1958-03-06") of the last date before `at`, where it is a day told close before
    in the same paragraph (module doc); else None."""
    last = None
    for m in mentions:
        if m.begin >= at:
            break
        if m.res.dating is not None and not m.comparison:
            last = m
    if last is None or last.res.point is None or last.res.point[1] not in _WITHIN_DAY:
        return None
    si = sentence_at(text, sentences, at)
    if si < 0 or si - last.sent > _SENTENCES_BACK or "\n\n" in text[last.end : at]:
        return None
    return ymd(last.res.point[0])


def on_day(d: DatedSentence, day: str) -> DatedSentence:
    """`d` (a "then" event placed by `year_events.year_event` at a year) on `day` instead."""
    timex = replace(d.timex, value=day)
    return replace(d, start=day, precision="day", timex=timex)
