"""Dateless clauses split off by an amount of time, in a history's sentence whose clause before
is dated: "Vane was tried in the autumn of 1870 and acquitted after a trial of eleven days", "The
mill burned down on 3 February 1916 and was rebuilt in eleven weeks", "She kept the shop from
1921 until 1958: she came for a summer and stayed thirty-seven years". An amount of time dates
nothing, yet it cuts its clause from the one before, and the publication-day pass gives a clause
of the text's own past no event (`publication_day`). A reader puts the acquittal in the autumn of
1870 and the coming in 1921 (a span's start: its end after "until" is no time of the clause);
"in eleven weeks" after a day counts on from it, to the month (so many weeks are no exact day).
Not a clause that moves on ("later", "since") or looks back ("had been"), nor one in the present.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from .clause_events import clause_on
from .happenings import SentenceHappenings
from .lexicon import number_of
from .model import DatedSentence
from .periods import shift, ym
from .semicolon_clauses import _LOOKS_BACK, _MOVES
from .vague_amounts import told_in_past

# what joins the dateless clause to the dated one: "and" before its verb, or a colon
_JOINED = re.compile(r"(?i)(?:,?\s+and\s+|:\s+)")
# a span's end: "until her death in 1958" is no time of its clause
_SPAN_END = re.compile(r"(?i)\b(?:until|till|to)\s+(?:\w+\s+){0,4}$")
# "in eleven weeks", "within six months": counted on from the day before
_COUNTED = re.compile(r"(?i)\b(?:in|within)\s+(?P<n>an?|[\w-]+)\s+(?P<unit>week|month)s?$")
_BACK = 40  # characters before a date read for "until"


def amount_clause_events(
    text: str,
    sentence: tuple[int, int],
    h: SentenceHappenings,
    taken: list[tuple[int, int]],
    dating: list[int],
    mentions: Sequence[Any],
    dated: list[DatedSentence],
) -> list[DatedSentence]:
    """The events of the dateless past clauses of `sentence` (its clauses `h`; `taken`: the
    spans of its dated events, `dated` those events; `dating`: where its dating expressions
    begin) that hold an amount of time (a mention of `mentions` dating nothing) and follow a
    dated clause, joined to it by "and" or a colon: each on that clause's date."""
    amounts = [(m.begin, m.end) for m in mentions if m.res.dating is None and not m.comparison]
    if not amounts or not dated:
        return []  # the cheap test first: most sentences hold no amount of time
    b, e = sentence
    out: list[DatedSentence] = []
    for got in h.undated(taken, dating):
        at, end = got.span
        inside = [a for a in amounts if at <= a[0] and a[1] <= end]
        before = [d for d in dated if d.timex.text and not d.comparison and d.timex.end <= at]
        if not inside or not before or _MOVES.match(text, at):
            continue
        joint = _JOINED.search(text, max(b, at - 8), at + 5)
        if joint is None or not told_in_past(text, at, end) or _LOOKS_BACK.search(text, at, end):
            continue
        starts = [d for d in before if not _span_end(text, b, d.timex.begin)]
        base = (starts or before)[-1]
        counted = _counted(text, base, inside[0])  # "rebuilt in eleven weeks": its month
        out.append(clause_on(base, got.title, got.span, status=got.status, period=counted))
    return out


def _span_end(text: str, b: int, at: int) -> bool:
    """Whether the date at `at` ends a span ("until her death in 1958")."""
    return _SPAN_END.search(text, max(b, at - _BACK), at) is not None


def _counted(text: str, base: DatedSentence, amount: tuple[int, int]) -> tuple[str, str] | None:
    """The month "in eleven weeks" counts to from a day, else None."""
    m = _COUNTED.search(text, max(0, amount[0] - 4), amount[1])
    if m is None or base.precision != "day" or len(base.start) < 10:
        return None
    n = number_of(m["n"]) or (1 if m["n"].lower() in ("a", "an") else None)
    if n is None or n > 60:
        return None
    try:
        day = dt.date.fromisoformat(base.start[:10])
    except ValueError:
        return None
    return ym(shift(day, n, m["unit"].lower())), "month"
