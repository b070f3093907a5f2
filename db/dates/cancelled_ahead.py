"""News of a cancelling or a postponement whose days are still to come: "The hospital has
cancelled routine operations on Friday and Saturday", "Saturday's fun run has been postponed and
will now be held on 19 September". Every date of the clause is a day of what was called off or
moved; the cancelling itself is news of the publication day, where a reader also puts it (issue
13: the days ahead keep their events)."""

from __future__ import annotations

import datetime as dt
import re

from db.text import shorten

from .model import HAPPENED, PUBLICATION_DAY, TITLE_LIMIT, DatedSentence, Timex

# the perfect of calling off: news of now
_CANCELLED = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|just\s+)?(?:been\s+)?"
    r"(?:cancell?ed|postponed|called\s+off|put\s+off|scrapped|axed)\b"
)
_REACH = 160  # characters around a date the cancelling's words may be
_TRAILING = re.compile(r"[\s,]+(?:on|for|from|until|and)?\s*$")


def cancelled_ahead(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` with an event on the publication day for each clause that tells a cancelling of
    days to come."""
    if "cancel" not in text and "postpone" not in text and " off" not in text:
        return out  # the cheap exact test first
    try:
        today = dt.date.fromisoformat(dct[:10])
    except ValueError:
        return out
    day = today.isoformat()
    extra: dict[int, DatedSentence] = {}
    for d in out:
        if d.timex.rule == PUBLICATION_DAY or d.start[:10] <= day or not d.start[:4].isdigit():
            continue
        b, e = d.clause
        m = _CANCELLED.search(text, max(b, d.timex.begin - _REACH), min(e, d.timex.end + _REACH))
        if m is None or m.start() < b or m.start() in extra:
            continue
        # "has cancelled routine operations (on Friday)"; "Saturday's run has been postponed"
        head = text[b : d.timex.begin] if d.timex.begin >= m.end() else text[b : m.end()]
        title = shorten(" ".join(_TRAILING.sub("", head).split()), TITLE_LIMIT)
        timex = Timex(m.start(), m.start(), "", "DATE", day, None, PUBLICATION_DAY)
        extra[m.start()] = DatedSentence(
            d.begin,
            d.end,
            day,
            None,
            "day",
            timex,
            title=title,
            title_span=(b, m.end()),
            status=HAPPENED,
        )
    if not extra:
        return out
    have = {(d.clause[0], d.start[:10]) for d in out}
    new = [x for x in extra.values() if (x.clause[0], day) not in have]
    return sorted([*out, *new], key=lambda d: (d.begin, d.clause[0]))
