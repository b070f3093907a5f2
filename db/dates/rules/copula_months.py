""" "it would be March before the roof was on", "It was May when the ice broke": a month named
after "it was" or "it would be" and before "before" or "when" is the time the story waited for,
so the first such month after the story's time (October 1850 ... March 1851), whatever the
tense; the clause after it happened by then. Months that are words too ("May" the modal, "March"
the verb) are otherwise dates only after a preposition (`absolute._MONTH_CUE`). Left where a
year is written later in the sentence ("It was May when the ice broke in 1871"): that year is
the month's."""

from __future__ import annotations

import datetime as dt
import re

from .table import Ctx, Res, make

_BEFORE = re.compile(
    r"(?i)\bit\s+(?:was|is|would\s+be|will\s+be|had\s+been|might\s+be|could\s+be)\s+"
    r"(?:not\s+)?(?:until\s+)?(?:early\s+|late\s+)?$"
)
_AFTER = re.compile(r"\s+(?:before|when|by\s+the\s+time)\b")
_YEAR_LATER = re.compile(r"\b1\d{3}\b")


def month_waited_for(c: Ctx, month: int) -> Res | None:
    """The month between "it would be" and "before", the first after the story's time; else
    None."""
    after = c.after()
    if not _AFTER.match(after) or _BEFORE.search(c.before()[-40:]) is None:
        return None
    if c.ref is None or _YEAR_LATER.search(after):
        return None
    story = c.ref[0]
    year = story.year if month > story.month else story.year + 1
    c.basis = "ref"
    return make((dt.date(year, month, 1), "month"), yearless=True)
