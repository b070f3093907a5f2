""" "Today is Friday 3rd July 1981 and we are at sea", "Today was Monday, June 5, 1944": a note,
letter or diary that names its own day right after "today is" tells what "today" is; it is not
the publication day. `relative._relative_day` asks `named_today`."""

from __future__ import annotations

import datetime as dt
import re

from .table import Ctx

# "Today is ", "today was the "; then a date with its year within a few words
_COPULA = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:the[ \t]+)?")
_YEAR_SOON = re.compile(r"[^.!?\n]{0,35}?\b\d{4}\b")


def named_today(c: Ctx) -> dt.date | None:
    """The day the words after "today" name ("is Friday 3rd July 1981"), where that date carries
    its own year; else None."""
    m = _COPULA.match(c.after())
    if m is None or not _YEAR_SOON.match(c.after(), m.end()):
        return None
    point = c.peek_next(2)
    if point is None or point[1] != "day":
        return None
    return point[0]
