""" "When" clauses and the dates they lean on.

"The mill prospered until 1902, when the river silted up"; "held the town from May 1916
until 3 August 1918, when the last battalion marched out": a "when" clause after a date tells
what happened then, at the range's end after a range. `story_asides.when_of_comparison` makes
its event; these say when the date's own title already tells it (a "when" clause the clause
cutter took for a relative one leans on its host's span, not its title) and move the event to a
range's end.

A dateless clause right before a dated "when" clause happened then: in "She bought the mill in
1880, and it was sold when the canal closed in 1921" the selling is 1921's, not 1880's, though
the clause after ", and" otherwise leans on the dated clause before it (`happenings._lean`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .clauses import SUBORDINATE, Clause
from .model import DatedSentence
from .story_years import attributive

_PRECISION = {4: "year", 7: "month", 10: "day"}  # by the length of a partial ISO date


def told_in_title(clause: str, title: str) -> bool:
    """Whether the "when" clause's opening words are in the date's title already."""
    words = " ".join(clause.split()[:3]).lower()
    return bool(words) and words in title.lower()


def at_range_end(then: DatedSentence) -> DatedSentence:
    """`then` (the event of a "when" clause after a range) at the range's end, where that is a
    year, a month or a day."""
    end = then.end_date
    precision = _PRECISION.get(len(end)) if end else None
    if end is None or precision is None:
        return then
    return replace(then, start=end, end_date=None, precision=precision)


def counted_to(text: str, mentions: Sequence[Any], k: int, date: Any) -> bool:
    """Whether the mention `date` is the date mention `k` counted an amount from ("three days
    before Christmas she escaped": the story is on the 22nd, not on Christmas Day, and the
    event is the escape's on the 22nd alone); not a date that names a happening ("two days
    after the 3 March vote": the vote's own day) nor one with a date in apposition."""
    if not 0 <= k < len(mentions):
        return False
    res = mentions[k].res
    return (
        res.basis == "next"
        and res.timeml is not None  # an amount counted ("three days"), not "the quarter ended"
        and res.timeml[0] == "DURATION"
        and res.source is not None
        and res.source.begin == date.begin
        and not attributive(text, date.begin, date.end)
        and not _APPOSED_DATE.match(text, date.end)
    )


# a date in apposition to the counted one: "Eight trading days after Oct. 12, the day before the
# plunge, ...": the counted day is a time of the text's own, its happening told there
_APPOSED_DATE = re.compile(
    r"\s*,\s*(?:the|a|one)\s+(?:day|week|month|year|night|morning|evening)\s+(?:before|after)\b"
)


_WHEN_WORDS = ("when", "whereupon")


def dated_when_after(clauses: list[Clause], dated: list[bool], j: int) -> int | None:
    """The index of the dated "when" clause just after clause `j`, if any."""
    k = j + 1
    if k >= len(clauses) or not dated[k]:
        return None
    after = clauses[k]
    if after.kind != SUBORDINATE or after.word.lower() not in _WHEN_WORDS:
        return None
    return k
