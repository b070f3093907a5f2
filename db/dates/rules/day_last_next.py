""" "the 14th of January last", "the 1st of August next", "14 January last": a day of the month
with a postposed "last" or "next", as letters, minutes and reports of them write it: the last
such day before the time the text is on, or the first after it. That time is a day named earlier
in the sentence (the writing reported: "The Board wrote on 3 May 1850 that the works must be
finished by the 1st of August next" is 1 August 1850), else the writer's day. Only where the
word ends its phrase ("3 May last year" is the year's)."""

from __future__ import annotations

from ..lexicon import DAY, MONTH_FULL
from .common import _date, _day, _month
from .table import Ctx, Groups, Res, make, rule
from .writing_days import writing_day

_ENDS = (
    r"(?=\s*[,.;:)!?'’\"”]|\s*$|\s+(?i:and|but|when|to|at|in|on|by|for|he|she|they|it|which|that|"
    r"is|was|were|are|has|had|have)\b)"
)


@rule(
    "day_last_next",
    rf"(?:(?i:the)\s+)?(?P<d>{DAY})(?:\s+(?i:day))?(?:\s+(?i:of))?\s+(?P<mon>{MONTH_FULL})\s+"
    rf"(?P<rel>(?i:last|next)){_ENDS}",
    starts="the #digit",
)
def _day_last_next(g: Groups, c: Ctx) -> Res | None:
    month, day = _month(g.req("mon")), _day(g.req("d"))
    now = writing_day(c)
    if now is None or _date(2000, month, day) is None:
        return None
    step = -1 if g.lower("rel") == "last" else 1
    for year in range(now.year, now.year + 3 * step, step):
        d = _date(year, month, day)
        if d is not None and (d < now if step < 0 else d > now):
            c.basis = "sent_ref" if now != c.dct else None
            return make((d, "day"), relative=now == c.dct)
    return None
