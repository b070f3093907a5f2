"""A cancelling's second date: "The regatta was cancelled in 2021 and 2022", "Saturday's and
Sunday's races were called off". The second date of the pair, joined by "and" or "or", begins a
clause of its own (the clause split reads "and 2022 but returned this year"), so it missed the
negation its first date took from "was cancelled" (`status_patterns.CALLED_OFF`): a reader puts
both years on the timeline as what did not take place."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import NEGATED, DatedSentence
from .status_patterns import CALLED_OFF

_JOIN = re.compile(r",?\s+(?:and|or)\s+(?:in\s+|on\s+)?")
_BEFORE = 80  # characters before the first date the cancelling's words may be


def called_off_pairs(text: str, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with the second date of a called-off pair negated as its first."""
    if "cancel" not in text and "called off" not in text:
        return out  # the cheap exact test first
    by_begin = sorted(out, key=lambda d: d.timex.begin)
    negated: dict[int, str] = {}  # the second date's event -> the first's title
    for first, second in zip(by_begin, by_begin[1:], strict=False):
        if first.status != NEGATED or second.status == NEGATED:
            continue
        if not _JOIN.fullmatch(text, first.timex.end, second.timex.begin):
            continue
        begin = max(first.clause[0], first.timex.begin - _BEFORE)
        if len(first.start) < 10 and CALLED_OFF.search(text, begin, first.timex.begin):
            negated[id(second)] = first.title
    if not negated:
        return out
    return [
        replace(d, status=NEGATED, title=negated[id(d)] or d.title) if id(d) in negated else d
        for d in out
    ]
