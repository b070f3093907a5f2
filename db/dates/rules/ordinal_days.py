""" "On the 14th": a day of the month alone, as a story told by days writes it once its month is
known ("walked out in the first week of August 1842. A meeting on the moor on the 14th drew five
thousand"): the first day with that number from the story's day on (or from the first day of the
week or month it is on), in its month or the next. Only after "on", "by", "until", "till" or
"from" (or a record's verb: "baptised the 19th", "arrived the 9th"), and before what may follow
a date: a clause's end, a new clause's first word or a past verb ("on the 14th drew"); "on the
14th floor", "the 14th of May" and "the 28th past" are not this rule's.
"""

from __future__ import annotations

import re

from ..periods import start_of
from .anchoring import STEP_BACK
from .common import _date
from .table import Ctx, Groups, Res, make, rule

_MONTHS_ON = 2  # the story's month and the next
# ... or, in a register's or a log's terse style, right after the verb of what it records:
# "born Jan. 3rd 1823, baptised the 19th", "left Hull on 2 June and arrived the 9th"
_CUE_BEFORE = re.compile(
    r"(?i)\b(?:on|by|until|till|from|baptised|baptized|christened|buried|married|died|born|"
    r"sailed|arrived|landed|"
    # a part of that day ("on the morning of the 12th"), or a record's entry for it ("the day
    # book's entry for the 12th")
    r"(?:morning|afternoon|evening|night)\s+of|(?:entry|entries|minute|minutes)\s+for)\s+$"
)
_PAST = (
    r"[a-z]{2,}ed|drew|saw|came|went|began|fell|met|took|brought|broke|was|"
    r"were|had|rose|ran|gave|made|found|left|sent|wrote|won|lost|held|told|heard|set|stood|"
    r"spoke|kept|sat|led|paid|struck|sailed|died"
)
_FOLLOWS = re.compile(
    r"\s*(?:[,.;:!?)\]—–]|$)"
    r"|\s+(?:and|but|when|as|at|in|on|the|a|an|he|she|it|they|we|I|his|her|its|their|there|"
    rf"after|before|with|to|{_PAST})\b"
    # a named subject and its past verb: "On the 29th Harrow wrote to the Secretary"
    rf"|\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:{_PAST})\b"
)


@rule(
    "ordinal_day",
    r"(?i:the)\s+(?P<d>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)(?![\w'’/-])",
    starts="the",
)
def _ordinal_day(g: Groups, c: Ctx) -> Res | None:
    ref = c.ref
    if ref is None or ref[1] not in ("day", "week", "month"):
        return None
    if not _CUE_BEFORE.search(c.text, max(c.sent_begin, c.begin - 16), c.begin):
        return None
    if not _FOLLOWS.match(c.text, c.end, c.sent_end):
        return None
    start, day = start_of(*ref), int(g.req("d"))
    year, month = start.year, start.month
    back = _date(year, month, day)
    if back is not None and 0 < (start - back).days <= STEP_BACK:
        c.basis = "ref"  # "sentenced on the 24th to hang on the Saturday following. On the
        return make((back, "day"), from_ref=True)  # 29th ...": days back, not a month on
    for _ in range(_MONTHS_ON):
        d = _date(year, month, day)
        if d is not None and d >= start:
            c.basis = "ref"
            return make((d, "day"), from_ref=True)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None
