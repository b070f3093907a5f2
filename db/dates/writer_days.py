"""The writer's own day in a first-person feature: "I left Inverness on the 19.50 on Friday 9
October. ... The heating in my carriage failed at Perth. I slept badly." A reader of a travel
piece or a diary column puts the writer's dateless past clauses ("The heating in my carriage
failed", "I slept badly") on the last day of the writer's trip told before them, not on the
publication day, and not in a history year told in between ("The line opened in 1863.").

Only in a text where the writer tells a recent day of their own (a first-person past clause
dated by a day or a clock time within `_RECENT_DAYS` before the publication day); the clause
must be the writer's (I, my, we, us, our: outside quotation marks), told in the past, no plan or
report; the day is the last specific day before it within `_PARAGRAPHS` paragraphs, passing
over years and months long past and look-backs ("I had booked in early September"). A
pluperfect ("A goods train had failed ahead of us") takes the day of a clock time just told in
its paragraph (hours before, not days).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right

from .clause_events import moved_to_day
from .day_runs import PLUPERFECT, told_past
from .model import HAPPENED, PUBLICATION_DAY, DatedSentence
from .sentences import BLANK_LINE
from .vague_amounts import told_in_past

_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Ww]e|us|[Oo]ur)\b")
_CUES = (" I ", " my ", "My ", "We ", " we ", " us", " our ", "Our ")
# a later conjunct's "would": the past's future ("came down and would not go up again")
_THEN_MODAL = re.compile(r"\s(?:and|but)\s+(?:would|could)\b")
_DAYS = frozenset({"day", "hour", "minute", "second"})
_RECENT_DAYS = 92
_PARAGRAPHS = 2
_LOOK_BACK = 2000  # characters before a clause read for an open quotation, at most


def writer_feature(text: str, out: list[DatedSentence], dct: str) -> bool:
    """Whether the writer tells a recent day of their own: a first-person past clause dated by
    a day or a clock time within `_RECENT_DAYS` before `dct`."""
    if not any(map(text.__contains__, _CUES)):
        return False  # the cheap test first
    return any(_recent(d, dct) and writers_own(text, *d.clause) for d in out if _own(d))


def writers_own(text: str, b: int, e: int) -> bool:
    """Whether text[b:e] is a clause of the writer's told in the past: a first-person word
    outside quotation marks."""
    clause = text[b:e]
    if not any(map(clause.__contains__, ("I", "my", "My", "we", "We", "us", "our", "Our"))):
        return False
    if '"' in clause or "“" in clause or _quoted(text, b):
        return False
    return _FIRST_PERSON.search(clause) is not None


class WriterDays:
    """The writer's day at each point of a text: the last recent day of the writer's told
    before it (module doc), or None where the writer's own story has moved elsewhere."""

    def __init__(self, text: str, out: list[DatedSentence], dct: str) -> None:
        self.marks: list[int] = []  # where the day changes: the date expression's start
        self.days: list[DatedSentence | None] = []
        source: DatedSentence | None = None
        for d in sorted((d for d in out if _own(d)), key=lambda d: d.timex.begin):
            b = d.clause[0]
            if PLUPERFECT.search(text, b, d.timex.begin):
                continue  # "I had booked my berth in early September": a look back
            if d.status == HAPPENED and _recent(d, dct):
                source = d  # "I woke at 05.15": the writer's day goes on
            elif d.precision in _DAYS and d.start[:10] >= dct[:10]:
                source = None  # a day ahead, the publication day's: the trip's days end
            elif writers_own(text, b, d.clause[1]):
                source = None  # "I joined the crew in 1996": the writer's own other time
            else:
                continue  # a history's year or month told in between: passed over
            self.marks.append(d.timex.begin)
            self.days.append(source)

    def at(self, pos: int) -> DatedSentence | None:
        k = bisect_left(self.marks, pos) - 1
        return self.days[k] if k >= 0 else None


def carry_writer_days(
    text: str, out: list[DatedSentence], dct: str, days: WriterDays
) -> list[DatedSentence]:
    """`out` with the writer's dateless past clauses on the writer's day (module doc)."""
    paras = [m.end() for m in BLANK_LINE.finditer(text)]
    moved = list(out)
    for k, d in enumerate(out):
        if d.timex.rule != PUBLICATION_DAY or d.start[:10] != dct[:10] or not d.around:
            continue
        b, e = d.clause
        source = days.at(b)
        if source is None or d.status != HAPPENED or not writers_own(text, b, e):
            continue
        gap = bisect_right(paras, b) - bisect_right(paras, source.timex.begin)  # paragraphs
        if gap > _PARAGRAPHS:
            continue
        modal = _THEN_MODAL.search(text, b, e)  # "... and would not go up again"
        e = modal.start() if modal else e
        if PLUPERFECT.search(text, b, e):
            if gap or source.precision == "day" or not told_in_past(text, b, e):
                continue  # hours before a clock time just told, not days
        elif not told_past(text, b, e, False):
            continue
        moved[k] = moved_to_day(d, source, source.start[:10], status=d.status)
    return moved


def _own(d: DatedSentence) -> bool:
    return bool(d.timex.text) and not d.around and not d.comparison


def _recent(d: DatedSentence, dct: str) -> bool:
    """A specific day (or clock time) gone by within `_RECENT_DAYS` of `dct`."""
    if d.precision not in _DAYS or d.end_date is not None or len(d.start) < 10:
        return False
    try:
        days = (dt.date.fromisoformat(dct[:10]) - dt.date.fromisoformat(d.start[:10])).days
    except ValueError:
        return False
    return 0 < days <= _RECENT_DAYS


def _quoted(text: str, b: int) -> bool:
    """Whether `b` is inside a quotation opened in its paragraph (read `_LOOK_BACK` back)."""
    start = max(0, b - _LOOK_BACK)
    para = text.rfind("\n\n", start, b)
    before = text[para + 2 if para >= 0 else start : b]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")
