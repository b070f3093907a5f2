"""A history's clause that lasts an amount of time, told right after a date: "The bridge was
opened on 9 June 1851. Its first keeper, a retired sailor, tended it for thirty years." A
reader puts the keeping's start at the story's time (1851), no finer than the amount allows: a
stretch of years begins in a year, not on the opening day. `story_day_clauses` leaves such
clauses out of the day it carries on (they are spread over their amount), and a clause of the
text's own past gets no event on the publication day, so without this it gets none at all.
Also after a time coarser than a day ("In the summer of 1820 the council met. The mayor spoke
for a whole day": that summer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .model import HAPPENED, REFERENCE, Anchor, DatedSentence, Timex
from .rules.anchoring import HISTORY_YEARS
from .sentences import BLANK_LINE

# an amount the clause lasts, with its unit: "for thirty years", "spent a whole day"
_AMOUNT = re.compile(
    r"(?i)\b(?:for|spent|spend|spends|lasted|lasting)\s+(?:[\w-]+\s+){1,3}?"
    r"(minute|hour|day|night|week|fortnight|month|season|year|decade)s?\b"
)
# the coarsest precision a clause lasting each unit may start at
_UNIT = {
    "minute": "day",
    "hour": "day",
    "day": "day",
    "night": "day",
    "week": "day",
    "fortnight": "day",
    "month": "month",
    "season": "season",
    "year": "year",
    "decade": "year",
}
_ORDER = ("year", "season", "quarter", "month", "week", "day")  # coarse to fine
_YEAR = re.compile(r"-?\d{4}")
LASTING = "lasting-clause"  # the rule name stored with such an event


def lasting_start(
    text: str,
    sentences: Sequence[tuple[int, int]],
    out: Sequence[DatedSentence],
    si: int,
    span: tuple[int, int],
    dct_year: int,
) -> tuple[str, str] | None:
    """(start, precision) for the clause at `span` of sentence `si` when it lasts an amount
    and the sentence before it, in its paragraph, ends on an event (of `out`) in the text's own past
    (`HISTORY_YEARS` or more before the publication year): the date, coarsened to the amount's
    unit (the year for years), never a day: a clause lasting days after a day is spread over
    them ("held the gate for another week": no day of its own). None otherwise."""
    amount = _AMOUNT.search(text, *span)
    if amount is None or BLANK_LINE.search(text, sentences[si - 1][1], sentences[si][0]):
        return None
    before, at = sentences[si - 1][0], sentences[si][0]
    points = [
        d
        for d in out
        if before <= d.clause[0] < at and not d.comparison and not d.around and d.status == HAPPENED
    ]
    if not points:
        return None
    last = max(points, key=lambda d: (d.clause[0], d.timex.begin))  # "in 1947, the March"
    start, precision = last.start, last.precision
    year = _YEAR.match(start)
    if year is None or int(year.group()) > dct_year - HISTORY_YEARS or precision not in _ORDER:
        return None
    unit = _UNIT[amount.group(1).lower()]
    coarse = min(_ORDER.index(precision), _ORDER.index(unit))
    precision = _ORDER[coarse]
    if precision == "season" and _ORDER.index(unit) < _ORDER.index("season"):
        precision = "year"  # a stretch of years told after a season begins in its year
    if precision in ("day", "week"):
        return None  # "held the gate for another week" after a day: spread over it, no day
    cut = {"year": 4, "month": 7, "season": 7, "quarter": 7, "week": 10, "day": 10}[precision]
    return start[:cut], precision


def lasting_events(
    text: str,
    sentences: Sequence[tuple[int, int]],
    out: Sequence[DatedSentence],
    si: int,
    happenings: Any,
    taken: list[tuple[int, int]],
    found: Sequence[Any],
    dct: str,
) -> list[DatedSentence]:
    """An event at the story's time (`lasting_start`) for each happening of sentence `si` that
    lasts an amount, not among those `found`: of `happenings.undated(taken, [])`, the
    sentence's dateless happenings (asked only when a cheap look finds an amount's word)."""
    b, e = sentences[si]
    if si == 0 or ("for " not in text[b:e] and "spen" not in text[b:e] and "last" not in text[b:e]):
        return []  # most sentences last nothing: no regex for them
    have = {f.span for f in found}
    made: list[DatedSentence] = []
    for got in happenings.undated(taken, []):
        if got.span is None or got.span in have:
            continue
        at = lasting_start(text, sentences, out, si, got.span, int(dct[:4]))
        if at is None:
            continue
        timex = Timex(
            got.span[0], got.span[0], "", "DATE", at[0], Anchor(REFERENCE, at[0]), LASTING
        )
        made.append(
            DatedSentence(
                b,
                e,
                at[0],
                None,
                at[1],
                timex,
                title=got.title,
                title_span=got.span,
                status=got.status,
            )
        )
    return made
