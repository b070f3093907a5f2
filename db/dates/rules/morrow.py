""" "On the morrow", "the next morrow": the older word for the day after the one the story is on
("The army reached York on 3 May 1644. On the morrow it crossed the Ouse" is 4 May), as
records and chronicles count. Only where the story is on a day; "the morrow of St Andrew" is a
feast's (`church_feasts`), and "tomorrow" is another word.
"""

from __future__ import annotations

import datetime as dt

from ..periods import ymd
from .table import Ctx, Groups, Res, make, rule


@rule("morrow", r"(?i:the)\s+(?:(?i:next)\s+)?(?i:morrow)(?![\w-]|\s+(?i:of)\b)", starts="the")
def _morrow(g: Groups, c: Ctx) -> Res | None:
    if c.ref is None or c.ref[1] != "day":
        return None
    day = c.ref[0] + dt.timedelta(days=1)
    return make((day, "day"), "DATE", ymd(day), from_ref=True)
