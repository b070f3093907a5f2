"""The day a postposed "last" or "next" counts from ("the 1st of August next", "due at Lady Day
last"): a day named earlier in the sentence (the writing a report tells of: "The Board wrote on
3 May 1850 that ..."), else the writer's day."""

from __future__ import annotations

import datetime as dt

from .table import Ctx


def writing_day(c: Ctx) -> dt.date | None:
    """The day the text is on at the match: a day named before in its sentence, else `c.dct`."""
    if c.sent_ref is not None and c.sent_ref[1] == "day":
        return c.sent_ref[0]
    return c.dct
