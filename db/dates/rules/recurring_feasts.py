""" "the letters he wrote every Christmas", "each Michaelmas the rents fell due": a feast with a
fixed date, every year (a SET with no year, as "every January" is). A movable feast ("every
Easter") has no one month and day to write, and is left unmarked.
"""

from __future__ import annotations

import re

from .common import _ws
from .holidays import _HOLIDAY_RE, _HOLIDAYS
from .table import Ctx, Groups, Res, rule


@rule(
    "recurring_feast",
    rf"(?i:every|each)\s+(?P<h>(?i:{_HOLIDAY_RE}))(?![\w'’-])",
    starts="every each",
)
def _recurring_feast(g: Groups, c: Ctx) -> Res | None:
    name = re.sub(r"['’]", "'", _ws(g.req("h")))
    when = _HOLIDAYS.get(name if name in _HOLIDAYS else name.replace("s day", "'s day"))
    if when is None or not g.req("h")[0].isupper():
        return None
    a, b = when(2001), when(2002)
    if (a.month, a.day) != (b.month, b.day):
        return None  # movable: no fixed day to repeat
    return Res("SET", f"XXXX-{a.month:02d}-{a.day:02d}")
