"""What the rules that find the day quoted words were written or said on share
(`quoted_letters`, `recorded_speech`, `written_quotes`, `dated_quotes`): the quotation holding
an offset, the last day the mentions before it name, and the test that such a day is of a year
long past."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from .rules.anchoring import HISTORY_YEARS

Quote = TypeVar("Quote", bound=tuple[int, ...])


def holding(quotes: Sequence[Quote], pos: int, text_len: int) -> Quote | None:
    """The quotation of `quotes` (sorted tuples opening with its opening mark and its end) that
    holds `pos` strictly inside, else None."""
    k = bisect_right(quotes, (pos, text_len + 1)) - 1
    if k < 0:
        return None
    quote = quotes[k]
    return quote if quote[0] < pos < quote[1] else None


def quote_at(text: str, pos: int, quotations: Callable[[str], Sequence[Quote]]) -> Quote | None:
    """The quotation of `quotations(text)` (a module's own, sorted) that holds `pos`, else None."""
    quotes = quotations(text)
    return holding(quotes, pos, len(text)) if quotes else None


def mentions_before(mentions: Sequence[Any], end: int) -> Iterator[Any]:
    """The mentions (sorted by `begin`, as a document keeps them) that begin before `end`, the
    nearest first: found by bisection, so a long text's later mentions are not walked for each
    offset asked about."""
    k = bisect_left(mentions, end, key=lambda m: m.begin)
    return (mentions[i] for i in range(k - 1, -1, -1))


def last_day(mentions: Sequence[Any], begin: int, end: int) -> dt.date | None:
    """The last day the mentions (sorted by `begin`) between `begin` and `end` name."""
    for m in mentions_before(mentions, end):
        if m.begin < begin:
            return None
        point = m.res.point
        if point is not None and point[1] == "day":
            return point[0]
    return None


def long_past(day: dt.date | None, dct: dt.date) -> dt.date | None:
    """`day` when it is of a year long past (`HISTORY_YEARS` or more before `dct`'s), else None."""
    if day is None or day.year > dct.year - HISTORY_YEARS:
        return None
    return day
